import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { collections, createBodyOf } from "@chanjiao/sdk";
import { getRequestListener } from "@hono/node-server";
import { createServedApp } from "../src/app.ts";
import { createApiKey, type Database, openDatabase, seedDatabase } from "../src/index.ts";
import pg from "pg";
import { versionReaderApplicationName } from "../src/db/postgres-version-reads.ts";
import { createTestDatabase, type TestDatabase, testPostgresUrl } from "./helpers.ts";

// One app served twice: through Hono only (the full path), and with its kept answers sent straight
// through node:http (the direct path, as startServer serves it). The same URL must get the same answer.
let database: TestDatabase;
let db: Database;
let full: Server;
let direct: Server;
/** Requests the direct path answered itself. */
let directlyAnswered = 0;
/** A second server on the same database, through its own connection, as another process would be. */
let other: { db: Database; server: Server };
let key: string;

async function listening(server: Server): Promise<Server> {
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return server;
}

const originOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

before(async () => {
  database = await createTestDatabase("direct-reads");
  db = await openDatabase(database.location);
  await seedDatabase(db);
  const { app, directReads } = createServedApp(db);
  const hono = getRequestListener(app.fetch);
  full = await listening(createServer(hono));
  direct = await listening(
    createServer((incoming, outgoing) => {
      let toApp = false;
      outgoing.on("finish", () => (directlyAnswered += toApp ? 0 : 1));
      directReads(incoming, outgoing, () => {
        toApp = true;
        void hono(incoming, outgoing);
      });
    }),
  );
  const otherDb = await openDatabase(database.location);
  other = { db: otherDb, server: await listening(createServer(getRequestListener(createServedApp(otherDb).app.fetch))) };
  key = (await createApiKey(db, { organisationId: "sample-school-01" })).key;
});
after(async () => {
  for (const server of [full, direct, other?.server]) {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  }
  await db?.destroy();
  await other?.db.destroy();
  await database?.drop();
});

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  bytes: Buffer;
}

