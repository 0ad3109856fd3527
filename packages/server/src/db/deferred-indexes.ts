import type { Kysely } from "kysely";
import { sqliteHandle } from "./sqlite-handle.js";

/** Rows below which a write never defers a table's indexes: rebuilding them costs a pass over the whole table. */
export const deferIndexesFrom = 10_000;

/**
 * Drops a SQLite table's secondary indexes inside the caller's transaction and gives back what builds
 * them again, from their own definitions, before it commits. SQLite then builds each index once, from
 * sorted keys, instead of inserting every row's entries one by one into nine or so B-trees; for a
 * write as large as the table it is the cheaper way (measured: 100,000 rows stored in about half the
 * time). Readers on other connections keep their snapshot, indexes included; a rollback (a bad row
 * found later, a killed process) restores the indexes with everything else. Unique indexes stay, so
 * a duplicate is refused by the row that makes it. Between two indexes the event loop answers
 * requests (each takes some tens of milliseconds for 100,000 rows). Undefined on PostgreSQL, or when
 * the table has none to defer.
 */
export function deferIndexes(db: Kysely<any>, table: string): (() => Promise<void>) | undefined {
  const sqlite = sqliteHandle(db);
  if (!sqlite) return undefined;
  const deferred = (sqlite.pragma(`index_list("${table}")`) as Array<{ name: string; unique: number; origin: string; partial: number }>)
    .filter((index) => index.origin === "c" && index.unique === 0)
    .map((index) => ({ name: index.name, sql: (sqlite.prepare("select sql from sqlite_master where type = 'index' and name = ?").get(index.name) as { sql: string }).sql }));
  if (deferred.length === 0) return undefined;
  for (const index of deferred) sqlite.exec(`drop index "${index.name}"`);
  return async () => {
    for (const index of deferred) {
      sqlite.exec(index.sql);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
}
