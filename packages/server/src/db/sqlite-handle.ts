import type SqliteDatabase from "better-sqlite3";
import { type DialectAdapter, type Kysely, SqliteDialect } from "kysely";

const handles = new WeakMap<DialectAdapter, SqliteDatabase.Database>();

/**
 * Kysely's SQLite dialect over a better-sqlite3 database that {@link sqliteHandle} can reach again,
 * from the Kysely instance or any of its transactions (they share the dialect's adapter).
 */
export function reachableSqliteDialect(database: SqliteDatabase.Database): SqliteDialect {
  return new (class extends SqliteDialect {
    override createAdapter(): DialectAdapter {
      const adapter = super.createAdapter();
      handles.set(adapter, database);
      return adapter;
    }
  })({ database });
}

/**
 * The better-sqlite3 database under a Kysely instance or transaction, for bulk writes that run a
 * prepared statement per row; undefined on PostgreSQL. SQLite has one connection, which a Kysely
 * transaction holds until it ends, so a statement run on it inside the transaction is part of it.
 */
export function sqliteHandle(db: Kysely<any>): SqliteDatabase.Database | undefined {
  return handles.get(db.getExecutor().adapter);
}
