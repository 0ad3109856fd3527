import type { Context, MiddlewareHandler } from "hono";
import type { EndpointDefinition } from "@chanjiao/sdk";
import type * as z from "zod/mini";
import type { DataVersion } from "../db/data-version.js";
import { currentDataVersion } from "../db/data-version-watch.js";
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

/** URLs remembered per kept answer (spellings of one query), so that hostile variations cannot fill memory. */
const maxUrlsPerAnswer = 8;

interface KeptAnswer {
  /** The data version it was computed at (`epoch-version`). */
  version: string;
  etag: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  /** The body compressed, each encoding made when a client first asks for it. */
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
  /** The URLs (path and query) that were answered with it. */
  urls: Set<string>;
  /** The replies made of it, each made once and then sent again as is. */
  replies: Partial<Record<ReplyKind, Reply>>;
}

/** The ways a kept answer is sent: plain, in an encoding, or as a 304. */
type ReplyKind = "identity" | Encoding | "notModified";

/**
 * An answer ready to be written: by Hono, or straight to node:http (see direct-reads.ts). A kept
 * answer's replies are made once, so one is never changed: a writer may remember what it derives from it.
 */
export type Reply = Readonly<{ status: 200; headers: Readonly<Record<string, string>>; body: Uint8Array<ArrayBuffer> } | { status: 304; headers: Readonly<Record<string, string>>; body: null }>;

/** What a client's request says that a kept answer depends on. */
export interface Asking {
  ifNoneMatch: string | undefined;
  acceptEncoding: string | undefined;
}

const bytesOf = (answer: KeptAnswer) => answer.body.byteLength + (answer.encoded.br?.byteLength ?? 0) + (answer.encoded.gzip?.byteLength ?? 0);

