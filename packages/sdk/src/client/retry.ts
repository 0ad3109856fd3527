/** Retries of a read when neither the client nor the call says otherwise. */
export const DEFAULT_RETRIES = 2;

const RETRYABLE_STATUSES = [408, 429, 500, 502, 503, 504];
// Statuses whose Retry-After is a promise about when the server will be ready (RFC 9110 §10.2.3).
const STATUSES_WITH_RETRY_AFTER = [429, 503];
// A server asking for a longer pause is honoured only up to this, so a call cannot hang for hours.
const MAX_RETRY_AFTER_MS = 30_000;
const FIRST_DELAY_MS = 300;
const MAX_DELAY_MS = 5_000;

/** Whether a response with this status may be worth asking again. */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.includes(status);
}

/**
 * How long to wait before retry number `retry` (1 for the first): what the server's Retry-After
 * asks on a 429 or 503, up to a cap; else exponential backoff with "equal jitter", which keeps at
 * least half the backoff while spreading clients that failed together.
 */
export function retryDelay(retry: number, response?: Response): number {
  const retryAfter = response && STATUSES_WITH_RETRY_AFTER.includes(response.status) ? response.headers.get("retry-after") : null;
  if (retryAfter) {
    const seconds = Number(retryAfter);
    const after = Number.isNaN(seconds) ? Date.parse(retryAfter) - Date.now() : seconds * 1000;
    if (!Number.isNaN(after)) return Math.min(Math.max(0, after), MAX_RETRY_AFTER_MS);
  }
  const backoff = FIRST_DELAY_MS * 2 ** (retry - 1);
  return Math.min(MAX_DELAY_MS, backoff / 2 + (Math.random() * backoff) / 2);
}

/** Throws a RangeError unless `value` is a usable retry count. */
export function assertRetryCount(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${where}: retry must be a non-negative integer, got ${value}`);
}
