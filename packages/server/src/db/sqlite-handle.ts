import type SqliteDatabase from "better-sqlite3";
import { type DialectAdapter, type Driver, type Kysely, SqliteDialect } from "kysely";
import { ReadConnectionDriver } from "./sqlite-read-connection.js";

const handles = new WeakMap<DialectAdapter, SqliteDatabase.Database>();
const readHandles = new WeakMap<DialectAdapter, SqliteDatabase.Database>();

/**
 * Kysely's SQLite dialect over a better-sqlite3 database that {@link sqliteHandle} can reach again,
 * from the Kysely instance or any of its transactions (they share the dialect's adapter); with a
 * read-only connection to the same file, `reader`, for the reads made outside transactions (see
 * sqlite-read-connection.ts).
 */
export function reachableSqliteDialect(database: SqliteDatabase.Database, reader?: SqliteDatabase.Database): SqliteDialect {
  return new (class extends SqliteDialect {
    override createAdapter(): DialectAdapter {
      const adapter = super.createAdapter();
      handles.set(adapter, database);
      if (reader) readHandles.set(adapter, reader);
      return adapter;
    }

    override createDriver(): Driver {
      const driver = super.createDriver();
      return reader ? new ReadConnectionDriver(driver, reader) : driver;
    }
  })({ database });
}

/** The read-only connection under a Kysely instance on SQLite, when it has one: it never waits for a writer. */
export function sqliteReadHandle(db: Kysely<any>): SqliteDatabase.Database | undefined {
  return readHandles.get(db.getExecutor().adapter);
}

/**
 * The better-sqlite3 database under a Kysely instance or transaction, for bulk writes that run a
 * prepared statement per row; undefined on PostgreSQL. SQLite has one connection, which a Kysely
 * transaction holds until it ends, so a statement run on it inside the transaction is part of it.
 */
export function sqliteHandle(db: Kysely<any>): SqliteDatabase.Database | undefined {
  return handles.get(db.getExecutor().adapter);
}
