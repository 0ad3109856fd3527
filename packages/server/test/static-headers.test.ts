import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type RunningServer, startServer } from "../src/index.ts";

const policy = "default-src 'self'; script-src 'self'";
let directory: string;
let server: RunningServer;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-static-headers-"));
  for (const folder of ["strict", "plain"]) {
    await mkdir(join(directory, folder));
    await writeFile(join(directory, folder, "index.html"), `<!doctype html><title>${folder}</title>`);
  }
  server = await startServer({
    db: join(directory, "static.db"),
    port: 0,
    static: {
      "/strict/": { dir: join(directory, "strict"), headers: { "Content-Security-Policy": policy, "X-Example": "strict" } },
      "/": join(directory, "plain"),
    },
  });
});
after(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe("static files with headers of their own", () => {
  it("sends a mount's headers with its files, in place of a default of the same name", async () => {
    const response = await fetch(`${server.url}/strict/`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>strict<\/title>/);
    assert.equal(response.headers.get("content-security-policy"), policy);
    assert.equal(response.headers.get("x-example"), "strict");
    assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
  });

  it("sends them with no other mount's files", async () => {
    const response = await fetch(`${server.url}/index.html`);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /<title>plain<\/title>/);
    assert.notEqual(response.headers.get("content-security-policy"), policy);
    assert.equal(response.headers.get("x-example"), null);
  });
});