function raw(url: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

/** The headers a client compares: all but the date, the connection's own and the request id (random unless given). */
function comparable({ headers }: RawAnswer, keepRequestId = false): Record<string, unknown> {
  const skipped = ["date", "connection", "keep-alive", ...(keepRequestId ? [] : ["x-request-id"])];
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !skipped.includes(name)).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Asks both paths the same, the full path first (so that the answer is kept), and checks they answer alike. */
async function bothAlike(path: string, headers: Record<string, string> = {}, method = "GET", echoesRequestId = false): Promise<{ fromFull: RawAnswer; fromDirect: RawAnswer; answeredDirectly: boolean }> {
  const fromFull = await raw(`${originOf(full)}${path}`, headers, method);
  const before = directlyAnswered;
  const fromDirect = await raw(`${originOf(direct)}${path}`, headers, method);
  assert.equal(fromDirect.status, fromFull.status);
  assert.deepEqual(comparable(fromDirect, echoesRequestId), comparable(fromFull, echoesRequestId));
  // A problem's body names its request id.
  const withoutRequestId = ({ bytes, headers }: RawAnswer) => bytes.toString("latin1").replaceAll(String(headers["x-request-id"]), "");
  assert.equal(withoutRequestId(fromDirect), withoutRequestId(fromFull));
  assert.equal(typeof fromDirect.headers["x-request-id"], "string");
  return { fromFull, fromDirect, answeredDirectly: directlyAnswered > before };
}

/** Publishes a programme of the school (a copy of one of its own, renamed) through the other server, as a keeper's write through another process would be. */
async function createProgrammeThroughOtherServer(majorName: string): Promise<void> {
  const { items } = (await (await fetch(`${originOf(other.server)}/v1/programmes?schoolId=sample-school-01&limit=1`)).json()) as { items: Record<string, unknown>[] };
  const writable = createBodyOf(collections.programmes.schema).shape;
  const body = { ...Object.fromEntries(Object.entries(items[0]!).filter(([name]) => name in writable && name !== "id")), majorName };
  const created = await fetch(`${originOf(other.server)}/v1/programmes`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  assert.equal(created.status, 201, await created.text());
}

const page = "/v1/consortia?limit=50";
const record = "/v1/cooperation-projects/luban-thailand";

describe("kept answers sent straight through node:http", () => {
  for (const [name, path] of [
    ["a page", page],
    ["a record", record],
    ["a computed read", "/v1/talent/gaps?groupBy=majorCategory&region=320000"],
  ] as const) {
    it(`answers ${name} as the full path does: plain, brotli, gzip and 304`, async () => {
      await raw(`${originOf(full)}${path}`);
      const plain = await bothAlike(path);
      assert.equal(plain.fromDirect.status, 200);
      assert.ok(plain.answeredDirectly, "the kept answer went out directly");
      for (const encoding of ["br", "gzip"]) {
        const compressed = await bothAlike(path, { "Accept-Encoding": encoding });
        assert.equal(compressed.fromDirect.headers["content-encoding"], encoding);
        assert.ok(compressed.answeredDirectly);
      }
      const revalidated = await bothAlike(path, { "Accept-Encoding": "gzip, br", "If-None-Match": String(plain.fromFull.headers.etag) });
      assert.equal(revalidated.fromDirect.status, 304);
      assert.equal(revalidated.fromDirect.bytes.length, 0);
      assert.ok(revalidated.answeredDirectly);
    });
  }

  it("echoes a client's request id and replaces one that is too long or not a token, as the full path does", async () => {
    const given = await bothAlike(page, { "X-Request-Id": "portal-7f3a=" }, "GET", true);
    assert.equal(given.fromDirect.headers["x-request-id"], "portal-7f3a=");
    for (const hostile of ["<script>", "a".repeat(129), "id with spaces"]) {
      const replaced = await bothAlike(page, { "X-Request-Id": hostile });
      assert.ok(replaced.answeredDirectly);
      assert.notEqual(replaced.fromDirect.headers["x-request-id"], hostile);
      assert.match(String(replaced.fromDirect.headers["x-request-id"]), /^[\w-]{36}$/);
    }
  });

  it("leaves CORS preflights, problem answers, HEAD and requests with a key to the app, answered as before", async () => {
    const preflight = await bothAlike(page, { Origin: "https://portal.example", "Access-Control-Request-Method": "GET" }, "OPTIONS");
    assert.equal(preflight.fromDirect.status, 204);
    assert.equal(preflight.fromDirect.headers["access-control-allow-origin"], "*");
    assert.equal(preflight.answeredDirectly, false);

    const missing = await bothAlike("/v1/cooperation-projects/no-such-project");
    assert.equal(missing.fromDirect.status, 404);
    assert.equal(missing.fromDirect.headers["content-type"], "application/problem+json");
    assert.equal(missing.answeredDirectly, false);

    const invalid = await bothAlike("/v1/consortia?limit=oops");
    assert.equal(invalid.fromDirect.status, 400);
    assert.equal(invalid.answeredDirectly, false);

    const head = await bothAlike(page, {}, "HEAD");
    assert.equal(head.fromDirect.status, 200);
    assert.equal(head.answeredDirectly, false);

    const withKey = await bothAlike(page, { Authorization: `Bearer ${key}` });
    assert.equal(withKey.answeredDirectly, false);
  });

  it("never sends an answer from before a write made through another server on the database", async () => {
    const listPath = "/v1/programmes?schoolId=sample-school-01&limit=100";
    await raw(`${originOf(full)}${listPath}`);
    const before = await raw(`${originOf(direct)}${listPath}`);
    const count = (answer: RawAnswer) => (JSON.parse(answer.bytes.toString("utf8")) as { items: unknown[] }).items.length;

    await createProgrammeThroughOtherServer("电气自动化技术（订单班）");

    const answered = directlyAnswered;
    const afterWrite = await raw(`${originOf(direct)}${listPath}`, { "If-None-Match": String(before.headers.etag) });
    assert.equal(afterWrite.status, 200, "the old ETag no longer matches");
    assert.equal(count(afterWrite), count(before) + 1);
    assert.equal(directlyAnswered, answered, "the answer kept before the write is not sent");
    const again = await raw(`${originOf(direct)}${listPath}`);
    assert.equal(count(again), count(before) + 1);
    assert.equal(directlyAnswered, answered + 1, "the new answer is kept and sent directly");
  });

  it("answers a burst of requests made after a write through another server with the new answer, every one", async () => {
    const listPath = "/v1/programmes?schoolId=sample-school-01&limit=150";
    await raw(`${originOf(full)}${listPath}`);
    const before = await raw(`${originOf(direct)}${listPath}`);
    const count = (answer: RawAnswer) => (JSON.parse(answer.bytes.toString("utf8")) as { items: unknown[] }).items.length;

    await createProgrammeThroughOtherServer("工业机器人技术（订单班）");

    const burst = await Promise.all(Array.from({ length: 40 }, () => raw(`${originOf(direct)}${listPath}`, { "If-None-Match": String(before.headers.etag) })));
    for (const answer of burst) {
      assert.equal(answer.status, 200);
      assert.equal(count(answer), count(before) + 1);
    }
    const answered = directlyAnswered;
    const kept = await Promise.all(Array.from({ length: 40 }, () => raw(`${originOf(direct)}${listPath}`, { "If-None-Match": String(burst[0]!.headers.etag) })));
    assert.deepEqual(new Set(kept.map((answer) => answer.status)), new Set([304]));
    assert.equal(directlyAnswered, answered + 40, "the new answer is kept and sent directly to every request");
  });

  it("chooses the encoding of each Accept-Encoding as the full path does, however many different ones clients send", async () => {
    await raw(`${originOf(full)}${page}`);
    for (let index = 0; index < 150; index++) {
      const [acceptEncoding, expected] = [
        [`gzip;q=0.${index + 1}, x-${index}`, "gzip"],
        [`br;q=0, gzip;q=0, x-${index}`, undefined],
        [`x-${index}, *;q=0.5`, "br"],
      ][index % 3]!;
      const { fromDirect, answeredDirectly } = await bothAlike(page, { "Accept-Encoding": acceptEncoding! });
      assert.equal(fromDirect.headers["content-encoding"], expected, acceptEncoding);
      assert.ok(answeredDirectly);
    }
  });
});

describe("PostgreSQL's version reads out of reach", { skip: testPostgresUrl === undefined && "runs against PostgreSQL only" }, () => {
  it("asks the database through the pool while the connection of its version reads is lost, and sees every write", async () => {
    const listPath = "/v1/programmes?schoolId=sample-school-01&limit=200";
    await raw(`${originOf(full)}${listPath}`);
    const before = await raw(`${originOf(direct)}${listPath}`);
    const count = (answer: RawAnswer) => (JSON.parse(answer.bytes.toString("utf8")) as { items: unknown[] }).items.length;

    const admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and application_name = $2", [
        new URL(database.location).pathname.slice(1),
        versionReaderApplicationName,
      ]);
      assert.ok(rowCount && rowCount >= 1, "the version reads had a connection");
    } finally {
      await admin.end();
    }
    await createProgrammeThroughOtherServer("电气自动化技术（学徒制班）");

    const afterWrite = await raw(`${originOf(direct)}${listPath}`);
    assert.equal(afterWrite.status, 200);
    assert.equal(count(afterWrite), count(before) + 1);
    const again = await raw(`${originOf(direct)}${listPath}`);
    assert.equal(count(again), count(before) + 1);
  });
});
