import { type PostgresDialectConfig, PostgresDriver } from "kysely";
import pg from "pg";
import type { DataVersion } from "./data-version.js";

/** How long to wait before connecting again after the connection was lost. */
const reconnectDelayMs = 1_000;

/** How the connection shows in `pg_stat_activity`. */
export const versionReaderApplicationName = "chanjiao-server version reads";

/**
 * The data version of a PostgreSQL database, read on a connection of its own with one plain query
 * (no query builder, no pool), shared by every request that arrived before it was sent: while one
 * read is on its way, the requests that arrive wait for the next, which starts when it returns. A
 * request is thus answered from a read that began after it arrived, so it sees every write that
 * committed before (through any server), and a burst of requests costs one round trip, not one each.
 * While the connection is being made or is lost, `read` answers undefined and the caller asks the
 * database through the pool, as it would without this.
 */
export class PostgresVersionReads {
  readonly #url: string;
  #client: pg.Client | undefined;
  #connected = false;
  #inFlight: Promise<DataVersion | undefined> | undefined;
  #next: Promise<DataVersion | undefined> | undefined;
  #retry: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(url: string) {
    this.#url = url;
  }

  /** The current version, from a read that starts after this call; undefined when the connection is not there. */
  read(): Promise<DataVersion | undefined> | undefined {
    if (!this.#connected) {
      if (!this.#client && !this.#retry) this.#connect();
      return undefined;
    }
    if (!this.#inFlight) return (this.#inFlight = this.#query());
    this.#next ??= this.#inFlight.then(() => {
      this.#next = undefined;
      return (this.#inFlight = this.#query());
    });
    return this.#next;
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    const client = this.#client;
    this.#client = undefined;
    this.#connected = false;
    await client?.end().catch(() => {});
  }

  async #query(): Promise<DataVersion | undefined> {
    const client = this.#client;
    try {
      if (!client) return undefined;
      const { rows } = await client.query<{ epoch: string; version: unknown }>("select epoch, version from data_version");
      return rows[0] ? { epoch: rows[0].epoch, version: Number(rows[0].version) } : undefined;
    } catch {
      this.#lose(client);
      return undefined;
    } finally {
      this.#inFlight = undefined;
    }
  }

  #connect(): void {
    if (this.#closed) return;
    const client = new pg.Client({ connectionString: this.#url, connectionTimeoutMillis: 10_000, application_name: versionReaderApplicationName });
    this.#client = client;
    client.on("error", () => this.#lose(client));
    client.on("end", () => this.#lose(client));
    client.connect().then(
      () => {
        if (client === this.#client) this.#connected = true;
      },
      () => this.#lose(client),
    );
  }

  /** Drops `client` and, unless closed, connects again a little later. */
  #lose(client: pg.Client | undefined): void {
    if (!client || client !== this.#client) return;
    this.#client = undefined;
    this.#connected = false;
    client.end().catch(() => {});
    if (this.#closed) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      this.#connect();
    }, reconnectDelayMs);
    this.#retry.unref();
  }
}

/** Kysely's PostgreSQL driver, closing the version reads' connection with the pool. */
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
