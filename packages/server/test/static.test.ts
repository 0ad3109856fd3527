import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let directory: string;
let database: TestDatabase;
let server: RunningServer;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-static-"));
  const site = join(directory, "site");
  await mkdir(join(site, "cdn"), { recursive: true });
  await writeFile(join(site, "index.html"), "<!doctype html><title>demo</title>");
  await writeFile(join(site, "cdn", "bundle.js"), "export {};");
  await writeFile(join(site, "cdn", "bundle.js.map"), "{}");
  await writeFile(join(site, "style.css"), "p{}");
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
});
