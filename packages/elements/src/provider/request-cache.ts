import { takeEarlyRead } from "../shared/early-reads.js";
import { CjProvider } from "./cj-provider.js";

/** A request for one URL: in flight, then kept with its answer while that may be reused. */
interface Entry {
  answer: Promise<Response>;
  abort: AbortController;
  /** Callers waiting for the answer while it is in flight. */
  waiting: number;
  /** Set once a 200 has arrived: when it stops being fresh (`Cache-Control: max-age`), in ms since the epoch. */
  freshUntil?: number;
  /** The 200, never read itself: callers get clones. */
  kept?: Response;
}

/** How many URLs are kept; the least recently loaded goes first. */
const keptUrls = 100;

/**
 * A `fetch` for the client a provider makes, shared by every widget inside it. GETs of one URL
 * made while one is in flight share its answer (each caller can still abort its own wait; the
 * request stops when no caller waits any more). A 200 is kept: while fresh (the API's
 * `Cache-Control: max-age`) it is reused without a request; after that it is revalidated with
 * `If-None-Match`, and a 304 hands the kept answer back. A URL's first GET takes the answer of a
 * read the CDN loader started early for it (see `startEarlyRead`). Other methods pass straight through.
 */
export function cachingFetch(fetchImpl: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)): typeof globalThis.fetch {
  const entries = new Map<string, Entry>();

  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== "GET") return fetchImpl(request);
    const url = `${request.headers.get("accept")} ${request.url}`;
    let entry = entries.get(url);
    // In flight (no `freshUntil` yet) or fresh: shared; else loaded again, revalidating what is kept.
    if (!entry || entry.freshUntil! <= Date.now()) {
      const { kept } = entry ?? {};
      const abort = new AbortController();
      const headers = new Headers(request.headers);
      const etag = kept?.headers.get("etag");
      if (etag) headers.set("if-none-match", etag);
      const next: Entry = {
        abort,
        waiting: 0,
        // The first load of a URL takes the read the CDN loader started for it, if any.
        answer: ((kept ? undefined : takeEarlyRead(request.url, request.headers.get("accept"), abort.signal)) ?? fetchImpl(new Request(request, { headers, signal: abort.signal }))).then((response) => {
          if (response.status === 304 && kept) response = kept;
          entries.delete(url);
          if (response.status === 200) {
            const cacheControl = response.headers.get("cache-control") ?? "";
            const maxAge = /no-store|no-cache|private/i.test(cacheControl) ? 0 : Number(/max-age=(\d+)/i.exec(cacheControl)?.[1] ?? 0);
            Object.assign(next, { kept: response, freshUntil: Date.now() + maxAge * 1000 });
            entries.set(url, next);
            if (entries.size > keptUrls) entries.delete(entries.keys().next().value!);
          }
          return response;
        }),
      };
      next.answer.catch(() => entries.get(url) === next && entries.delete(url));
      entries.set(url, (entry = next));
    }
    const shared = entry;
    const { signal } = request;
    shared.waiting += 1;
    try {
      // Each caller's own abort ends its own wait, as fetch does.
      return (
        await new Promise<Response>((resolve, reject) => {
          signal.throwIfAborted();
          signal.addEventListener("abort", () => reject(signal.reason), { once: true });
          shared.answer.then(resolve, reject);
        })
      ).clone();
    } finally {
      // Nobody waits any more for an answer still in flight: the request stops, the next caller starts anew.
      if (--shared.waiting === 0 && signal.aborted && !shared.freshUntil) {
        shared.abort.abort();
        if (entries.get(url) === shared) entries.delete(url);
      }
    }
  };
}

/**
 * Makes every `<cj-provider base-url>` made from then on share requests between its widgets (see
 * `cachingFetch`). The CDN loader, the one-file bundle and the `define` entry do this; a site that
 * imports the widgets' own `define` modules one by one calls it once, where several widgets share
 * a page, and leaves it out of a page with a single widget.
 */
export function shareRequests(): void {
  CjProvider.sharedFetch = cachingFetch;
}
