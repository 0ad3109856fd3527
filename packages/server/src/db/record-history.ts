import type { CollectionName, HistoryEntry, KeyRole } from "@chanjiao/sdk";
import { keeps } from "./keepers.js";
import { Lookups } from "./lookups.js";
import type { Database } from "./open.js";
import { getRecord } from "./query.js";
import { withCreatedStates } from "./changes.js";

type AnyRecord = Record<string, unknown>;

/** The top-level fields whose values differ between two versions of a record (every field when one side is missing). */
export function changedFields(before: AnyRecord | null, after: AnyRecord | null): string[] {
  const names = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...names].filter((name) => JSON.stringify(before?.[name]) !== JSON.stringify(after?.[name]));
}

/** Who reads a history: an admin sees every writer; an editor its own organisation's writers by name, others by role only. */
export interface HistoryReader {
  role: KeyRole;
  organisationId: string;
}

/**
 * A record's writes from the change log, newest first, or `null` when the record never existed,
 * or "forbidden" when an editor's organisation does not keep it (as it is now, or as it was last
 * when removed): an editor never learns of records, or writers, of other organisations.
 */
export async function recordHistory(db: Database, collection: CollectionName, id: string, reader: HistoryReader): Promise<HistoryEntry[] | null | "forbidden"> {
  const logged = await db
    .selectFrom("change_log")
    .leftJoin("api_keys", "api_keys.id", "change_log.key_id")
    .select(["change_log.seq", "change_log.collection", "change_log.record_id", "change_log.kind", "change_log.at", "change_log.via", "change_log.organisation_id", "change_log.before", "change_log.after", "api_keys.prefix", "api_keys.role"])
    .where("change_log.collection", "=", collection)
    .where("change_log.record_id", "=", id)
    .orderBy("change_log.seq", "desc")
    .execute();
  const rows = await withCreatedStates(db, logged);
  const latest = (await getRecord(db, collection, id)) ?? rows[0]?.after ?? rows[0]?.before ?? null;
  if (latest === null) return null;
  if (reader.role !== "admin") {
    const kept = await db.transaction().execute((trx) => keeps(new Lookups(trx), reader.organisationId, collection, JSON.parse(latest) as AnyRecord));
    if (!kept) return "forbidden";
  }
  return rows.map((row) => {
    const own = reader.role === "admin" || row.organisation_id === reader.organisationId;
    const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as AnyRecord));
    return {
      seq: Number(row.seq),
      kind: row.kind,
      at: row.at,
      via: row.via as HistoryEntry["via"],
      writer: { role: (row.role as KeyRole | null) ?? null, organisationId: own ? row.organisation_id : null, keyPrefix: own ? row.prefix : null },
      fields: changedFields(parse(row.before), parse(row.after)),
    };
  });
}
