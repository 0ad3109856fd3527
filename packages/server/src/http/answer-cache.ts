import type { Context, MiddlewareHandler } from "hono";
import type { EndpointDefinition } from "@chanjiao/sdk";
import type * as z from "zod/mini";
import { readDataVersion } from "../db/data-version.js";
import { chooseEncoding, type Encoding, encode, minCompressedBytes } from "./compression.js";
import { type AppEnv, readCacheControl } from "./env.js";
import { parseQuery } from "./query.js";

/** Bounds of the kept answers, per server. */
export interface AnswerCacheLimits {
  /** Memory given to kept answers, in bytes of their bodies (plain and compressed); default 32 MiB. 0 keeps none. */
  maxBytes: number;
  /** Answers kept at most, whatever their size; default 2,000. */
  maxEntries: number;
}

export const defaultAnswerCacheLimits: AnswerCacheLimits = { maxBytes: 32 * 1024 * 1024, maxEntries: 2_000 };

/** A larger answer is computed again each time rather than crowd out many small ones. */
const maxAnswerBytes = 1024 * 1024;

interface KeptAnswer {
  /** The data version it was computed at (`epoch-version`). */
  version: string;
  etag: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  /** The body compressed, each encoding made when a client first asks for it. */
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
}

const bytesOf = (answer: KeptAnswer) => answer.body.byteLength + (answer.encoded.br?.byteLength ?? 0) + (answer.encoded.gzip?.byteLength ?? 0);

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
    this.#bytes -= bytesOf(answer);
    this.#answers.delete(key);
  }

  keep(key: string, answer: KeptAnswer): void {
    this.forget(key);
    if (answer.body.byteLength > Math.min(maxAnswerBytes, this.#limits.maxBytes) || this.#limits.maxEntries < 1) return;
    this.#answers.set(key, answer);
    this.#bytes += bytesOf(answer);
    this.#evict();
  }

  /** The answer's body in `encoding`, compressed once and then kept beside the plain body. */
  encoded(key: string, answer: KeptAnswer, encoding: Encoding): Uint8Array<ArrayBuffer> {
    const kept = answer.encoded[encoding];
    if (kept) return kept;
    const made = encode(answer.body, encoding);
    answer.encoded[encoding] = made;
    if (this.#answers.get(key) === answer) {
      this.#bytes += made.byteLength;
      this.#evict();
    }
    return made;
  }

  #evict(): void {
    for (const oldest of this.#answers.keys()) {
      if (this.#bytes <= this.#limits.maxBytes && this.#answers.size <= this.#limits.maxEntries) break;
      this.forget(oldest);
    }
  }
}

/** What {@link answerByDataVersion} returns: middleware for each kind of public read, over one shared store. */
export interface AnswerCache {
  /**
   * For a read computed from many records; `defaults` are the values its route fills in for
   * parameters left out, so that leaving one out and giving its default share an answer.
   */
  forEndpoint(endpoint: EndpointDefinition, defaults?: Record<string, unknown>): MiddlewareHandler<AppEnv>;
  /** For a page of a collection (`GET /v1/<path>`), whose query `filters` describe. */
  forCollectionPage(path: string, filters: z.ZodMiniObject): MiddlewareHandler<AppEnv>;
  /**
   * For one record (`GET /v1/<path>/{id}`): its ETag stays the record's own, which writes check
   * with `If-Match`, and is computed once per data version.
   */
  forRecord(): MiddlewareHandler<AppEnv>;
  /**
   * For a widget's server-drawn HTML (`GET /v1/fragments/{tag}`), kept by its tag, its attributes
   * (in name order) and the API root it names, which comes from the request's host.
   */
  forFragment(): MiddlewareHandler<AppEnv>;
  /** For a page of a server-rendered static mount, kept by its URL without the query, which the page does not read. */
  forDrawnPage(): MiddlewareHandler<AppEnv>;
  /** The number of answers kept now. */
  readonly size: number;
}

/**
 * Public reads answered from memory by data version. Any change of the records bumps the version
 * in the same transaction (see db/data-version.ts), so an answer computed at the current version
 * is current, and nothing older is sent as current; servers sharing a PostgreSQL database read the
 * version from it, so a write through one is seen by all at once.
 *
 * Reads computed from many records (gaps, signals, aggregates, counts) and pages of collections
 * get an ETag naming the data version, so that a revalidation is answered 304 after one small
 * query. Answers are kept by the validated query in canonical form (known parameters only, decoded,
 * defaults filled, in name order), so equivalent URLs share one answer and one computation; an
 * invalid query is left to the route, which refuses it. Concurrent readers after a change share
 * one computation. Bodies are kept plain and, once asked for, compressed (brotli, gzip).
 */
export function answerByDataVersion(limits: AnswerCacheLimits = defaultAnswerCacheLimits): AnswerCache {
  const kept = new KeptAnswers(limits);
  /** Answers being computed, by version and key: after a change, concurrent readers wait for one computation. */
  const computing = new Map<string, Promise<KeptAnswer | undefined>>();

  const send = (c: Context<AppEnv>, key: string, answer: KeptAnswer): Response => {
    const headers: Record<string, string> = { ETag: answer.etag, "Cache-Control": readCacheControl, "Content-Type": answer.contentType, Vary: "Accept-Encoding" };
    if (ifNoneMatchAccepts(c.req.header("If-None-Match"), answer.etag)) return c.body(null, 304, headers);
    const encoding = answer.body.byteLength >= minCompressedBytes ? chooseEncoding(c.req.header("Accept-Encoding")) : undefined;
    if (!encoding) return c.body(answer.body, 200, headers);
    return c.body(kept.encoded(key, answer, encoding), 200, { ...headers, "Content-Encoding": encoding });
  };

  /**
   * `keyOf` names the answer a request asks for (undefined: not one to keep); `versionTagged`
   * answers carry the data version as their ETag, the others keep the ETag their route sets.
   */
  const answering = (keyOf: (c: Context<AppEnv>) => string | undefined, versionTagged: boolean): MiddlewareHandler<AppEnv> => {
    return async (c, next) => {
      const key = keyOf(c);
      if (key === undefined) return next();
      const { epoch, version } = await readDataVersion(c.get("db"));
      const current = `${epoch}-${version}`;
      const versionEtag = `"${current}"`;
      if (versionTagged && ifNoneMatchAccepts(c.req.header("If-None-Match"), versionEtag)) {
        return c.body(null, 304, { ETag: versionEtag, "Cache-Control": readCacheControl, Vary: "Accept-Encoding" });
      }
      const answer = kept.get(key);
      if (answer?.version === current) return send(c, key, answer);
      const computingKey = `${current} ${key}`;
      const shared = await computing.get(computingKey);
      // Without a shared answer (the computation failed, or was not a 200), this request computes its own.
      if (shared) return send(c, key, shared);
      let settle: (answer: KeptAnswer | undefined) => void = () => {};
      computing.set(computingKey, new Promise((resolve) => (settle = resolve)));
      try {
        kept.forget(key);
        await next();
        if (c.res.status !== 200) return;
        const computed: KeptAnswer = {
          version: current,
          etag: versionTagged ? versionEtag : (c.res.headers.get("ETag") ?? versionEtag),
          contentType: c.res.headers.get("Content-Type") ?? "application/json",
          body: new Uint8Array(await c.res.arrayBuffer()),
          encoded: {},
        };
        kept.keep(key, computed);
        settle(computed);
        // The route's answer is final once `next` returns: the kept one, encoded for this client, replaces it.
        c.res = send(c, key, computed);
      } finally {
        settle(undefined);
        computing.delete(computingKey);
      }
    };
  };

  const canonicalKey = (path: string, query: Record<string, unknown>, defaults: Record<string, unknown>) =>
    `${path} ${JSON.stringify(Object.entries({ ...defaults, ...query }).sort(([a], [b]) => (a < b ? -1 : 1)))}`;

  return {
    forEndpoint: (endpoint, defaults = {}) =>
      answering((c) => {
        const query = parseQuery(c, endpoint.query);
        return query.ok ? canonicalKey(endpoint.path, query.data, defaults) : undefined;
      }, true),
    forCollectionPage: (path, filters) =>
      answering((c) => {
        const query = parseQuery(c, filters);
        return query.ok ? canonicalKey(path, query.data, {}) : undefined;
      }, true),
    forRecord: () => answering((c) => `record ${c.req.path}`, false),
    forFragment: () =>
      answering((c) => {
        const url = new URL(c.req.url);
        return `fragment ${url.origin}${url.pathname} ${JSON.stringify([...url.searchParams].sort(([a], [b]) => (a < b ? -1 : 1)))}`;
      }, true),
    forDrawnPage: () => answering((c) => `page ${new URL(c.req.url).origin}${c.req.path}`, true),
    get size() {
      return kept.size;
    },
  };
}
