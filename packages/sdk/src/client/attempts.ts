import { NetworkError } from "./errors.js";
import { isRetryableStatus, retryDelay } from "./retry.js";

/** The answer of the last attempt was not a success (and no retry was left or allowed). */
export class StatusFailure extends Error {
  constructor(readonly response: Response) {
    super(`status ${response.status}`);
  }
}

/** An attempt took longer than its timeout. */
export class AttemptTimeout extends Error {}

/** A file sent as a request's body, with the media type it is sent as. */
export interface FileBody {
  bytes: Blob | Uint8Array;
  type: string;
}

/** One request and how hard to try it. */
export interface Attempts {
  method: string;
  headers: Headers;
  /** A body, sent as JSON. */
  json?: unknown;
  /** A file, sent as it is with its media type. */
  file?: FileBody;
  signal: AbortSignal | undefined;
  /** Milliseconds each attempt may take. */
  timeout: number;
  /** Retries after a network error or a transient status; 0 for a request that must be sent once. */
  retries: number;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener("abort", abort, { once: true });
  });
}

/**
 * Sends a request with a timeout on each attempt, retrying network errors and transient statuses
 * with backoff (or after the server's Retry-After) while retries are left. Answers the successful
 * response; throws StatusFailure for a final unsuccessful one, AttemptTimeout for a slow attempt
 * (never retried: the server may still be working on it), the caller's abort as it is, and a
 * NetworkError once retries are spent. `fetchImpl` reads the body within the attempt.
 */
export async function sendWithRetries(fetchImpl: typeof globalThis.fetch, url: string, request: Attempts): Promise<Response> {
  const headers = new Headers(request.headers);
  if (request.json !== undefined) headers.set("content-type", "application/json");
  if (request.file) headers.set("content-type", request.file.type);
  // The bytes' type also allows a SharedArrayBuffer, which no caller has for a file read or built.
  const body: RequestInit["body"] = request.file ? (request.file.bytes as Blob | Uint8Array<ArrayBuffer>) : request.json === undefined ? undefined : JSON.stringify(request.json);
  for (let retry = 1; ; retry += 1) {
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new AttemptTimeout()), request.timeout);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    let delay: number;
    try {
      const response = await fetchImpl(url, { method: request.method, headers, body, signal });
      if (response.ok) return response;
      if (retry > request.retries || !isRetryableStatus(response.status)) throw new StatusFailure(response);
      delay = retryDelay(retry, response);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (timeout.signal.aborted) throw timeout.signal.reason;
      if (!(error instanceof NetworkError) || retry > request.retries) throw error;
      delay = retryDelay(retry);
    } finally {
      clearTimeout(timer);
    }
    await pause(delay, request.signal);
  }
}
