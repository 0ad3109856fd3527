import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/index.ts";
import { runCli, startCli, stopChild } from "./cli-process.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";
import { firstSupplyPeriod, supplyRows, writeSupplyCsv } from "./supply-file.ts";

const rowCount = 100_000;
const packageDirectory = fileURLToPath(new URL("..", import.meta.url));

let database: TestDatabase;
let directory: string;
let file: string;

before(async () => {
  database = await createTestDatabase("import-crash");
  directory = await mkdtemp(join(tmpdir(), "chanjiao-import-crash-"));
  file = join(directory, "supply.csv");
  await runCli(["keys", "list", "--db", database.location]);
  await writeSupplyCsv(file, await supplyRows(database.location, rowCount));
});
after(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

/** The imported figures, and the import's entries in the change log. */
async function state(location = database.location): Promise<{ rows: number; logged: number }> {
  const db = await openDatabase(location);
  try {
    const rows = await db.selectFrom("talent_supply").select((eb) => eb.fn.countAll().as("n")).where("period", ">=", firstSupplyPeriod).executeTakeFirstOrThrow();
    const logged = await db.selectFrom("change_log").select((eb) => eb.fn.countAll().as("n")).where("collection", "=", "talentSupply").where("via", "=", "import").executeTakeFirstOrThrow();
    return { rows: Number(rows.n), logged: Number(logged.n) };
  } finally {
    await db.destroy();
  }
}

describe("an import killed part way", () => {
  for (const afterMs of [1_500, 4_000]) {
    it(`leaves all of its rows or none, and a change log that agrees (SIGKILL after ${afterMs} ms)`, async () => {
      const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", "src/cli.ts", "import", "talent-supply", file, "--db", database.location], { cwd: packageDirectory, stdio: "ignore" });
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      await stopChild(child, "SIGKILL");
      const { rows, logged } = await state();
      assert.ok(rows === 0 || rows === rowCount, `${rows} rows`);
      assert.equal(logged, rows, "the change log agrees with the records");
    });
  }

  it("completes when left to run, and is then all there once", async () => {
    const result = await runCli(["import", "talent-supply", file, "--db", database.location]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual(await state(), { rows: rowCount, logged: rowCount });
  });
});

describe("a server killed during an import over HTTP", () => {
  let served: TestDatabase;
  let server: ChildProcess | undefined;
  before(async () => {
    served = await createTestDatabase("import-crash-http");
  });
  after(async () => {
    await stopChild(server);
    await served?.drop();
  });

  it("leaves all of the file's rows or none after a restart, with a change log that agrees", async () => {
    const started = await startCli(["--db", served.location, "--port", "0"]);
    server = started.child;
    const key = (await runCli(["keys", "create", "--db", served.location, "--organisation", "sample-school-01", "--role", "admin"])).stdout.trim();
    const upload = fetch(`${started.api}/talent-supply/imports`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "text/csv" }, body: await readFile(file) }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await stopChild(server, "SIGKILL");
    await upload;
    const { rows, logged } = await state(served.location);
    assert.ok(rows === 0 || rows === rowCount, `${rows} rows`);
    assert.equal(logged, rows, "the change log agrees with the records");
    // The restarted server serves what was committed.
    const restarted = await startCli(["--db", served.location, "--port", "0"]);
    server = restarted.child;
    const answer = await fetch(`${restarted.api}/talent-supply?period=${firstSupplyPeriod}&limit=1`);
    assert.equal(answer.status, 200);
    assert.equal(((await answer.json()) as { items: unknown[] }).items.length, rows === 0 ? 0 : 1);
  });
});
