import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let dir: string;

before(async () => {
  database = await createTestDatabase("console-mount");
  dir = await mkdtemp(join(tmpdir(), "chanjiao-console-dist-"));
  await mkdir(join(dir, "assets"));
  await writeFile(join(dir, "index.html"), "<!doctype html><title>console</title>");
  await writeFile(join(dir, "assets", "index-1.js"), "export {};");
  server = await startServer({ db: database.location, port: 0, console: dir });
});
after(async () => {
  await server?.close();
  await database?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("the console at /console/", () => {
  it("serves the built files under the console's own policy, and /console goes to /console/", async () => {
    const page = await fetch(`${server.url}/console/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<title>console/);
    const policy = page.headers.get("content-security-policy") ?? "";
    for (const directive of ["script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'", "require-trusted-types-for 'script'"]) assert.ok(policy.includes(directive), directive);
    assert.equal((await fetch(`${server.url}/console/assets/index-1.js`)).status, 200);
    const bare = await fetch(`${server.url}/console`, { redirect: "manual" });
    assert.equal(bare.status, 301);
    assert.equal(bare.headers.get("location"), "/console/");
  });

  it("serves only the files the build left, listed when the server started", async () => {
    await writeFile(join(dir, "assets", "later.js"), "export {};");
    assert.equal((await fetch(`${server.url}/console/assets/later.js`)).status, 404);
    assert.equal((await fetch(`${server.url}/console/../package.json`)).status, 404);
  });

  it("refuses to start on a console that is not built, saying how to build it or go without", async () => {
    for (const missing of [join(dir, "nowhere"), join(dir, "assets")]) {
      await assert.rejects(startServer({ db: database.location, port: 0, console: missing }), (error: Error) => {
        assert.ok(error.message.includes(missing), error.message);
        assert.match(error.message, /console is not built/);
        assert.match(error.message, /pnpm --filter @chanjiao\/console build/);
        assert.match(error.message, /--no-console/);
        return true;
      });
    }
  });

  it("is not served without the option", async () => {
    const plain = await startServer({ db: database.location, port: 0 });
    try {
      assert.equal((await fetch(`${plain.url}/console/`)).status, 404);
    } finally {
      await plain.close();
    }
  });
});
