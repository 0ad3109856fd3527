import { Kysely, Migrator } from "kysely";
import { createDialect, type StorageConfig } from "./dialect.js";
import { migrationProvider } from "./migrations.js";
import type { ChanjiaoDatabase } from "./tables.js";

/** A connected, migrated database. */
export type Database = Kysely<ChanjiaoDatabase>;

/** Brings the schema to the latest migration; throws when a migration fails. */
export async function migrateToLatest(db: Database): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

/** Opens (creating when missing) the database in a storage configuration and migrates it. */
export async function openStorage(config: StorageConfig): Promise<Database> {
  const db = new Kysely<ChanjiaoDatabase>({ dialect: createDialect(config) });
  await migrateToLatest(db);
  return db;
}

/** Opens (creating when missing) an embedded SQLite database file and migrates it. */
export function openDatabase(file: string): Promise<Database> {
  return openStorage({ kind: "sqlite", file });
}
