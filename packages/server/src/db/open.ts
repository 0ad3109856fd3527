import { Kysely, Migrator } from "kysely";
import { createDialect, type StorageConfig, storageOf } from "./dialect.js";
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
  try {
    await migrateToLatest(db);
  } catch (error) {
    // Closes the file or the PostgreSQL pool, which would otherwise keep the process alive.
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * Opens and migrates the database a `--db` value names: a `postgres://` or `postgresql://` URL
 * (the database must exist; its tables are created), otherwise a SQLite file (created when missing).
 */
export function openDatabase(location: string): Promise<Database> {
  return openStorage(storageOf(location));
}
