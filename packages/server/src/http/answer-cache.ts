import type { MiddlewareHandler } from "hono";
import { readDataVersion } from "../db/data-version.js";
import { type AppEnv, readCacheControl } from "./env.js";

/** Memory given to kept answers, per server. */
const maxKeptBytes = 32 * 1024 * 1024;
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

/**
 * For the reads computed from many records (talent gaps, signals, aggregates, consortium counts):
 * the ETag names the data version rather than a digest of the body, so a revalidation is answered
 * 304 after one small query instead of the computation; and an answer computed at the current
 * version is sent again from memory (least recently used answers go first). Any change of the
 * records bumps the version (see db/data-version.ts), so nothing older is ever sent as current.
 */
export function answerByDataVersion(): MiddlewareHandler<AppEnv> {
  const kept = new Map<string, KeptAnswer>();
  let keptBytes = 0;
  /** Answers being computed, by ETag and URL: after a change, concurrent readers wait for one computation. */
  const computing = new Map<string, Promise<KeptAnswer | undefined>>();
  const forget = (url: string) => {
    const answer = kept.get(url);
    if (!answer) return;
    keptBytes -= answer.body.length;
    kept.delete(url);
  };
  const keep = (url: string, answer: KeptAnswer) => {
    if (answer.body.length > maxAnswerBytes) return;
    kept.set(url, answer);
    keptBytes += answer.body.length;
    for (const oldest of kept.keys()) {
      if (keptBytes <= maxKeptBytes) break;
      forget(oldest);
    }
  };

  return async (c, next) => {
    const { epoch, version } = await readDataVersion(c.get("db"));
    const etag = `"${epoch}-${version}"`;
    const headers = { ETag: etag, "Cache-Control": readCacheControl };
    if (ifNoneMatchAccepts(c.req.header("If-None-Match"), etag)) return c.body(null, 304, headers);
    const send = (answer: KeptAnswer) => c.body(answer.body, 200, { ...headers, "Content-Type": answer.contentType });
    const url = c.req.url;
    const answer = kept.get(url);
    if (answer?.etag === etag) {
      // Most recently used last: the first entry is the one to forget.
      kept.delete(url);
      kept.set(url, answer);
      return send(answer);
    }
    const key = `${etag} ${url}`;
    const shared = await computing.get(key);
    // Without a shared answer (the computation failed, or was not a 200), this request computes its own.
    if (shared) return send(shared);
    let settle: (answer: KeptAnswer | undefined) => void = () => {};
    computing.set(key, new Promise((resolve) => (settle = resolve)));
    try {
      forget(url);
      await next();
      if (c.res.status !== 200) return;
      c.res.headers.set("ETag", etag);
      const computed = { etag, body: await c.res.clone().text(), contentType: c.res.headers.get("Content-Type") ?? "application/json" };
      keep(url, computed);
      settle(computed);
    } finally {
      settle(undefined);
      computing.delete(key);
    }
  };
}
