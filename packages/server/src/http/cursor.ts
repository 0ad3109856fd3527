/** The orders a list can be read in (`sort`). */
export type ListSort = "id" | "-id" | "name" | "-name";

/** Where a page ends: the last record's id, and its name when the list is sorted by name. */
export interface PagePosition {
  sort: ListSort;
  id: string;
  name?: string;
}

/**
 * Cursors are opaque to clients: a versioned, base64url-encoded key of the last record of a page.
 * Version 1 (by id, ascending) is kept as it was, so that cursors issued before sorting still work.
 */
export function encodeCursor(position: PagePosition): string {
  const key = position.sort === "id" ? { v: 1, after: position.id } : { v: 2, sort: position.sort, after: position.id, name: position.name ?? "" };
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** Where the next page starts, or null when the cursor is not one this server issued for this order. */
export function decodeCursor(cursor: string, sort: ListSort): PagePosition | null {
  try {
    const decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Record<string, unknown>;
    if (typeof decoded !== "object" || decoded === null || typeof decoded.after !== "string") return null;
    if (decoded.v === 1 && sort === "id") return { sort, id: decoded.after };
    if (decoded.v === 2 && decoded.sort === sort && typeof decoded.name === "string") return sort.endsWith("name") ? { sort, id: decoded.after, name: decoded.name } : { sort, id: decoded.after };
  } catch {
    // Falls through: malformed base64 or JSON is a bad cursor like any other.
  }
  return null;
}
