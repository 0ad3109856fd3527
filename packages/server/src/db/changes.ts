import { type Change, type CollectionName, collections } from "@chanjiao/sdk";
import type { Database } from "./open.js";
import { storage } from "./storage.js";
import type { Selectable } from "kysely";
import type { LoggedCollection } from "./record-writes.js";
import type { ChangeLogRow } from "./tables.js";
import { groupBy } from "./group-by.js";

/** A logged change as read back. */
export type LoggedChange = Selectable<ChangeLogRow>;

/** A page of the change log after `after`, oldest first; `more` tells whether the log goes on. */
export async function readChangeLog(db: Database, query: { after: number; collection?: LoggedCollection; limit: number; public: boolean }): Promise<{ rows: LoggedChange[]; more: boolean }> {
  let select = db.selectFrom("change_log").selectAll().where("seq", ">", query.after);
  if (query.collection) select = select.where("collection", "=", query.collection);
  // The review of submissions is for the audit trail: the public feed tells only of records.
  if (query.public) select = select.where("collection", "<>", "submissions");
  const rows = await select.orderBy("seq").limit(query.limit + 1).execute();
  return { rows: rows.slice(0, query.limit).map((row) => ({ ...row, seq: Number(row.seq) })), more: rows.length > query.limit };
}

/**
 * The logged changes with the record each create made as its `after`. A create's log row does not
 * hold the record (it is stored once, in its collection): it is the `before` of the record's next
 * logged change, or else the record as stored now.
 */
export async function withCreatedStates<Row extends Pick<LoggedChange, "seq" | "collection" | "record_id" | "kind" | "after">>(db: Database, rows: Row[]): Promise<Row[]> {
  const open = rows.filter((row) => row.kind === "created" && row.after === null && Object.hasOwn(storage, row.collection));
  if (!open.length) return rows;
  const made = new Map<number, string | null>();
  for (const [collection, creates] of groupBy(open, (row) => row.collection as CollectionName)) {
    const ids = [...new Set(creates.map((row) => row.record_id))];
    const first = Math.min(...creates.map((row) => Number(row.seq)));
    const later = await db.selectFrom("change_log").select(["seq", "record_id", "before"]).where("collection", "=", collection).where("record_id", "in", ids).where("seq", ">", first).orderBy("seq").execute();
    const laterChanges = groupBy(later, (change) => change.record_id);
    const stored = await db.selectFrom(storage[collection].table).select(["id", "data"]).where("id", "in", ids).execute();
    const current = new Map(stored.map(({ id, data }) => [id, data]));
    for (const row of creates) {
      const next = laterChanges.get(row.record_id)?.find((change) => Number(change.seq) > Number(row.seq));
      made.set(Number(row.seq), next ? next.before : (current.get(row.record_id) ?? null));
    }
  }
  return rows.map((row) => (made.has(Number(row.seq)) ? { ...row, after: made.get(Number(row.seq))! } : row));
}

/** The public form of logged changes: each record as it is now (or `null` once removed), never who wrote it. */
export async function publicChanges(db: Database, rows: LoggedChange[]): Promise<Change[]> {
  const current = new Map<string, string>();
  const idsByCollection = new Map<CollectionName, Set<string>>();
  for (const row of rows) {
    const collection = row.collection as CollectionName;
    idsByCollection.set(collection, (idsByCollection.get(collection) ?? new Set()).add(row.record_id));
  }
  for (const [collection, idSet] of idsByCollection) {
    const ids = [...idSet];
    const stored = await db.selectFrom(storage[collection].table).select(["id", "data"]).where("id", "in", ids).execute();
    for (const { id, data } of stored) current.set(`${collection} ${id}`, data);
  }
  return rows.map((row) => {
    const data = current.get(`${row.collection} ${row.record_id}`);
    return {
      seq: Number(row.seq),
      collection: collections[row.collection as CollectionName].path,
      id: row.record_id,
      kind: row.kind,
      at: row.at,
      record: data === undefined ? null : (JSON.parse(data) as Record<string, unknown>),
    };
  });
}
