import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { problemResponse } from "./problem.js";

/** A number of requests allowed per interval, such as 60 per minute. */
export interface Rate {
  requests: number;
  perSeconds: number;
}

/** Writes allowed per API key when nothing is configured: a publishing script's steady pace, with a burst as large. */
export const defaultWriteRate: Rate = { requests: 60, perSeconds: 60 };

const units: Record<string, number> = { s: 1, sec: 1, second: 1, m: 60, min: 60, minute: 60, h: 3600, hour: 3600 };

/** Reads `N/minute` (also `/second`, `/hour`; a bare `N` is per minute); throws a RangeError naming the expected form. */
export function parseRate(text: string): Rate {
  const match = /^\s*(\d+)\s*(?:\/\s*([a-z]+))?\s*$/i.exec(text);
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
    const now = this.#now();
    const perMs = this.#rate.requests / (this.#rate.perSeconds * 1000);
    const bucket = this.#buckets.get(client) ?? { tokens: this.#rate.requests, at: now };
    bucket.tokens = Math.min(this.#rate.requests, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.#buckets.set(client, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
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

/**
 * Limits the requests of each API key (the bearer token, hashed so that no secret stays in memory)
 * with 429 and `Retry-After`. Mount after the key is checked, so that made-up keys fill no buckets.
 */
export function limitPerApiKey(rate: Rate): MiddlewareHandler {
  const buckets = new TokenBuckets(rate);
  return async (c, next) => {
    const client = createHash("sha256").update(c.req.header("Authorization") ?? "").digest("base64url");
    const waitSeconds = buckets.take(client);
    if (waitSeconds > 0) {
      c.header("Retry-After", String(waitSeconds));
      return problemResponse(c, 429, `This API key may send ${rate.requests} writes per ${rate.perSeconds} s; retry after ${waitSeconds} s.`);
    }
    await next();
  };
}
