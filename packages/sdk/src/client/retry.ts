import { isHTTPError, type RetryOptions } from "ky";
import { NetworkError } from "./errors.js";

/** Retries of a read when neither the client nor the call says otherwise. */
export const DEFAULT_RETRIES = 2;

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
// Statuses whose Retry-After is a promise about when the server will be ready (RFC 9110 §10.2.3).
const STATUSES_WITH_RETRY_AFTER = [429, 503];
// A server asking for a longer pause is honoured only up to this, so a call cannot hang for hours.
const MAX_RETRY_AFTER_MS = 30_000;
const FIRST_DELAY_MS = 300;
const MAX_DELAY_MS = 5_000;

/**
 * The ky retry options for a call allowed `limit` retries: exponential backoff with jitter on
 * network errors and transient statuses, honouring `Retry-After` up to a cap. `methods` are the
 * (lower-case) methods that may be repeated: reads, or a write the server answers once.
 */
export function retryPolicy(limit: number, methods: string[]): RetryOptions {
  return {
    limit,
    // Only what the caller says may be repeated: a write must never be repeated behind the caller's back.
    methods,
    statusCodes: RETRYABLE_STATUSES,
    afterStatusCodes: STATUSES_WITH_RETRY_AFTER,
    maxRetryAfter: MAX_RETRY_AFTER_MS,
    backoffLimit: MAX_DELAY_MS,
    delay: (attempt) => FIRST_DELAY_MS * 2 ** (attempt - 1),
    // "Equal jitter": keeps at least half the backoff while spreading clients that failed together.
    jitter: (delay) => delay / 2 + (Math.random() * delay) / 2,
    retryOnTimeout: false,
    // Network errors always qualify; HTTP errors go through the status lists above; anything else
    // (the caller's abort, a bug) must surface at once.
    shouldRetry: ({ error }) => (error instanceof NetworkError ? true : isHTTPError(error) ? undefined : false),
  };
}

/** Throws a RangeError unless `value` is a usable retry count. */
export function assertRetryCount(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${where}: retry must be a non-negative integer, got ${value}`);
}
