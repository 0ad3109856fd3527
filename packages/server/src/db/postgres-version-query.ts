import type pg from "pg";
import type { DataVersion } from "./data-version.js";

const statementName = "chanjiao-data-version";

/** Prepares the version query on a new connection; it fails, as the reads would, when the table is not there. */
export async function prepareVersionQuery(client: pg.Client): Promise<void> {
  await client.query({ name: statementName, text: "select epoch, version from data_version" });
}

/** One message of PostgreSQL's wire protocol: its type, its length, its body. */
function message(type: string, body: Uint8Array): Buffer {
  const bytes = Buffer.alloc(5 + body.byteLength);
  bytes.write(type, 0, "latin1");
  bytes.writeInt32BE(4 + body.byteLength, 1);
  bytes.set(body, 5);
  return bytes;
}

/**
 * Runs the prepared statement: bind it (unnamed portal, no parameters, text results), execute it,
 * sync. Made once: every read sends the same bytes.
 */
const runPrepared = Buffer.concat([
  message("B", Buffer.concat([Buffer.from(`\0${statementName}\0`, "latin1"), Buffer.alloc(6)])),
  message("E", Buffer.alloc(5)),
  message("S", Buffer.alloc(0)),
]);

/**
 * A read of the prepared version query handed to `pg` as a submittable, so that `pg` keeps the
 * connection's state while the read skips what a general query pays for: the statement's
 * description, the query object, the result's rows and type parsing. The row's fields come as text.
 */
class VersionRead implements pg.Submittable {
  readonly #settle: (version: DataVersion | undefined, failure?: Error) => void;
  #fields: unknown[] | undefined;
  #failure: Error | undefined;

  constructor(settle: (version: DataVersion | undefined, failure?: Error) => void) {
    this.#settle = settle;
  }

  submit(connection: pg.Connection): void {
    connection.stream.write(runPrepared);
  }

  handleDataRow(message: { fields: unknown[] }): void {
    this.#fields = message.fields;
  }

  /** A failure of the statement (PostgreSQL then says it is ready again) or of the connection (it then says nothing more). */
  handleError(error: Error): void {
    this.#failure = error;
    this.#settle(undefined, error);
  }

  handleReadyForQuery(): void {
    const [epoch, version] = this.#fields ?? [];
    this.#settle(typeof epoch === "string" ? { epoch, version: Number(version) } : undefined, this.#failure);
  }

  handleRowDescription(): void {}
  handleCommandComplete(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
}

/** The data version, read with the statement {@link prepareVersionQuery} prepared on `client`; undefined when the table has no row. */
export function readVersion(client: pg.Client): Promise<DataVersion | undefined> {
  return new Promise((resolve, reject) => {
    client.query(new VersionRead((version, failure) => (failure ? reject(failure) : resolve(version))));
  });
}
