import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { ChildProcess } from "node:child_process";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { startCli, stopChild } from "./cli-process.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let first: RunningServer;
/** A second server process on the same database, as several instances behind a load balancer would be. */
let second: { url: string; child: ChildProcess };
let key: string;
const school = "sample-school-01";

before(async () => {
  database = await createTestDatabase("read-cache");
  first = await startServer({ db: database.location, port: 0 });
  const { child, api } = await startCli(["--db", database.location, "--port", "0", "--host", "127.0.0.1"]);
  second = { url: api.replace(/\/v1$/, ""), child };
  const db = await openDatabase(database.location);
  key = (await createApiKey(db, { organisationId: school })).key;
  await db.destroy();
});
after(async () => {
  await first?.close();
  await stopChild(second?.child, "SIGTERM");
  await database?.drop();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent, before any decoding. */
  bytes: Buffer;
}

/** A GET with node:http, which (unlike fetch) shows the bytes as they were sent. */
function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, bytes: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

function write(method: "POST" | "PATCH", path: string, body: unknown, ifMatch?: string): Promise<Response> {
  return fetch(`${first.url}/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...(ifMatch ? { "If-Match": ifMatch } : {}) },
    body: JSON.stringify(body),
  });
}

const listPath = `/v1/programmes?schoolId=${school}&limit=100`;
const programme = {
  schoolId: school,
  majorId: null,
  majorCode: "460303",
  majorName: "电气自动化技术（现代学徒制）",
  majorCategoryId: "mc-46",
  level: "高职专科",
  years: 3,
  trainingModes: ["学徒制"],
  partnerIds: [],
  enrolmentPlan: 45,
  year: 2026,
  region: "320400",
  source: "学校招生章程（2026）",
};

describe("collection pages and records answered from memory by data version", () => {
  it("answers a page's revalidation with 304, and a write through another server changes the page at once", async () => {
    const page = await fetch(`${second.url}${listPath}`);
    const etag = page.headers.get("etag")!;
    const before = (await page.json()) as { items: { id: string }[] };
    assert.equal((await fetch(`${second.url}${listPath}`, { headers: { "If-None-Match": etag } })).status, 304);

    const created = await write("POST", "/programmes", programme);
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as { id: string };

    const stale = await fetch(`${second.url}${listPath}`, { headers: { "If-None-Match": etag } });
    assert.equal(stale.status, 200, "the old ETag no longer matches");
    const after = (await stale.json()) as { items: { id: string }[] };
    assert.equal(after.items.length, before.items.length + 1);
    assert.ok(after.items.some((item) => item.id === id), "the new programme is listed by the other server");
    assert.notEqual(stale.headers.get("etag"), etag);
  });

  it("keeps a record's own ETag, which writes check, and never answers a changed record from before", async () => {
    const { id } = (await (await write("POST", "/programmes", { ...programme, majorCode: "460305", majorName: "工业机器人技术" })).json()) as { id: string };
    const read = await fetch(`${second.url}/v1/programmes/${id}`);
    const etag = read.headers.get("etag")!;
    assert.equal((await fetch(`${second.url}/v1/programmes/${id}`, { headers: { "If-None-Match": etag } })).status, 304);

    const patched = await write("PATCH", `/programmes/${id}`, { enrolmentPlan: 60 }, etag);
    assert.equal(patched.status, 200, await patched.clone().text());
    const reread = await fetch(`${second.url}/v1/programmes/${id}`, { headers: { "If-None-Match": etag } });
    assert.equal(reread.status, 200);
    assert.equal(((await reread.json()) as { enrolmentPlan: number }).enrolmentPlan, 60);
    assert.equal(reread.headers.get("etag"), patched.headers.get("etag"), "the read's ETag is the one the write answered");
  });

  it("gives each request its own request id and the security headers, from memory too", async () => {
    const answers = [await fetch(`${first.url}/v1/consortia?limit=5`), await fetch(`${first.url}/v1/consortia?limit=5`)];
    const ids = answers.map((answer) => answer.headers.get("x-request-id"));
    assert.notEqual(ids[0], ids[1]);
    for (const answer of answers) {
      assert.equal(answer.headers.get("x-content-type-options"), "nosniff");
      assert.equal(answer.headers.get("access-control-allow-origin"), "*");
      assert.equal(answer.headers.get("cache-control"), "public, max-age=60");
    }
  });
});

describe("compressed answers", () => {
  const path = "/v1/consortia?limit=50";

  it("sends brotli, then gzip, as the client accepts them, with the same JSON as uncompressed", async () => {
    const plain = await rawGet(`${first.url}${path}`);
    assert.equal(plain.headers["content-encoding"], undefined);
    const json = JSON.parse(plain.bytes.toString("utf8"));

    const br = await rawGet(`${first.url}${path}`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br");
    assert.deepEqual(JSON.parse(brotliDecompressSync(br.bytes).toString("utf8")), json);
    assert.ok(br.bytes.length < plain.bytes.length / 3, `brotli ${br.bytes.length} B of ${plain.bytes.length} B`);

    const gzip = await rawGet(`${first.url}${path}`, { "Accept-Encoding": "gzip" });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.deepEqual(JSON.parse(gunzipSync(gzip.bytes).toString("utf8")), json);

    const refused = await rawGet(`${first.url}${path}`, { "Accept-Encoding": "br;q=0, gzip;q=0" });
    assert.equal(refused.headers["content-encoding"], undefined);
    assert.deepEqual(refused.bytes, plain.bytes);
  });

  it("names Accept-Encoding in Vary once, on full answers and on 304s", async () => {
    const answer = await rawGet(`${first.url}${path}`, { "Accept-Encoding": "br" });
    const notModified = await rawGet(`${first.url}${path}`, { "Accept-Encoding": "br", "If-None-Match": String(answer.headers.etag) });
    assert.equal(notModified.status, 304);
    for (const { headers } of [answer, notModified]) {
      const varies = String(headers.vary).split(",").map((name) => name.trim().toLowerCase());
      assert.deepEqual(varies.filter((name) => name === "accept-encoding"), ["accept-encoding"]);
    }
  });

  it("compresses the other answers of the API too, and leaves small ones plain", async () => {
    const document = await rawGet(`${first.url}/v1/openapi.json`, { "Accept-Encoding": "br" });
    assert.equal(document.headers["content-encoding"], "br");
    assert.equal(JSON.parse(brotliDecompressSync(document.bytes).toString("utf8")).openapi.startsWith("3."), true);

    const missing = await rawGet(`${first.url}/v1/programmes/no-such-programme`, { "Accept-Encoding": "br" });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers["content-encoding"], undefined);
    assert.equal(JSON.parse(missing.bytes.toString("utf8")).status, 404);
  });
});
