import type * as z from "zod/mini";
import { Problem } from "../schemas/problem.js";
import { normaliseBaseUrl } from "./base-url.js";
import { AttemptTimeout, type FileBody, sendWithRetries, StatusFailure } from "./attempts.js";
import { bufferedFetch } from "./buffered-fetch.js";
import { ACCEPT_HEADER, readUrl } from "./read-url.js";
import { ChanjiaoError, HttpError, TimeoutError, ValidationError } from "./errors.js";
import { assertRetryCount, DEFAULT_RETRIES } from "./retry.js";
import { safeParse } from "./validate.js";

/** The timeout of one attempt when neither the client nor the call says otherwise, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Options of a single call; each overrides the client's setting for that call only. */
export interface RequestOptions {
  /** Cancels the call; the promise then rejects with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
  /** Timeout of each attempt in milliseconds (default: the client's, 10 000). */
  timeout?: number;
  /** Extra request headers, merged over the client's. */
  headers?: Record<string, string>;
  /** How many times a read may be retried after a transient failure (default: the client's, 2). */
  retry?: number;
}

/** How the client reaches the API. */
export interface TransportOptions {
  /** The API root, such as `https://data.example.org/v1` (a trailing slash is accepted). */
  baseUrl: string;
  /** A `fetch` to use instead of the global one (for a proxy agent, a test double, or instrumentation). */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
  /** An API key made with `chanjiao-server keys create`, sent as `Authorization: Bearer <key>`; writes need one. */
  apiKey?: string;
  /** Timeout of each attempt in milliseconds (default 10 000). */
  timeout?: number;
  /** Retries of a read after a network error or a 408, 429, 500, 502, 503 or 504 (default 2). */
  retry?: number;
  /**
   * Reads a static export (`chanjiao-server export`) at `baseUrl` instead of a live API: each read
   * fetches the file {@link staticExportPath} names. A read the export holds no answer for rejects
   * with an HttpError of status 404 whose problem says so; writes reject with a ChanjiaoError.
   */
  static?: boolean;
}

/** A request whose response headers matter: a write, or a read of a record's ETag. */
export interface Exchange {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** The path under the API root. */
  path: string;
  /** A body, sent as JSON. */
  json?: unknown;
  /** A file as the body, instead of JSON. */
  file?: FileBody;
  headers?: Record<string, string>;
  /** A status outside 2xx whose body is an answer too, parsed by the same schema (an import's 422, which carries its report). */
  answeredWith?: number;
  /**
   * True for a write that is safe to send again: a create carrying the caller's own
   * `Idempotency-Key`, which the server answers once. It is then retried like a read.
   */
  repeatable?: boolean;
}

/** What {@link Transport.exchange} answers: the body parsed by the schema and the response headers. */
export interface ExchangeAnswer<T> {
  data: T;
  headers: Headers;
}

/** Sends validated requests to the API and validates what comes back. */
export interface Transport {
  /** GETs `path` under the API root with `query` and returns the JSON body parsed by `schema`. */
  read<S extends z.ZodMiniType>(path: string, query: URLSearchParams | undefined, schema: S, options: RequestOptions | undefined): Promise<z.infer<S>>;
  /**
   * Sends a request and returns the body parsed by `schema` (ignored when `schema` is `null`, as
   * for a 204) with the response headers. A GET, or a write marked `repeatable`, is retried like a
   * read; any other write is sent once, whatever `retry` says.
   */
  exchange<S extends z.ZodMiniType>(request: Exchange, schema: S, options: RequestOptions | undefined): Promise<ExchangeAnswer<z.infer<S>>>;
  exchange(request: Exchange, schema: null, options: RequestOptions | undefined): Promise<ExchangeAnswer<undefined>>;
}

