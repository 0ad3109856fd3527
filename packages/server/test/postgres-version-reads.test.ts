import assert from "node:assert/strict";
import { createServer, type Server, type Socket, connect } from "node:net";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import pg from "pg";
import type { DataVersion } from "../src/db/data-version.ts";
import { PostgresVersionReads, versionReadConnections, versionReaderApplicationName } from "../src/db/postgres-version-reads.ts";
import { openDatabase } from "../src/index.ts";
import { createTestDatabase, type TestDatabase, testPostgresUrl } from "./helpers.ts";

let database: TestDatabase;
/** Another process's writes, as far as the reads can tell: a connection of its own. */
let writer: pg.Client;

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function bump(): Promise<number> {
  const { rows } = await writer.query<{ version: string }>("update data_version set version = version + 1 returning version");
  return Number(rows[0]!.version);
}

/** The version from the first read made once the connections are there (they are made on first use). */
async function firstVersion(reads: PostgresVersionReads): Promise<DataVersion> {
  for (;;) {
    const version = await reads.read();
    if (version) return version;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the reads have all their connections, as the database counts them. */
async function allConnected(): Promise<void> {
  for (;;) {
    const { rows } = await writer.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1", [
      versionReaderApplicationName,
    ]);
    if (rows[0]!.n === versionReadConnections) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A TCP relay to the database that can hold back the next answer the database sends (on whichever
 * connection it comes), as a slow network would, until released.
 */
async function relayTo(location: string): Promise<{ url: string; holdNextAnswer(): Promise<() => void>; close(): Promise<void> }> {
  const target = new URL(location);
  const sockets = new Set<Socket>();
  let holding: ((release: () => void) => void) | undefined;
  const relay: Server = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    for (const socket of [client, server]) {
      sockets.add(socket);
      socket.on("error", () => {});
      socket.on("close", () => (client.destroy(), server.destroy()));
    }
    client.on("data", (chunk) => server.write(chunk));
    server.on("data", (chunk) => {
      const hold = holding;
      if (!hold) return void client.write(chunk);
      holding = undefined;
      server.pause();
      hold(() => {
        client.write(chunk);
        server.resume();
      });
    });
  });
  relay.listen(0, "127.0.0.1");
  await new Promise((resolve) => relay.once("listening", resolve));
  const url = new URL(location);
  url.port = String((relay.address() as AddressInfo).port);
  return {
    url: url.toString(),
    holdNextAnswer: () => new Promise((resolve) => (holding = resolve)),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => relay.close(resolve));
    },
  };
}

describe("PostgreSQL's version reads", { skip: testPostgresUrl === undefined && "runs against PostgreSQL only" }, () => {
  before(async () => {
    database = await createTestDatabase("version-reads");
    const db = await openDatabase(database.location);
    await db.destroy();
    writer = new pg.Client({ connectionString: database.location });
    await writer.connect();
  });
  after(async () => {
    await writer?.end();
    await database?.drop();
  });

  it("answers every request with a version at least as new as every write committed before it asked, while earlier reads are on their way", async () => {
    const reads = new PostgresVersionReads(database.location);
    try {
      let committed = (await firstVersion(reads)).version;
      let writing = true;
      const writes = (async () => {
        for (let write = 0; write < 150; write++) committed = await bump();
        writing = false;
      })();
      const checks: Array<Promise<void>> = [];
      while (writing) {
        const knownWhenAsked = committed;
        checks.push(reads.read()!.then((version) => assert.ok(version && version.version >= knownWhenAsked, `${version?.version} after ${knownWhenAsked}`)));
        await nextTurn();
      }
      await writes;
      await Promise.all(checks);
      assert.ok(checks.length > 150, "requests kept arriving while the writes committed");
    } finally {
      await reads.close();
    }
  });

  it("sends a request's read at once while an earlier read's answer is held up, and that read sees a write the earlier one missed", { timeout: 30_000 }, async () => {
    // A request that waited for the held answer would never be answered: the bound makes that a failure.
    const relay = await relayTo(database.location);
    const reads = new PostgresVersionReads(relay.url);
    try {
      const before = (await firstVersion(reads)).version;
      await allConnected();
      const held = relay.holdNextAnswer();
      const earlier = reads.read()!;
      const release = await held;
      const written = await bump();
      const later = await reads.read();
      assert.equal(later?.version, written, "answered while the earlier read is still held up");
      release();
      assert.equal((await earlier)?.version, before, "the earlier read began before the write");
    } finally {
      await reads.close();
      await relay.close();
    }
  });

  it("shares one read among the requests of a turn of the event loop", async () => {
    const reads = new PostgresVersionReads(database.location);
    try {
      const expected = await bump();
      await firstVersion(reads);
      const asked = Array.from({ length: 50 }, () => reads.read());
      assert.equal(new Set(asked).size, 1);
      assert.equal((await asked[0])?.version, expected);
    } finally {
      await reads.close();
    }
  });

  it("answers through the pool while its connections are lost, then connects again and sees every write", async () => {
    const reads = new PostgresVersionReads(database.location);
    try {
      await firstVersion(reads);
      await allConnected();
      // Waits (up to 5 s) until each has ended.
      await writer.query("select pg_terminate_backend(pid, 5000) from pg_stat_activity where datname = current_database() and application_name = $1", [versionReaderApplicationName]);
      assert.equal(await reads.read(), undefined, "with no connection left, the caller asks through the pool");
      const written = await bump();
      assert.ok((await firstVersion(reads)).version >= written);
      await allConnected();
      assert.equal((await reads.read())?.version, written);
    } finally {
      await reads.close();
    }
  });

  it("settles the reads still waiting when it closes", async () => {
    const reads = new PostgresVersionReads(database.location);
    await firstVersion(reads);
    const waiting = reads.read();
    await reads.close();
    assert.equal(await waiting, undefined);
    assert.equal(reads.read(), undefined);
  });
});
