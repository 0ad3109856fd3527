import type SqliteDatabase from "better-sqlite3";
import type { CompiledQuery, DatabaseConnection, Driver, QueryResult, TransactionSettings } from "kysely";

/**
 * A connection as Kysely asks for one: reads made outside a transaction go to a read-only
 * connection of their own, which sees the last commit (WAL) and waits for no writer; anything else
 * takes the one writing connection, as Kysely's SQLite driver gives it, until released. So a long
 * write (an import of 100,000 rows in one transaction) holds up no read, and no read sees it half done.
 */
class Session implements DatabaseConnection {
  readonly #writing: Driver;
  readonly #reader: SqliteDatabase.Database;
  #held: DatabaseConnection | undefined;

  constructor(writing: Driver, reader: SqliteDatabase.Database) {
    this.#writing = writing;
    this.#reader = reader;
  }

  /** The writing connection, taken for the rest of the session. */
  async hold(): Promise<DatabaseConnection> {
    this.#held ??= await this.#writing.acquireConnection();
    return this.#held;
  }

  async release(): Promise<void> {
    if (this.#held) await this.#writing.releaseConnection(this.#held);
    this.#held = undefined;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    if (!this.#held) {
      const statement = readOnlyStatement(this.#reader, query.sql);
      if (statement) return { rows: statement.all(query.parameters) as R[] };
    }
    return (await this.hold()).executeQuery<R>(query);
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.hold()).streamQuery<R>(query, chunkSize);
  }
}

/** The statement prepared on the read-only connection when it only reads; undefined when it writes or cannot be prepared there. */
function readOnlyStatement(reader: SqliteDatabase.Database, sql: string): SqliteDatabase.Statement | undefined {
  try {
    const statement = reader.prepare(sql);
    return statement.reader && statement.readonly ? statement : undefined;
  } catch {
    // A table the read connection does not know yet (a migration under way): the writer runs it.
    return undefined;
  }
}

/** Kysely's SQLite driver (`writing`), with reads outside transactions on `reader` (see {@link Session}). */
export class ReadConnectionDriver implements Driver {
  readonly #writing: Driver;
  readonly #reader: SqliteDatabase.Database;

  constructor(writing: Driver, reader: SqliteDatabase.Database) {
    this.#writing = writing;
    this.#reader = reader;
  }

  init(): Promise<void> {
    return this.#writing.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new Session(this.#writing, this.#reader);
  }

  async beginTransaction(session: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    await this.#writing.beginTransaction(await (session as Session).hold(), settings);
  }

  async commitTransaction(session: DatabaseConnection): Promise<void> {
    await this.#writing.commitTransaction(await (session as Session).hold());
  }

  async rollbackTransaction(session: DatabaseConnection): Promise<void> {
    await this.#writing.rollbackTransaction(await (session as Session).hold());
  }

  async releaseConnection(session: DatabaseConnection): Promise<void> {
    await (session as Session).release();
  }

  async destroy(): Promise<void> {
    this.#reader.close();
    await this.#writing.destroy();
  }
}
