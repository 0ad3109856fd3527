import { CompiledQuery, type DatabaseConnection, type PostgresDialectConfig, PostgresDriver } from "kysely";
import pg from "pg";
import { type DataVersion, dataVersionChannel } from "./data-version.js";

/** How long the listener waits before connecting again after losing its connection. */
const reconnectDelayMs = 1_000;

const versionQuery = "select epoch, version from data_version";

/** How the listening connection shows in `pg_stat_activity`. */
export const listenerApplicationName = "chanjiao-server version listener";

function versionOf(row: { epoch: string; version: unknown } | undefined): DataVersion | undefined {
  return row ? { epoch: row.epoch, version: Number(row.version) } : undefined;
}

/**
 * The data version of a PostgreSQL database kept in memory: one connection LISTENs for the
 * announcements writers make when they commit (see bumpDataVersion), so a read learns the version
 * without asking the database. Until the listener has read the version once after it started
 * listening, while it is down, and while a write of this process is committing, the version is
 * unknown and reads ask the database, as they would without it.
 */
export class PostgresVersionListener {
  readonly #url: string;
  #client: pg.Client | undefined;
  #version: DataVersion | undefined;
  /** The version is known from a read made after listening began. */
  #synced = false;
  #commitsInFlight = 0;
  #retry: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(url: string) {
    this.#url = url;
  }

  /** The current version, or undefined when only the database can tell (the first call starts listening). */
  known(): DataVersion | undefined {
    if (!this.#client && !this.#retry) this.#listen();
    return this.#synced && this.#commitsInFlight === 0 ? this.#version : undefined;
  }

  /**
   * Runs a commit of this process, then reads the version on the same connection, so that a read
   * that follows a write here is answered from after it, whether or not the announcement has arrived.
   */
  async committing(commit: () => Promise<void>, connection: DatabaseConnection): Promise<void> {
    this.#commitsInFlight++;
    try {
      await commit();
      try {
        const { rows } = await connection.executeQuery<{ epoch: string; version: unknown }>(CompiledQuery.raw(versionQuery));
        this.#advance(versionOf(rows[0]));
      } catch {
        // Without the version after this write, nothing kept may be trusted: listen afresh.
        this.#lose(this.#client);
      }
    } finally {
      this.#commitsInFlight--;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    this.#synced = false;
    await client?.end().catch(() => {});
  }

  #advance(version: DataVersion | undefined): void {
    if (!version) return;
    if (!this.#version || this.#version.epoch !== version.epoch || this.#version.version < version.version) this.#version = version;
  }

  #listen(): void {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 10_000, application_name: listenerApplicationName });
    this.#client = client;
    client.on("error", () => this.#lose(client));
    client.on("end", () => this.#lose(client));
    client.on("notification", ({ channel, payload }) => {
      if (channel !== dataVersionChannel || client !== this.#client || !payload) return;
      const [epoch = "", version = ""] = payload.split(" ");
      this.#advance({ epoch, version: Number(version) });
    });
    (async () => {
      await client.connect();
      await client.query(`listen ${dataVersionChannel}`);
      // Read after LISTEN: a write committed in between is in the answer or announced after it.
      const { rows } = await client.query<{ epoch: string; version: unknown }>(versionQuery);
      if (client !== this.#client) return;
      this.#advance(versionOf(rows[0]));
      this.#synced = true;
    })().catch(() => this.#lose(client));
  }

  /** Forgets the version learned through `client` and, unless closed, listens again a little later. */
  #lose(client: pg.Client | undefined): void {
    if (!client || client !== this.#client) return;
    this.#client = undefined;
    this.#synced = false;
    this.#version = undefined;
    client.end().catch(() => {});
    if (this.#closed) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.#listen();
    }, reconnectDelayMs);
    this.#retry.unref();
  }
}

/** Kysely's PostgreSQL driver, with `listener` told of every commit and closed with the pool. */
export class ListeningPostgresDriver extends PostgresDriver {
  readonly #listener: PostgresVersionListener;

  constructor(config: PostgresDialectConfig, listener: PostgresVersionListener) {
    super(config);
    this.#listener = listener;
  }

  override commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#listener.committing(() => super.commitTransaction(connection), connection);
  }

  override async destroy(): Promise<void> {
    await this.#listener.close();
    await super.destroy();
  }
}
