import type { Context, MiddlewareHandler } from "hono";
import type { WriteEnv } from "./auth.js";
import { problemResponse } from "./problem.js";

/** A number of requests allowed per interval, such as 60 per minute. */
export interface Rate {
  requests: number;
  perSeconds: number;
}

/** Writes allowed per API key when nothing is configured: a publishing script's steady pace, with a burst as large. */
export const defaultWriteRate: Rate = { requests: 60, perSeconds: 60 };

/** Failed authentications allowed per client address when nothing is configured: enough for typos, too few for guessing. */
export const defaultAuthFailureRate: Rate = { requests: 20, perSeconds: 60 };

const units: Record<string, number> = { s: 1, sec: 1, second: 1, m: 60, min: 60, minute: 60, h: 3600, hour: 3600 };

/** Reads `N/minute` (also `/second`, `/hour`; a bare `N` is per minute); throws a RangeError naming the expected form. */
export function parseRate(text: string): Rate {
  const match = /^(\d+)(?:\s*\/\s*([a-z]+))?$/i.exec(text.trim());
  const perSeconds = units[(match?.[2] ?? "minute").toLowerCase()];
  const requests = Number(match?.[1]);
  if (!match || perSeconds === undefined || !Number.isSafeInteger(requests) || requests < 1) {
    throw new RangeError(`Invalid rate ${JSON.stringify(text)}: expected N/second, N/minute or N/hour with N at least 1.`);
  }
  return { requests, perSeconds };
}

/**
 * Token buckets, one per client: each holds up to `rate.requests` tokens and refills at the rate,
 * so a client may burst a whole interval's allowance and then goes at the steady pace.
 */
export class TokenBuckets {
  readonly #rate: Rate;
  readonly #now: () => number;
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(rate: Rate, now: () => number = Date.now) {
    this.#rate = rate;
    this.#now = now;
  }

  /** Takes a token for `client`: 0 when granted, else the seconds until one is available. */
  take(client: string): number {
    const waitSeconds = this.wait(client);
    if (waitSeconds === 0) this.#buckets.get(client)!.tokens -= 1;
    return waitSeconds;
  }

  /** The seconds until `client` has a token (0 when it has one now), taking none. */
  wait(client: string): number {
    const now = this.#now();
    const perMs = this.#rate.requests / (this.#rate.perSeconds * 1000);
    const bucket = this.#buckets.get(client) ?? { tokens: this.#rate.requests, at: now };
    bucket.tokens = Math.min(this.#rate.requests, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) return 0;
    if (this.#buckets.size > 10_000) this.#forgetFullBuckets(now, perMs);
    return Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  }

  // A full bucket is the same as no bucket, so dropping those bounds memory without changing answers.
  #forgetFullBuckets(now: number, perMs: number): void {
    for (const [client, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.#rate.requests) this.#buckets.delete(client);
    }
  }
}

/** Sets `Retry-After` and answers 429 with a problem saying what the limit is. */
export function tooManyRequests(c: Context, waitSeconds: number, detail: string): Response {
  c.header("Retry-After", String(waitSeconds));
  return problemResponse(c, 429, `${detail} Retry after ${waitSeconds} s.`);
}

/**
 * Limits the writes of each API key with 429 and `Retry-After`. Mount after {@link requireApiKey}:
 * the count is kept per key id, so the same key counts once however its header is spelled, and
 * made-up keys fill no buckets.
 */
export function limitPerApiKey(rate: Rate): MiddlewareHandler<WriteEnv> {
  const buckets = new TokenBuckets(rate);
  return async (c, next) => {
    const waitSeconds = buckets.take(c.get("apiKey").id);
    if (waitSeconds > 0) return tooManyRequests(c, waitSeconds, `This API key may send ${rate.requests} writes per ${rate.perSeconds} s.`);
    await next();
  };
}
