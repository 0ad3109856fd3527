import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/index.ts";
import { runCli, stopChild } from "./cli-process.ts";
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
async function state(): Promise<{ rows: number; logged: number }> {
  const db = await openDatabase(database.location);
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
