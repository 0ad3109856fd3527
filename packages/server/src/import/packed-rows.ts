import type { PreparedRow } from "./read-rows.js";

/**
 * A batch of prepared rows as one flat list of strings and numbers, as the import's worker thread
 * sends it: copying between threads clones an object field by field, name and all, and builds it
 * again the same way, which cost the worker more than reading and checking the rows (measured:
 * 0.75 s of its 2.2 s for 100,000 rows); a list of plain values copies as little more than its
 * strings. Each row: line, id, natural key, value (a row that updates), the created record's JSON
 * (a row that creates), its natural key, then the number of records it names (-1: more than
 * references to check) and their keys.
 */
export type PackedRows = Array<string | number | null>;

/** The batch packed, or undefined when a row has problems (a file that will not be written: sent as it is). */
export function packRows(rows: readonly PreparedRow[]): PackedRows | undefined {
  const packed: PackedRows = [];
  for (const row of rows) {
    const created = row.asCreated;
    if (row.problems || (created && "issues" in created)) return undefined;
    packed.push(row.line, row.id ?? null, row.key ?? null, row.value ?? null, created?.after ?? null, created?.key ?? null, created?.named ? created.named.length : -1);
    if (created?.named) packed.push(...created.named);
  }
  return packed;
}

/** The rows of a packed batch: each of one shape, a field that is absent undefined. */
export function unpackRows(packed: PackedRows): PreparedRow[] {
  const rows: PreparedRow[] = [];
  const text = (value: string | number | null | undefined) => (typeof value === "string" ? value : undefined);
  for (let at = 0; at < packed.length; ) {
    const line = packed[at] as number;
    const [id, key, value, after, createdKey] = [text(packed[at + 1]), text(packed[at + 2]), text(packed[at + 3]), text(packed[at + 4]), text(packed[at + 5])];
    const namedCount = packed[at + 6] as number;
    at += 7;
    const named = namedCount < 0 ? undefined : (packed.slice(at, (at += namedCount)) as string[]);
    rows.push({ line, id, key, value, asCreated: after === undefined ? undefined : { after, key: createdKey, named } });
  }
  return rows;
}
