import { type PostgresDialectConfig, PostgresDriver } from "kysely";
import pg from "pg";
import type { DataVersion } from "./data-version.js";
import { prepareVersionQuery, readVersion } from "./postgres-version-query.js";

/** How long to wait before connecting again after a connection was lost. */
const reconnectDelayMs = 1_000;

/**
 * Connections kept for version reads. Two, so that the requests arriving while one read is on its
 * way have theirs sent at once on the other; not more, so that when both are busy the requests of
 * the next turns share one read, which keeps the reads per answer, and their cost, down under load.
 */
export const versionReadConnections = 2;

/** How the connections show in `pg_stat_activity`. */
export const versionReaderApplicationName = "chanjiao-server version reads";

/** A read that requests join until it is sent. */
interface Gathering {
  promise: Promise<DataVersion | undefined>;
  settle(version: DataVersion | undefined): void;
}

/** One connection for version reads: connected, or being made, or waiting to be made again. */
interface VersionConnection {
  client: pg.Client | undefined;
  connected: boolean;
  busy: boolean;
  retry: NodeJS.Timeout | undefined;
}

/**
 * The data version of a PostgreSQL database, read with one prepared statement (see
 * postgres-version-query.ts) on connections of its own (no query builder, no pool). The requests
 * that arrive in one turn of the event loop share one read, sent once the turn has read every
 * request it will (setImmediate), on a connection that is free; while every connection has a read
 * on its way, they wait for the first to come free, and the requests of later turns join them
 * until it does. A read thus always begins after each request
 * it answers arrived, so a request sees every write that committed before it (through any server),
 * and waits about one round trip, not the rest of a read sent before it came and then its own.
 * While no connection is there (being made, or lost), `read` answers undefined and the caller asks
 * the database through the pool, as it would without this.
 */
export class PostgresVersionReads {
  readonly #url: string;
  readonly #connections: VersionConnection[] = Array.from({ length: versionReadConnections }, () => ({ client: undefined, connected: false, busy: false, retry: undefined }));
  /** The read that requests arriving now join, not sent yet. */
  #gathering: Gathering | undefined;
  #sendScheduled = false;
  #closed = false;

  constructor(url: string) {
    this.#url = url;
  }

  /** The current version, from a read that starts after this call; undefined when no connection is there. */
  read(): Promise<DataVersion | undefined> | undefined {
    if (!this.#connections.some((connection) => connection.connected)) {
      for (const connection of this.#connections) if (!connection.client && !connection.retry) this.#connect(connection);
      return undefined;
    }
    if (!this.#gathering) {
      let settle: Gathering["settle"] = () => {};
      const promise = new Promise<DataVersion | undefined>((resolve) => (settle = resolve));
      this.#gathering = { promise, settle };
    }
    if (!this.#sendScheduled) {
      this.#sendScheduled = true;
      setImmediate(() => {
        this.#sendScheduled = false;
        this.#send();
      });
    }
    return this.#gathering.promise;
  }

  async close(): Promise<void> {
    this.#closed = true;
    const clients = this.#connections.map((connection) => {
      clearTimeout(connection.retry);
      const { client } = connection;
      Object.assign(connection, { client: undefined, connected: false, retry: undefined });
      return client;
    });
    this.#settleGathered(undefined);
    await Promise.all(clients.map((client) => client?.end().catch(() => {})));
  }

  /** Sends the gathered read on a free connection; without one it waits for one to come free (see #query). */
  #send(): void {
    if (!this.#gathering) return;
    if (!this.#connections.some((connection) => connection.connected)) return this.#settleGathered(undefined);
    const free = this.#connections.find((connection) => connection.connected && !connection.busy);
    if (!free) return;
    const { settle } = this.#gathering;
    this.#gathering = undefined;
    void this.#query(free).then(settle);
  }

  /** Settles the gathered read without asking the database. */
  #settleGathered(version: DataVersion | undefined): void {
    const gathering = this.#gathering;
    this.#gathering = undefined;
    gathering?.settle(version);
  }

  async #query(connection: VersionConnection): Promise<DataVersion | undefined> {
    const { client } = connection;
    connection.busy = true;
    try {
      return await readVersion(client!);
    } catch {
      this.#lose(connection, client);
      return undefined;
    } finally {
      connection.busy = false;
      this.#send();
    }
  }

  #connect(connection: VersionConnection): void {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 10_000, application_name: versionReaderApplicationName });
    connection.client = client;
    client.on("error", () => this.#lose(connection, client));
    client.on("end", () => this.#lose(connection, client));
    client.connect().then(() => prepareVersionQuery(client)).then(
      () => {
        if (client !== connection.client) return;
        connection.connected = true;
        this.#send();
      },
      () => this.#lose(connection, client),
    );
  }

  /** Drops `client` and, unless closed, connects again a little later. */
  #lose(connection: VersionConnection, client: pg.Client | undefined): void {
    if (!client || client !== connection.client) return;
    Object.assign(connection, { client: undefined, connected: false });
    client.end().catch(() => {});
    // Requests waiting for a connection to come free are answered through the pool when none is left.
    this.#send();
    if (this.#closed) return;
    connection.retry = setTimeout(() => {
      connection.retry = undefined;
      this.#connect(connection);
    }, reconnectDelayMs);
    connection.retry.unref();
  }
}

/** Kysely's PostgreSQL driver, closing the version reads' connections with the pool. */
export class VersionReadingPostgresDriver extends PostgresDriver {
  readonly #reads: PostgresVersionReads;

  constructor(config: PostgresDialectConfig, reads: PostgresVersionReads) {
    super(config);
    this.#reads = reads;
  }

  override async destroy(): Promise<void> {
    await this.#reads.close();
    await super.destroy();
  }
}
