import type { MiddlewareHandler } from "hono";
import type { EndpointDefinition } from "@chanjiao/sdk";
import { readDataVersion } from "../db/data-version.js";
import { type AppEnv, readCacheControl } from "./env.js";
import { parseQuery } from "./query.js";

/** Bounds of the kept answers, per server. */
export interface AnswerCacheLimits {
  /** Memory given to kept answers, in bytes of their bodies; default 32 MiB. 0 keeps none. */
  maxBytes: number;
  /** Answers kept at most, whatever their size; default 2,000. */
  maxEntries: number;
}

export const defaultAnswerCacheLimits: AnswerCacheLimits = { maxBytes: 32 * 1024 * 1024, maxEntries: 2_000 };

/** A larger answer is computed again each time rather than crowd out many small ones. */
const maxAnswerBytes = 1024 * 1024;

interface KeptAnswer {
  etag: string;
  body: string;
  contentType: string;
}

function ifNoneMatchAccepts(header: string | undefined, etag: string): boolean {
  return header !== undefined && (header.trim() === "*" || (header.match(/"[^"]*"/g)?.includes(etag) ?? false));
}

/** Kept answers, least recently used first, within a budget of bytes and entries. */
class KeptAnswers {
  readonly #limits: AnswerCacheLimits;
  readonly #answers = new Map<string, KeptAnswer>();
  #bytes = 0;

  constructor(limits: AnswerCacheLimits) {
    this.#limits = limits;
  }

  get size(): number {
    return this.#answers.size;
  }

  get(key: string): KeptAnswer | undefined {
    const answer = this.#answers.get(key);
    if (answer) {
      // Most recently used last: the first entry is the one to forget.
      this.#answers.delete(key);
      this.#answers.set(key, answer);
    }
    return answer;
  }

  forget(key: string): void {
    const answer = this.#answers.get(key);
    if (!answer) return;
    this.#bytes -= answer.body.length;
    this.#answers.delete(key);
  }

  keep(key: string, answer: KeptAnswer): void {
    this.forget(key);
    if (answer.body.length > Math.min(maxAnswerBytes, this.#limits.maxBytes) || this.#limits.maxEntries < 1) return;
    this.#answers.set(key, answer);
    this.#bytes += answer.body.length;
    for (const oldest of this.#answers.keys()) {
      if (this.#bytes <= this.#limits.maxBytes && this.#answers.size <= this.#limits.maxEntries) break;
      this.forget(oldest);
    }
  }
}

/** What {@link answerByDataVersion} returns: one middleware per endpoint, over one shared store. */
export interface AnswerCache {
  /**
   * The middleware for an endpoint; `defaults` are the values its route fills in for parameters
   * left out, so that leaving one out and giving its default share an answer.
   */
  forEndpoint(endpoint: EndpointDefinition, defaults?: Record<string, unknown>): MiddlewareHandler<AppEnv>;
  /** The number of answers kept now. */
  readonly size: number;
}

/**
 * For the reads computed from many records (talent gaps, signals, aggregates, consortium counts):
 * the ETag names the data version rather than a digest of the body, so a revalidation is answered
 * 304 after one small query instead of the computation; and an answer computed at the current
 * version is sent again from memory. Answers are kept by the validated query in canonical form
 * (known parameters only, decoded, defaults filled, in name order), so equivalent URLs share one
 * answer and one computation; an invalid query is left to the route, which refuses it. Any change
 * of the records bumps the version (see db/data-version.ts), so nothing older is sent as current.
 */
export function answerByDataVersion(limits: AnswerCacheLimits = defaultAnswerCacheLimits): AnswerCache {
  const kept = new KeptAnswers(limits);
  /** Answers being computed, by ETag and key: after a change, concurrent readers wait for one computation. */
  const computing = new Map<string, Promise<KeptAnswer | undefined>>();

  const forEndpoint = (endpoint: EndpointDefinition, defaults: Record<string, unknown> = {}): MiddlewareHandler<AppEnv> => {
    return async (c, next) => {
      const query = parseQuery(c, endpoint.query);
      if (!query.ok) return next();
      const { epoch, version } = await readDataVersion(c.get("db"));
      const etag = `"${epoch}-${version}"`;
      const headers = { ETag: etag, "Cache-Control": readCacheControl };
      if (ifNoneMatchAccepts(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers);
      const send = (answer: KeptAnswer) => c.body(answer.body, 200, { ...headers, "Content-Type": answer.contentType });
      const canonical = Object.entries({ ...defaults, ...query.data }).sort(([a], [b]) => (a < b ? -1 : 1));
      const key = `${endpoint.path} ${JSON.stringify(canonical)}`;
      const answer = kept.get(key);
      if (answer?.etag === etag) return send(answer);
      const computingKey = `${etag} ${key}`;
      const shared = await computing.get(computingKey);
      // Without a shared answer (the computation failed, or was not a 200), this request computes its own.
      if (shared) return send(shared);
      let settle: (answer: KeptAnswer | undefined) => void = () => {};
      computing.set(computingKey, new Promise((resolve) => (settle = resolve)));
      try {
        kept.forget(key);
        await next();
        if (c.res.status !== 200) return;
        c.res.headers.set("ETag", etag);
        const computed = { etag, body: await c.res.clone().text(), contentType: c.res.headers.get("Content-Type") ?? "application/json" };
        kept.keep(key, computed);
        settle(computed);
      } finally {
        settle(undefined);
        computing.delete(computingKey);
      }
    };
  };
  return {
    forEndpoint,
    get size() {
      return kept.size;
    },
  };
}
