import SqliteDatabase from "better-sqlite3";
import { type DatabaseIntrospector, type Dialect, type DialectAdapter, type Driver, type Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type QueryCompiler } from "kysely";
import pg from "pg";
import { watchDataVersionWith } from "./data-version-watch.js";
import { PostgresVersionReads, VersionReadingPostgresDriver } from "./postgres-version-reads.js";
import { reachableSqliteDialect } from "./sqlite-handle.js";

/**
 * Where the data lives: an embedded SQLite file, or a PostgreSQL database. This file is the only
 * place that knows which; the routes and queries use SQL that runs on both.
 */
export type StorageConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

/** The storage a `--db` value names: a `postgres://` or `postgresql://` URL, otherwise a SQLite file. */
export function storageOf(location: string): StorageConfig {
  return /^postgres(ql)?:\/\//i.test(location) ? { kind: "postgres", url: location } : { kind: "sqlite", file: location };
}

/** A storage location fit for messages and logs: a URL loses its password. */
export function describeStorage(location: string): string {
  const config = storageOf(location);
  if (config.kind === "sqlite") return config.file;
  try {
    const url = new URL(config.url);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "a PostgreSQL URL";
  }
}

// PostgreSQL's count() is a bigint and sum() a bigint or numeric, which `pg` returns as strings.
// The figures summed here (headcounts, graduates, counts) are far below 2^53, so as numbers they
// come back as SQLite returns them; this is per pool, not pg's process-wide parser table.
const int8 = 20;
const numeric = 1700;
const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    (oid === int8 || oid === numeric) && format !== "binary" ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** Kysely's PostgreSQL dialect, with the data version read cheaply (see postgres-version-reads.ts). */
function versionReadingPostgresDialect(pool: pg.Pool, url: string): Dialect {
  const reads = new PostgresVersionReads(url);
  return {
    createDriver: (): Driver => new VersionReadingPostgresDriver({ pool }, reads),
    createAdapter: (): DialectAdapter => {
      const adapter = new PostgresAdapter();
      // Its reads are shared already: each starts after the calls it answers.
      watchDataVersionWith(adapter, { known: () => reads.read(), shared: () => reads.read() });
      return adapter;
    },
    createQueryCompiler: (): QueryCompiler => new PostgresQueryCompiler(),
    createIntrospector: (db: Kysely<any>): DatabaseIntrospector => new PostgresIntrospector(db),
  };
}

/** Builds the Kysely dialect for a storage configuration. */
export function createDialect(config: StorageConfig): Dialect {
  if (config.kind === "postgres") {
    // A connection attempt that gets no answer (a server gone from the network) fails after 10 s
    // rather than hold the request forever; the request is then answered 503.
    const pool = new pg.Pool({ connectionString: config.url, types, max: 10, connectionTimeoutMillis: 10_000 });
    // A connection the server drops (restart, failover, idle timeout) must not end the process:
    // the pool reports idle ones here, and a connection in use reports on itself, so every new
    // connection gets a listener too; the query it was running fails with the error (answered 503).
    const reportLost = (error: Error) => console.error("PostgreSQL connection lost:", error.message);
    pool.on("error", reportLost);
    pool.on("connect", (client) => client.on("error", reportLost));
    return versionReadingPostgresDialect(pool, config.url);
  }
  const database = new SqliteDatabase(config.file);
  // WAL lets readers continue while a re-seed or an import writes.
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  // 8 MB of pages rather than SQLite's 2 MB: a bulk import adds to every index of its table at once,
  // at as many places as the indexed columns have values, and keeps those pages at hand (measured:
  // 100,000 talent-supply rows with their change log stored in 15 % less CPU time).
  database.pragma("cache_size = -8000");
  // Reads outside transactions go to a connection of their own, so that a long write holds none up
  // (an in-memory database has no file a second connection could open).
  const inMemory = config.file === "" || config.file === ":memory:" || config.file.startsWith("file::memory:");
  return reachableSqliteDialect(database, inMemory ? undefined : new SqliteDatabase(config.file, { readonly: true }));
}

/** True when the database is PostgreSQL: for the few schema details that must differ (see migrations.ts). */
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}
