import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { createApp, type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { sql } from "kysely";
import { isPostgres } from "../src/db/dialect.ts";
import { importRecords } from "../src/import/import-records.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";
import { firstSupplyPeriod, supplyRows, writeSupplyCsv } from "./supply-file.ts";

const rowCount = 20_000;

let database: TestDatabase;
let directory: string;
let db: Database;
let bytes: Buffer;

before(async () => {
  database = await createTestDatabase("import-reads");
  directory = await mkdtemp(join(tmpdir(), "chanjiao-import-reads-"));
  db = await openDatabase(database.location);
  await seedDatabase(db);
  const file = join(directory, "supply.csv");
  await writeSupplyCsv(file, await supplyRows(database.location, rowCount));
  bytes = await readFile(file);
});
after(async () => {
  await db?.destroy();
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

/** The names of the talent-supply table's indexes. */
async function supplyIndexes(): Promise<string[]> {
  const query = isPostgres(db)
    ? sql<{ name: string }>`select indexname as name from pg_indexes where tablename = 'talent_supply' order by indexname`
    : sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'talent_supply' order by name`;
  return (await query.execute(db)).rows.map((row) => row.name);
}

describe("reads while a large import runs", () => {
  it("are answered at once, with the data as it was before the import, which then appears all at once", async () => {
    const app = createApp(db);
    const figures = `/v1/talent-supply?period=${firstSupplyPeriod}&limit=5`;
    const itemsOf = async (response: Response) => ((await response.json()) as { items: unknown[] }).items.length;
    const total = "/v1/talent-supply?limit=1";
    const seedFirst = await (await app.request(total)).text();
    const indexes = await supplyIndexes();
    let importing = true;
    let read: Promise<{ status: number; items: number; answeredWhileImporting: boolean }> | undefined;
    const report = await importRecords(db, {
      collection: "talentSupply",
      bytes,
      declared: "supply.csv",
      writer: { organisationId: null, keyId: null, role: "admin", via: "import" },
      // Once the import has stored some thousands of rows (its transaction open), a reader asks.
      onProgress: (rows) => {
        if (rows >= 5_000 && !read) read = Promise.resolve(app.request(figures)).then(async (response) => ({ status: response.status, items: await itemsOf(response), answeredWhileImporting: importing }));
      },
    });
    importing = false;
    assert.equal(report.created, rowCount, JSON.stringify(report.problems.slice(0, 3)));
    assert.ok(read, "the import reported its progress");
    const answer = await read;
    assert.deepEqual(answer, { status: 200, items: 0, answeredWhileImporting: true }, "answered during the import, without any of its rows");
    assert.equal(await (await app.request(total)).text(), seedFirst, "other reads unchanged");
    assert.equal(await itemsOf(await app.request(figures)), 5, "the imported rows are there once it has ended");
    assert.deepEqual(await supplyIndexes(), indexes, "the table's indexes, built again at the end of the import");
  });

  it("leaves the table's indexes as they were when a bad row ends a large import", async () => {
    const indexes = await supplyIndexes();
    // More new figures (later periods) than the table holds, so that the import drops its indexes, then a bad row at the end.
    const file = join(directory, "later.csv");
    await writeSupplyCsv(file, (await supplyRows(database.location, 30_000)).map((row) => ({ ...row, period: row.period + 50 })));
    const bad = Buffer.concat([await readFile(file), Buffer.from("320500,320000,mc-46,高职专科,2099,很多,市教育局汇总,否\n")]);
    const report = await importRecords(db, { collection: "talentSupply", bytes: bad, declared: "supply.csv", writer: { organisationId: null, keyId: null, role: "admin", via: "import" } });
    assert.equal(report.written, false);
    assert.equal(report.problems.length, 1, JSON.stringify(report.problems.slice(0, 3)));
    assert.deepEqual(await supplyIndexes(), indexes);
  });
});