function ifNoneMatchAccepts(header: string | undefined, etag: string): boolean {
  // A client revalidating sends back the one ETag it was given: no need to parse a list.
  return header !== undefined && (header === etag || header.trim() === "*" || (header.match(/"[^"]*"/g)?.includes(etag) ?? false));
}

/** The path and query of a request, as the URL the server parsed spells them. */
function urlOf(c: Context): string {
  const url = c.req.url;
  return url.slice(url.indexOf("/", url.indexOf("//") + 2));
}

/** Kept answers, least recently used first, within a budget of bytes and entries. */
class KeptAnswers {
  readonly #limits: AnswerCacheLimits;
  readonly #answers = new Map<string, KeptAnswer>();
  /** The key of the answer each remembered URL was answered with. */
  readonly #keyByUrl = new Map<string, string>();
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

  /** True when an answer kept now was sent for `url`. */
  knowsUrl(url: string): boolean {
    return this.#keyByUrl.has(url);
  }

  /** The answer a URL was answered with before, and its key. */
  byUrl(url: string): { key: string; answer: KeptAnswer } | undefined {
    const key = this.#keyByUrl.get(url);
    const answer = key === undefined ? undefined : this.get(key);
    return answer && { key: key!, answer };
  }

  /** Remembers that `url` is answered with the answer kept as `key`, while it is kept. */
  rememberUrl(url: string, key: string): void {
    const answer = this.#answers.get(key);
    if (!answer || answer.urls.has(url) || answer.urls.size >= maxUrlsPerAnswer) return;
    const previous = this.#keyByUrl.get(url);
    if (previous !== undefined) this.#answers.get(previous)?.urls.delete(url);
    answer.urls.add(url);
    this.#keyByUrl.set(url, key);
  }

  forget(key: string): void {
    const answer = this.#answers.get(key);
    if (!answer) return;
    this.#bytes -= bytesOf(answer);
    this.#answers.delete(key);
    for (const url of answer.urls) this.#keyByUrl.delete(url);
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
  /**
   * The reply to a GET of `url` (path and query, as sent) when a request for the same URL was
   * answered with an answer kept at `version`, which is still kept; undefined otherwise.
   */
  replyFor(url: string, version: DataVersion, asking: Asking): Reply | undefined;
  /** False when {@link replyFor} has no answer for `url` whatever the version, so that the version need not be learned. */
  mayReply(url: string): boolean;
  /** The number of answers kept now. */
  readonly size: number;
}

const versionOf = ({ epoch, version }: DataVersion) => `${epoch}-${version}`;

/**
 * The 304 that revalidates an answer whose ETag is `etag`. Hono's node adapter gives every answer
 * without a Content-Type a plain-text one, 304s included; said here, so both ways out send the same.
 */
const notModified = (etag: string): Reply => ({
  status: 304,
  headers: { ETag: etag, "Cache-Control": readCacheControl, Vary: "Accept-Encoding", "Content-Type": "text/plain; charset=UTF-8" },
  body: null,
});

/**
 * Public reads answered from memory by data version. Any change of the records bumps the version
 * in the same transaction (see db/data-version.ts), so an answer computed at the current version
 * is current, and nothing older is sent as current; servers sharing a PostgreSQL database learn
 * the version from it (db/data-version-watch.ts), so a write through one is seen by all.
 *
 * Reads computed from many records (gaps, signals, aggregates, counts) and pages of collections
 * get an ETag naming the data version, so that a revalidation is answered 304 once the version is
 * known. Each kept answer remembers the URLs it answered, so that a server can send it again
 * before routing (`replyFor`, see direct-reads.ts). Answers are kept by the validated query in
 * canonical form (known parameters only, decoded, defaults filled, in name order), so equivalent
 * URLs share one answer and one computation; an invalid query is left to the route, which refuses it. Concurrent readers after a change share
 * one computation. Bodies are kept plain and, once asked for, compressed (brotli, gzip).
 */
export function answerByDataVersion(limits: AnswerCacheLimits = defaultAnswerCacheLimits): AnswerCache {
  const kept = new KeptAnswers(limits);
  /** Answers being computed, by version and key: after a change, concurrent readers wait for one computation. */
  const computing = new Map<string, Promise<KeptAnswer | undefined>>();

  const reply = (key: string, answer: KeptAnswer, asking: Asking): Reply => {
    const { replies } = answer;
    if (ifNoneMatchAccepts(asking.ifNoneMatch, answer.etag)) return (replies.notModified ??= notModified(answer.etag));
    const encoding = answer.body.byteLength >= minCompressedBytes ? chooseEncoding(asking.acceptEncoding) : undefined;
    const made = replies[encoding ?? "identity"];
    if (made) return made;
    const headers: Record<string, string> = { ETag: answer.etag, "Cache-Control": readCacheControl, "Content-Type": answer.contentType, Vary: "Accept-Encoding" };
    if (!encoding) return (replies.identity = { status: 200, headers, body: answer.body });
    return (replies[encoding] = { status: 200, headers: { ...headers, "Content-Encoding": encoding }, body: kept.encoded(key, answer, encoding) });
  };

  /** `byHost`: the answer depends on the request's host too, so it is never sent again by URL alone. */
  const send = (c: Context<AppEnv>, key: string, answer: KeptAnswer, byHost: boolean): Response => {
    if (!byHost) kept.rememberUrl(urlOf(c), key);
    const answered = reply(key, answer, { ifNoneMatch: c.req.header("If-None-Match"), acceptEncoding: c.req.header("Accept-Encoding") });
    return answered.status === 200 ? c.body(answered.body, 200, answered.headers) : c.body(null, 304, answered.headers);
  };

  /**
   * `keyOf` names the answer a request asks for (undefined: not one to keep); `versionTagged`
   * answers carry the data version as their ETag, the others keep the ETag their route sets;
   * `byHost` answers name the request's host in their key (see `send`).
   */
  const answering = (keyOf: (c: Context<AppEnv>) => string | undefined, versionTagged: boolean, byHost = false): MiddlewareHandler<AppEnv> => {
    return async (c, next) => {
      const key = keyOf(c);
      if (key === undefined) return next();
      const current = versionOf(await currentDataVersion(c.get("db")));
      const versionEtag = `"${current}"`;
      if (versionTagged && ifNoneMatchAccepts(c.req.header("If-None-Match"), versionEtag)) {
        const { status, headers } = notModified(versionEtag);
        return c.body(null, status, headers);
      }
      const answer = kept.get(key);
      if (answer?.version === current) return send(c, key, answer, byHost);
      const computingKey = `${current} ${key}`;
      const shared = await computing.get(computingKey);
      // Without a shared answer (the computation failed, or was not a 200), this request computes its own.
      if (shared) return send(c, key, shared, byHost);
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
          urls: new Set(),
          replies: {},
        };
        kept.keep(key, computed);
        settle(computed);
        // The route's answer is final once `next` returns: the kept one, encoded for this client, replaces it.
        c.res = send(c, key, computed, byHost);
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
      }, true, true),
    forDrawnPage: () => answering((c) => `page ${new URL(c.req.url).origin}${c.req.path}`, true, true),
    mayReply: (url) => kept.knowsUrl(url),
    replyFor: (url, version, asking) => {
      const found = kept.byUrl(url);
      return found?.answer.version === versionOf(version) ? reply(found.key, found.answer, asking) : undefined;
    },
    get size() {
      return kept.size;
    },
  };
}
