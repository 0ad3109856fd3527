/** An answer as it was received, to be handed out again as a fresh Response. */
interface Answer {
  status: number;
  statusText: string;
  headers: Headers;
  body: ArrayBuffer;
}

interface Kept extends Answer {
  /** When the answer stops being fresh (Cache-Control max-age), in ms since the epoch. */
  freshUntil: number;
}

interface InFlight {
  answer: Promise<Answer>;
  abort: AbortController;
  waiting: number;
}

/** How many answers are kept; the oldest goes first. */
const keptAnswers = 100;

function respond(answer: Answer): Response {
  return new Response(answer.body.slice(0), { status: answer.status, statusText: answer.statusText, headers: answer.headers });
}

function maxAgeMs(headers: Headers): number {
  const cacheControl = headers.get("cache-control") ?? "";
  if (/no-store|no-cache|private/i.test(cacheControl)) return 0;
  const maxAge = /max-age=(\d+)/i.exec(cacheControl);
  return maxAge ? Number(maxAge[1]) * 1000 : 0;
}

/** Waits for `promise` unless `signal` aborts first, then rejects with its reason as fetch does. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/**
 * A `fetch` for the client a provider makes, shared by every widget inside it. GETs of one URL
 * made while one is in flight share its answer (each caller can still abort its own wait; the
 * request stops when no caller waits any more). Answers are kept: while fresh (the API's
 * `Cache-Control: max-age`) they are reused without a request; after that they are revalidated
 * with `If-None-Match`, and a 304 hands the kept answer back. Other methods pass straight through.
 */
export function cachingFetch(fetchImpl: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)): typeof globalThis.fetch {
  const inFlight = new Map<string, InFlight>();
  const kept = new Map<string, Kept>();

  const keep = (url: string, answer: Answer): void => {
    kept.delete(url);
    kept.set(url, { ...answer, freshUntil: Date.now() + maxAgeMs(answer.headers) });
    if (kept.size > keptAnswers) kept.delete(kept.keys().next().value!);
  };

  const load = (request: Request, url: string, signal: AbortSignal): Promise<Answer> => {
    const previous = kept.get(url);
    const etag = previous?.headers.get("etag");
    const headers = new Headers(request.headers);
    if (etag) headers.set("if-none-match", etag);
    return fetchImpl(new Request(request, { headers, signal })).then(async (response) => {
      if (response.status === 304 && previous) {
        keep(url, previous);
        return previous;
      }
      const answer = { status: response.status, statusText: response.statusText, headers: response.headers, body: await response.arrayBuffer() };
      if (response.status === 200) keep(url, answer);
      return answer;
    });
  };

  return async (input, init) => {
    const request = new Request(input, init);
    if (request.method !== "GET") return fetchImpl(request);
    const url = `${request.headers.get("accept") ?? ""} ${request.url}`;
    const fresh = kept.get(url);
    if (fresh && fresh.freshUntil > Date.now()) return respond(fresh);
    let shared = inFlight.get(url);
    if (!shared) {
      const abort = new AbortController();
      const answer = load(request, url, abort.signal);
      const entry: InFlight = { answer, abort, waiting: 0 };
      inFlight.set(url, entry);
      const done = () => inFlight.get(url) === entry && inFlight.delete(url);
      answer.then(done, done);
      shared = entry;
    }
    const entry = shared;
    entry.waiting += 1;
    try {
      return respond(await unlessAborted(entry.answer, request.signal));
    } finally {
      entry.waiting -= 1;
      // Nobody waits any more: the request stops, and the next caller starts a new one.
      if (entry.waiting === 0 && request.signal.aborted) {
        entry.abort.abort();
        if (inFlight.get(url) === entry) inFlight.delete(url);
      }
    }
  };
}
