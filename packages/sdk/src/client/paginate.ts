import { ChanjiaoError } from "./errors.js";

/**
 * Yields the items of page after page, asking `fetchPage` for the page at each `nextCursor` until
 * there is none. A server that hands back the cursor it was given would loop forever, so that is
 * an error.
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  firstCursor: string | undefined,
  subject: string,
): AsyncGenerator<T, void, undefined> {
  let cursor = firstCursor;
  do {
    const { items, nextCursor } = await fetchPage(cursor);
    yield* items;
    if (nextCursor !== null && nextCursor === cursor) {
      throw new ChanjiaoError(`${subject}: the server returned cursor ${JSON.stringify(cursor)} as its own next page`);
    }
    cursor = nextCursor ?? undefined;
  } while (cursor !== undefined);
}
