import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { after, before, describe, it } from "node:test";
import { type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let directory: string;
let database: TestDatabase;
let server: RunningServer;

// Large enough to be worth compressing, as a page's scripts are.
const widgetsScript = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, index) => `产教融合 ${index}`))};\n`;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose answer is read as sent, not decoded as fetch would decode it. */
function rawGet(path: string, headers: Record<string, string>, method = "GET"): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const asked = request(`${server.url}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    asked.on("error", reject);
    asked.end();
  });
}

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-static-"));
  const site = join(directory, "site");
  await mkdir(join(site, "cdn"), { recursive: true });
  await writeFile(join(site, "index.html"), "<!doctype html><title>demo</title>");
  await writeFile(join(site, "cdn", "bundle.js"), "export {};");
  await writeFile(join(site, "cdn", "bundle.js.map"), "{}");
  await writeFile(join(site, "style.css"), "p{}");
  await writeFile(join(site, "cdn", "widgets.js"), widgetsScript);
  await writeFile(join(site, "logo.png"), Buffer.alloc(4096, 7));
  await writeFile(join(directory, "secret.txt"), "secret");
  database = await createTestDatabase("static");
  server = await startServer({ db: database.location, port: 0, static: { "/examples": site } });
});
after(async () => {
  await server.close();
  await database.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("static files", () => {
  it("serves files under their prefix with their content types", async () => {
    const cases: Array<[string, RegExp]> = [
      ["/examples/", /^text\/html/],
      ["/examples/index.html", /^text\/html/],
      ["/examples/cdn/bundle.js", /^text\/javascript/],
      ["/examples/cdn/bundle.js.map", /^application\/json/],
      ["/examples/style.css", /^text\/css/],
    ];
    for (const [path, type] of cases) {
      const response = await fetch(`${server.url}${path}`);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get("content-type") ?? "", type, path);
      await response.text();
    }
  });

  it("never serves a file outside the directory", async () => {
    for (const path of ["/examples/../secret.txt", "/examples/%2e%2e/secret.txt", "/examples/..%2fsecret.txt", "/examples/%2e%2e%2fsecret.txt", "/examples/missing.html"]) {
      const response = await fetch(`${server.url}${path}`);
      const text = await response.text();
      assert.equal(response.status, 404, path);
      assert.notEqual(text, "secret", path);
    }
  });

  it("sends scripts compressed to clients that accept it, brotli first, and as they are to others", async () => {
    const brotli = await rawGet("/examples/cdn/widgets.js", { "Accept-Encoding": "gzip, br" });
    assert.equal(brotli.status, 200);
    assert.equal(brotli.headers["content-encoding"], "br");
    assert.equal(brotli.headers["content-length"], String(brotli.body.byteLength));
    assert.ok(brotli.body.byteLength < Buffer.byteLength(widgetsScript) / 2, "the compressed script is less than half the file");
    assert.equal(brotliDecompressSync(brotli.body).toString(), widgetsScript);
    assert.match(String(brotli.headers.vary), /accept-encoding/i);

    const gzip = await rawGet("/examples/cdn/widgets.js", { "Accept-Encoding": "gzip" });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gzip.body).toString(), widgetsScript);
    assert.equal(gzip.headers.etag, brotli.headers.etag, "one version of the file, whatever its encoding");

    const plain = await rawGet("/examples/cdn/widgets.js", { "Accept-Encoding": "identity" });
    assert.equal(plain.headers["content-encoding"], undefined);
    assert.equal(plain.body.toString(), widgetsScript);
    assert.match(String(plain.headers.vary), /accept-encoding/i, "a cache must not give the plain file to a client that takes brotli, or the reverse");
  });

  it("answers HEAD and revalidations of a compressed file without a body", async () => {
    const head = await rawGet("/examples/cdn/widgets.js", { "Accept-Encoding": "br" }, "HEAD");
    assert.equal(head.status, 200);
    assert.equal(head.headers["content-encoding"], "br");
    assert.equal(head.body.byteLength, 0);
    const revalidated = await rawGet("/examples/cdn/widgets.js", { "Accept-Encoding": "br", "If-None-Match": String(head.headers.etag) });
    assert.equal(revalidated.status, 304);
    assert.equal(revalidated.body.byteLength, 0);
    assert.match(String(revalidated.headers.vary), /accept-encoding/i);
  });

  it("leaves images and files too small to gain as they are", async () => {
    for (const path of ["/examples/logo.png", "/examples/style.css"]) {
      const answer = await rawGet(path, { "Accept-Encoding": "br, gzip" });
      assert.equal(answer.status, 200, path);
      assert.equal(answer.headers["content-encoding"], undefined, path);
    }
  });
});

