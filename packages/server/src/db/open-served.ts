import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator } from "kysely";
import { createDialect, describeStorage, storageOf } from "./dialect.js";
import { migrationProvider } from "./migrations.js";
import { reachableSqliteDialect } from "./sqlite-handle.js";
import { type Database, openDatabase } from "./open.js";
import type { ChanjiaoDatabase } from "./tables.js";

/**
 * Opens an existing, migrated database for reading only: a SQLite file is opened read-only, so not
 * even a fault of the server can change it. Nothing is created or migrated; a database that lacks
 * a migration is refused with the way out in the message.
 */
export async function openReadOnlyDatabase(location: string): Promise<Database> {
  const config = storageOf(location);
  const dialect =
    config.kind === "sqlite" ? reachableSqliteDialect(new SqliteDatabase(config.file, { readonly: true, fileMustExist: true })) : createDialect(config);
  const db = new Kysely<ChanjiaoDatabase>({ dialect });
  try {
    const pending = (await new Migrator({ db, provider: migrationProvider }).getMigrations()).filter((migration) => !migration.executedAt);
    if (pending.length) {
      throw new Error(`The database lacks the migrations ${pending.map((migration) => migration.name).join(", ")}: start once without --read-only to apply them.`);
    }
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

/**
 * Opens the database a server is to serve, read-only or not, with an error that names the database
 * and says what to do when it cannot be opened (a missing directory, a file that cannot be written).
 */
export async function openServedDatabase(location: string, options: { readOnly: boolean }): Promise<Database> {
  try {
    return options.readOnly ? await openReadOnlyDatabase(location) : await openDatabase(location);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
    const hint = code.startsWith("SQLITE_READONLY") ? " It cannot be written: fix its permissions, or start with --read-only to serve reads from it." : "";
    throw new Error(`Cannot open the database ${describeStorage(location)}: ${error instanceof Error ? error.message : String(error)}.${hint}`, { cause: error });
  }
}
