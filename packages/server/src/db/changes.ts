import { type Change, type CollectionName, collections } from "@chanjiao/sdk";
import type { Database } from "./open.js";
import { storage } from "./storage.js";
import type { Selectable } from "kysely";
import type { LoggedCollection } from "./record-writes.js";
import type { ChangeLogRow } from "./tables.js";

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
