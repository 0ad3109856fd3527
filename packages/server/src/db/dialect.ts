import SqliteDatabase from "better-sqlite3";
import { type Dialect, SqliteDialect } from "kysely";

/**
 * Where the data lives. Only an embedded SQLite file today; a PostgreSQL variant (Kysely's
 * PostgresDialect on a `pg` pool) slots in here without touching the routes, which use portable
 * SQL only.
 */
export type StorageConfig = { kind: "sqlite"; file: string };

/** Builds the Kysely dialect for a storage configuration. */
export function createDialect(config: StorageConfig): Dialect {
  const database = new SqliteDatabase(config.file);
  // WAL lets readers continue while a re-seed writes.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  return new SqliteDialect({ database });
}
