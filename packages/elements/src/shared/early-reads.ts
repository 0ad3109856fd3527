/** A read started before the widget that makes it had arrived, and what stops it. */
interface EarlyRead {
  answer: Promise<Response>;
  abort: AbortController;
}

/** Reads started early, by Accept header and URL (its parameters sorted), each taken once. */
const started = new Map<string, EarlyRead>();

/** How long an early read waits to be taken: a widget whose code arrives later reads anew. */
const keptFor = 30_000;

const keyOf = (url: string, accept: string | null): string => {
  const parsed = new URL(url);
  parsed.searchParams.sort();
  return `${accept} ${parsed.href}`;
};

/**
 * Starts the GET of `url` at once, for the widget that will make the same read once its code has
 * arrived (the CDN loader does this for a widget's first read, so that the data and the code travel
 * together rather than one after the other). A read nobody takes is dropped after a while.
 */
export function startEarlyRead(url: string, accept: string): void {
  const key = keyOf(url, accept);
  if (started.has(key)) return;
  const abort = new AbortController();
  const answer = fetch(url, { headers: { accept }, signal: abort.signal });
  // Its failure is the taker's to see; untaken, it is nobody's.
  answer.catch(() => undefined);
  started.set(key, { answer, abort });
  setTimeout(() => started.get(key)?.answer === answer && started.delete(key), keptFor);
}

/**
 * The answer of a read started early for the same URL (in any order of parameters) and Accept
 * header, once; `signal` stops it. Undefined when there is none.
 */
export function takeEarlyRead(url: string, accept: string | null, signal: AbortSignal): Promise<Response> | undefined {
  const key = keyOf(url, accept);
  const read = started.get(key);
  if (!read) return undefined;
  started.delete(key);
  signal.addEventListener("abort", () => read.abort.abort(signal.reason), { once: true });
  return read.answer;
}