/** Creates the transport shared by every method group of a client. */
export function createTransport(options: TransportOptions): Transport {
  const root = normaliseBaseUrl(options.baseUrl);
  const clientTimeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const clientRetry = options.retry ?? DEFAULT_RETRIES;
  assertTimeout(clientTimeout, "createClient");
  assertRetryCount(clientRetry, "createClient");
  // Called through globalThis so that a browser's fetch is never invoked detached from window.
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const fetchBuffered = bufferedFetch(fetchImpl);
  const clientHeaders = {
    accept: ACCEPT_HEADER,
    ...(options.apiKey === undefined ? {} : { authorization: `Bearer ${options.apiKey}` }),
    ...options.headers,
  };

  // A static client fetches the export's file for the request; its errors still name the request.
  // Its file naming is loaded only by static clients, so pages reading a live API never carry it.
  const locate = async (path: string, query?: URLSearchParams): Promise<{ url: string; staticFor?: string }> => {
    const asked = readUrl(root, path, query);
    if (!options.static) return { url: asked };
    const { staticExportPath } = await import("./static-path.js");
    return { url: `${root}/${staticExportPath(path, query)}`, staticFor: asked };
  };

  const send = async (request: Exchange & { query?: URLSearchParams }, schema: z.ZodMiniType | null, call: RequestOptions = {}): Promise<ExchangeAnswer<unknown>> => {
    if (options.static && request.method !== "GET") throw new ChanjiaoError(`${request.method} ${request.path}: a static export cannot be written to`);
    const { url, staticFor } = await locate(request.path, request.query);
    const timeout = call.timeout ?? clientTimeout;
    assertTimeout(timeout, url);
    // A write is never repeated behind the caller's back unless the server answers it once: a repeated POST could publish twice.
    const repeatable = request.method === "GET" || request.repeatable === true;
    const retry = repeatable ? (call.retry ?? clientRetry) : 0;
    assertRetryCount(retry, url);
    let response: Response;
    try {
      response = await sendWithRetries(fetchBuffered, url, {
        method: request.method,
        json: request.json,
        file: request.file,
        headers: new Headers({ ...clientHeaders, ...call.headers, ...request.headers }),
        signal: call.signal,
        timeout,
        retries: retry,
      });
    } catch (error) {
      if (!(error instanceof StatusFailure && error.response.status === request.answeredWith)) throw await translateError(error, { url, staticFor, timeout, signal: call.signal });
      response = error.response;
    }
    const data = schema === null ? undefined : await parseResponse(response, url, schema);
    return { data, headers: response.headers };
  };

  return {
    read: async <S extends z.ZodMiniType>(path: string, query: URLSearchParams | undefined, schema: S, call: RequestOptions | undefined) =>
      (await send({ method: "GET", path, query }, schema, call)).data as z.infer<S>,
    exchange: send as Transport["exchange"],
  };
}

function assertTimeout(value: number, where: string): void {
  if (!(value > 0 && value <= 2_147_483_647)) throw new RangeError(`${where}: timeout must be a positive number of milliseconds, got ${value}`);
}

/** `staticFor`: the API URL a static client read `url` for. */
async function translateError(error: unknown, context: { url: string; staticFor?: string | undefined; timeout: number; signal: AbortSignal | undefined }): Promise<unknown> {
  // The caller cancelled: hand back exactly what they aborted with, as fetch itself does.
  if (context.signal?.aborted) return context.signal.reason;
  if (error instanceof AttemptTimeout) return new TimeoutError(context.url, context.timeout);
  if (error instanceof StatusFailure) {
    const { response } = error;
    // A static host answers a missing file in its own words; the caller needs to know which read had no answer.
    const problem =
      context.staticFor !== undefined && response.status === 404
        ? { type: "about:blank", title: "Not Found", status: 404, detail: `GET ${context.staticFor} is not in this static export` }
        : safeParse(Problem, parseJson(await response.text())).data;
    const requestId = problem?.requestId ?? response.headers.get("x-request-id") ?? undefined;
    return new HttpError({ status: response.status, problem, requestId, url: context.url });
  }
  // Already a NetworkError from bufferedFetch, or a fault in the calling code that must not be disguised.
  return error;
}

async function parseResponse<S extends z.ZodMiniType>(response: Response, url: string, schema: S): Promise<z.infer<S>> {
  const requestId = response.headers.get("x-request-id") ?? undefined;
  const subject = `response from ${url}`;
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (cause) {
    const contentType = response.headers.get("content-type") ?? "no content type";
    const issue = { path: "", message: `the body is not valid JSON (${contentType}, ${text.length} characters)` };
    throw new ValidationError(subject, [issue], { url, requestId, cause });
  }
  const result = safeParse(schema, body);
  if (!result.success) throw ValidationError.fromZod(subject, result.error.issues, { url, requestId, cause: result.error });
  return result.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
