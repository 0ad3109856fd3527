import type { ChangesQuery } from "../schemas/changes.js";
import type { audit, changes, QueryOf, ResponseOf } from "../schemas/endpoints.js";
import { ChanjiaoError } from "./errors.js";
import type { EndpointReader } from "./endpoint.js";
import type { RequestOptions } from "./transport.js";

/** A log read in order, page by page: the change feed (`client.changes`) or the audit trail (`client.audit`). */
export interface FeedClient<E extends typeof changes | typeof audit> {
  /**
   * One page of the log: the changes after `after` (default 0, the start), oldest first, of one
   * `collection` (its path, such as `programmes`) or all, at most `limit` (default 100, up to
   * 1,000). Pass the page's `next` as `after` to read on while `more` is true. Invalid parameters
   * reject with a ValidationError before any request.
   */
  list(query?: ChangesQuery, options?: RequestOptions): Promise<ResponseOf<E>>;
  /**
   * Iterates over every change after `after`, fetching page after page (of `limit` changes) while
   * the server says there are more. Remember the last `seq` seen to resume from it later.
   *
   * @example
   * for await (const change of client.changes.all({ after: lastSeen, collection: "programmes" })) lastSeen = change.seq;
   */
  all(query?: ChangesQuery, options?: RequestOptions): AsyncGenerator<ResponseOf<E>["items"][number], void, undefined>;
}

/** Builds the methods of a log endpoint over the client's endpoint reader. */
export function feedClient<E extends typeof changes | typeof audit>(read: EndpointReader, endpoint: E): FeedClient<E> {
  const list = (query: ChangesQuery = {}, options?: RequestOptions) => read(endpoint, query as QueryOf<E>, options);
  return {
    list,
    async *all(query = {}, options) {
      let after = query.after ?? 0;
      for (;;) {
        const page = await list({ ...query, after }, options);
        yield* page.items as ResponseOf<E>["items"];
        if (!page.more) return;
        // A page that does not move on would be read again and again.
        if (!(page.next > after)) throw new ChanjiaoError(`${endpoint.path}: the server said more changes follow ${after} but answered next ${page.next}`);
        after = page.next;
      }
    },
  };
}
