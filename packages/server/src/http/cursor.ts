/** Cursors are opaque to clients: a versioned, base64url-encoded key of the last record of a page. */
export function encodeCursor(lastId: string): string {
  return Buffer.from(JSON.stringify({ v: 1, after: lastId })).toString("base64url");
}

/** The id after which the next page starts, or null when the cursor is not one this server issued. */
export function decodeCursor(cursor: string): string | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (typeof decoded === "object" && decoded !== null && "v" in decoded && decoded.v === 1 && "after" in decoded && typeof decoded.after === "string") {
      return decoded.after;
    }
  } catch {
    // Falls through: malformed base64 or JSON is a bad cursor like any other.
  }
  return null;
}
