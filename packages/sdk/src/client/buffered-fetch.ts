import { NetworkError } from "./errors.js";

// Statuses that must not carry a body; the Response constructor throws if given one.
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

/**
 * Wraps `fetch` so that the returned response has its body already read. The per-attempt timeout
 * and the retries then cover the whole exchange (a server that stalls or drops the connection in
 * the middle of the body is retried like one that never answered), and a failure to reach the
 * server becomes a NetworkError. An abort (the caller's signal or the timeout) passes through
 * unchanged so that it is not mistaken for a network fault.
 */
export function bufferedFetch(fetchImpl: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    try {
      const response = await fetchImpl(input, init);
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    } catch (error) {
      const request = input instanceof Request ? input : undefined;
      if (init?.signal?.aborted || request?.signal.aborted) throw error;
      throw new NetworkError(request?.url ?? String(input), error);
    }
  };
}
