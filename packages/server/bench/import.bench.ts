// Import of 100,000 talent-supply rows from a CSV file, against inserting the same rows in one
// transaction with plain prepared statements, on the same store in the same run; and the peak
// memory of the import (in a process of its own).
//
// The import runs from the built package (dist/), as the command does: build it first.
//
//   pnpm bench                              SQLite, then PostgreSQL (a throwaway server)
//   node --import tsx bench/import.bench.ts   the store of CHANJIAO_TEST_POSTGRES_URL if set, else SQLite
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { openDatabase, seedDatabase } from "../src/index.ts";
import { createTestDatabase, testPostgresUrl } from "../test/helpers.ts";
import { type SupplyRow, supplyRows, writeSupplyCsv } from "../test/supply-file.ts";

const rowCount = 100_000;
const child = fileURLToPath(new URL("./import-child.js", import.meta.url));
const store = testPostgresUrl ? "PostgreSQL" : "SQLite";

async function freshDatabase(name: string) {
  const database = await createTestDatabase(name);
  const db = await openDatabase(database.location);
  await seedDatabase(db);
  await db.destroy();
  return database;
}

/** The same rows as stored records, inserted with one prepared statement in one transaction: wall and CPU seconds. */
async function plainInsert(location: string, rows: SupplyRow[]): Promise<{ seconds: number; cpuSeconds: number }> {
  const records = rows.map((row, index) => {
    const record = { id: `plain-${index}`, ...row, source: "bench", sample: false };
    return [record.id, record.id, JSON.stringify(record), 0, "bench", row.region, row.province, row.majorCategoryId, row.level, row.period, row.graduates] as const;
  });
  const columns = "(id, name, data, sample, source, region, province, major_category_id, level, period, measure)";
  const started = performance.now();
  const cpu = process.cpuUsage();
  if (testPostgresUrl) {
    const client = new pg.Client({ connectionString: location });
    await client.connect();
    await client.query("begin");
    for (const values of records) await client.query({ name: "insert-supply", text: `insert into talent_supply ${columns} values ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`, values: [...values] });
    await client.query("commit");
    await client.end();
  } else {
    const db = new BetterSqlite3(location);
    const insert = db.prepare(`insert into talent_supply ${columns} values (?,?,?,?,?,?,?,?,?,?,?)`);
    db.transaction(() => {
      for (const values of records) insert.run(...values);
    })();
    db.close();
  }
  const { user, system } = process.cpuUsage(cpu);
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: (user + system) / 1e6 };
}

async function importInChild(location: string, file: string): Promise<{ seconds: number; cpuSeconds: number; mainCpuSeconds: number; maxRssBytes: number; created: number; problems: unknown[] }> {
  const process_ = spawn(process.execPath, [child, location, file], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  process_.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(process_, "exit");
  if (code !== 0) throw new Error(`the import exited with ${code}`);
  return JSON.parse(output);
}

const directory = await mkdtemp(join(tmpdir(), "chanjiao-import-bench-"));
const databases = [];
try {
  const forImport = await freshDatabase("import_bench");
  const forPlain = await freshDatabase("plain_bench");
  databases.push(forImport, forPlain);
  const rows = await supplyRows(forImport.location, rowCount);
  const file = join(directory, "supply.csv");
  await writeSupplyCsv(file, rows);
  const imported = await importInChild(forImport.location, file);
  if (imported.created !== rowCount) throw new Error(`the import created ${imported.created} of ${rowCount} rows: ${JSON.stringify(imported.problems)}`);
  const plain = await plainInsert(forPlain.location, rows);
  const rate = (seconds: number) => Math.round(rowCount / seconds).toLocaleString("en");
  console.log(`Import of ${rowCount.toLocaleString("en")} talent-supply rows from CSV on ${store}`);
  console.log(`  import (read, check, match, store, log)   ${imported.seconds.toFixed(2)} s   ${rate(imported.seconds)} rows/s   CPU ${imported.cpuSeconds.toFixed(2)} s   peak memory ${Math.round(imported.maxRssBytes / 1024 / 1024)} MB`);
  console.log(`  plain prepared inserts, one transaction   ${plain.seconds.toFixed(2)} s   ${rate(plain.seconds)} rows/s   CPU ${plain.cpuSeconds.toFixed(2)} s`);
  console.log(`  ratio import / plain                      ${(plain.seconds / imported.seconds).toFixed(2)}   (target: ≥ 10,000 rows/s on SQLite, ratio ≥ 0.5, peak ≤ 200 MB)`);
  // On a loaded machine wall time is noise; CPU time is not (on PostgreSQL it leaves out the server's share).
  // The file is read and checked in a worker thread while the main thread stores: on two free cores
  // the import takes about as long as its main thread's share.
  console.log(`  ratio by CPU time, both threads           ${(plain.cpuSeconds / imported.cpuSeconds).toFixed(2)}   (main thread, which stores: CPU ${imported.mainCpuSeconds.toFixed(2)} s, ratio ${(plain.cpuSeconds / imported.mainCpuSeconds).toFixed(2)})`);
} finally {
  for (const database of databases) await database.drop();
  await rm(directory, { recursive: true, force: true });
}
