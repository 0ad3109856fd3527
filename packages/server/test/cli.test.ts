import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { collections, page } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
let database: TestDatabase;
let child: ChildProcess | undefined;

before(async () => {
  database = await createTestDatabase("cli");
});
after(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGKILL");
    await once(child, "exit");
  }
  await database.drop();
});

/** Resolves with the API URL the CLI prints. */
function waitForUrl(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    process.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/v1)/.exec(output);
      if (match) resolve(match[1]!);
    });
    process.once("exit", (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
}

describe("chanjiao-server CLI", () => {
  it("prints --help", async () => {
    const help = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", "src/cli.ts", "--help"], { cwd: packageDirectory });
    let output = "";
    help.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const [code] = await once(help, "exit");
    assert.equal(code, 0);
    assert.match(output, /--db FILE/);
  });

  it("creates and seeds the database, serves on the port it prints, stops on SIGTERM", async () => {
    child = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", "src/cli.ts", "--db", database.location, "--port", "0"], {
      cwd: packageDirectory,
      stdio: ["ignore", "pipe", "inherit"],
    });
    const api = await waitForUrl(child);
    assert.doesNotMatch(api, /:0\//);
    const response = await fetch(`${api}/regions?limit=200`);
    assert.equal(response.status, 200);
    const body = z.parse(page(collections.regions.schema), await response.json());
    assert.ok(body.items.length >= 34);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
  });
});
