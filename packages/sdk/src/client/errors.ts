import type * as z from "zod/mini";
import type { Problem } from "../schemas/problem.js";

/**
 * The base of every error the client raises, so that `catch (e) { if (e instanceof ChanjiaoError) … }`
 * separates API failures from bugs in the calling code. An abort by the caller's own signal is not
 * wrapped: it rejects with the signal's reason, as `fetch` does.
 */
export class ChanjiaoError extends Error {
  override name = "ChanjiaoError";

  /**
   * @param message - What went wrong, for people.
   * @param options - `cause`: the lower-level error, when there is one.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The server answered with a status outside 2xx (after any retries). */
export class HttpError extends ChanjiaoError {
  override name = "HttpError";
  /** The HTTP status code, such as `404`. */
  readonly status: number;
  /** The RFC 9457 problem details the server sent, or `undefined` when the body was not a valid problem. */
  readonly problem: Problem | undefined;
  /** The server's request id, from the problem or the `X-Request-Id` header; quote it when reporting a fault. */
  readonly requestId: string | undefined;
  /** The URL requested. */
  readonly url: string;

  /** @param init - The status, the parsed problem, the request id and the URL of the failed request. */
  constructor(init: { status: number; problem: Problem | undefined; requestId: string | undefined; url: string }) {
    const summary = init.problem ? `${init.problem.title}${init.problem.detail ? `: ${init.problem.detail}` : ""}` : "no problem details";
    super(`HTTP ${init.status} from ${init.url} (${summary})${init.requestId ? ` [request ${init.requestId}]` : ""}`);
    this.status = init.status;
    this.problem = init.problem;
    this.requestId = init.requestId;
    this.url = init.url;
  }
}

/** One point at which data did not match the contract. */
export interface ValidationIssue {
  /** Where, as a dotted path such as `items.0.countries.1.name`; `""` for the value as a whole. */
  path: string;
  /** What is wrong there. */
  message: string;
}

/**
 * Data did not match the contract: either filters passed to the client (no request is made), or a
 * response from the server, including a body that is not JSON at all (an HTML error page from a
 * proxy, or a body cut short). The message names the first bad path.
 */
export class ValidationError extends ChanjiaoError {
  override name = "ValidationError";
  /** Every point of mismatch, the first one also named in `message`. */
  readonly issues: readonly ValidationIssue[];
  /** The URL whose response was invalid; `undefined` when the caller's input was invalid. */
  readonly url: string | undefined;
  /** The server's request id of the invalid response, from the `X-Request-Id` header. */
  readonly requestId: string | undefined;

  /**
   * @param subject - What was being validated, such as `filters of consortia.list` or `response from GET …`.
   * @param issues - At least one issue.
   * @param context - The URL and request id of an invalid response, and the underlying error.
   */
  constructor(subject: string, issues: readonly ValidationIssue[], context: { url?: string; requestId?: string; cause?: unknown } = {}) {
    const [first] = issues;
    const where = first?.path ? `at ${first.path}` : "";
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : "";
    super(`Invalid ${subject}: ${[where, first?.message].filter(Boolean).join(": ")}${more}`, { cause: context.cause });
    this.issues = issues;
    this.url = context.url;
    this.requestId = context.requestId;
  }

  /** Converts zod issues, whose paths are arrays, into issues with dotted paths. */
  static fromZod(subject: string, issues: readonly z.core.$ZodIssue[], context?: { url?: string; requestId?: string; cause?: unknown }): ValidationError {
    return new ValidationError(
      subject,
      issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
      context,
    );
  }
}

/** The request never got an HTTP answer: connection refused or reset, DNS failure, CORS refusal, offline. */
export class NetworkError extends ChanjiaoError {
  override name = "NetworkError";
  /** The URL requested. */
  readonly url: string;

  /**
   * @param url - The URL requested.
   * @param cause - The error `fetch` raised; in Node its own `cause` holds the system code such as `ECONNREFUSED`.
   */
  constructor(url: string, cause: unknown) {
    const detail = cause instanceof Error ? describeNetworkCause(cause) : String(cause);
    super(`Network error on ${url}: ${detail}`, { cause });
    this.url = url;
  }
}

/** An attempt took longer than the timeout. Timeouts are not retried: the caller chose how long to wait. */
export class TimeoutError extends ChanjiaoError {
  override name = "TimeoutError";
  /** The timeout of one attempt, in milliseconds. */
  readonly timeout: number;
  /** The URL requested. */
  readonly url: string;

  /**
   * @param url - The URL requested.
   * @param timeout - The timeout that ran out, in milliseconds.
   */
  constructor(url: string, timeout: number) {
    super(`Request to ${url} timed out after ${timeout} ms`);
    this.timeout = timeout;
    this.url = url;
  }
}

// Node's fetch says only "fetch failed"; the useful part (ECONNREFUSED, ENOTFOUND) is one level down.
function describeNetworkCause(error: Error): string {
  const inner = error.cause;
  if (inner instanceof Error) return `${error.message} (${"code" in inner && inner.code ? String(inner.code) : inner.message})`;
  return error.message;
}
