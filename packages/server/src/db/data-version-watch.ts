import type SqliteDatabase from "better-sqlite3";
import type { DialectAdapter, Kysely } from "kysely";
import { type DataVersion, readDataVersion } from "./data-version.js";
import type { Database } from "./open.js";
import { sqliteHandle, sqliteReadHandle } from "./sqlite-handle.js";

/**
 * Tells the current data version without a query through Kysely: at once (SQLite) or from a read
 * that starts after the call (PostgreSQL); undefined when only a query through Kysely can.
 */
export interface DataVersionWatch {
  known(): DataVersion | Promise<DataVersion | undefined> | undefined;
  /** The version from a read that starts after this call, shared by the calls made before it starts. */
  shared(): Promise<DataVersion | undefined> | undefined;
}

const watches = new WeakMap<DialectAdapter, DataVersionWatch>();

/** Makes `watch` the way the version of the database under `adapter` is learned (PostgreSQL's version reads). */
export function watchDataVersionWith(adapter: DialectAdapter, watch: DataVersionWatch): void {
  watches.set(adapter, watch);
}

/**
 * On SQLite, one statement prepared once and run on the server's read connection (or its only
 * one): it sees every commit at once, this process's and other processes' alike. On a connection
 * inside an open transaction (an import holding the only connection) it could see a version that is
 * not committed yet, so it then leaves the answer to a query that waits for the transaction to end.
 */
function sqliteWatch(handle: SqliteDatabase.Database): DataVersionWatch {
  const statement = handle.prepare<[], { epoch: string; version: number }>("select epoch, version from data_version");
  const known = (): DataVersion | undefined => {
    if (handle.inTransaction) return undefined;
    const row = statement.get();
    return row ? { epoch: row.epoch, version: Number(row.version) } : undefined;
  };
  let next: Promise<DataVersion | undefined> | undefined;
  return {
    known,
    // Read after the poll phase (setImmediate), when every request read from a socket in this turn has asked.
    shared: () =>
      (next ??= new Promise((resolve, reject) =>
        setImmediate(() => {
          next = undefined;
          try {
            resolve(known());
          } catch (error) {
            reject(error);
          }
        }),
      )),
  };
}

function watchOf(db: Kysely<any>): DataVersionWatch | undefined {
  const adapter = db.getExecutor().adapter;
  let watch = watches.get(adapter);
  if (!watch) {
    const handle = sqliteReadHandle(db) ?? sqliteHandle(db);
    if (!handle) return undefined;
    watch = sqliteWatch(handle);
    watches.set(adapter, watch);
  }
  return watch;
}

/** The current data version when it costs next to nothing to learn (no query through Kysely), else undefined. */
export function cheapDataVersion(db: Database): DataVersion | Promise<DataVersion | undefined> | undefined {
  return watchOf(db)?.known();
}

/**
 * The current data version from a read that starts after this call and is shared by the calls made
 * before it starts, as {@link cheapDataVersion} learns it; undefined when only a query through
 * Kysely can tell. A request asking for it sees every write committed before it arrived, and a
 * burst of requests costs one read, not one each.
 */
export function sharedDataVersion(db: Database): Promise<DataVersion | undefined> | undefined {
  return watchOf(db)?.shared();
}

/** The current data version, learned cheaply when possible, else from a query through Kysely. */
export async function currentDataVersion(db: Database): Promise<DataVersion> {
  return (await cheapDataVersion(db)) ?? (await readDataVersion(db));
}
