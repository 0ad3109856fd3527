// Memory and cost as the data grows: the talent gaps and the demand aggregate over 10,000, 100,000
// and 1,000,000 demand postings, each request computed (the server keeps no answers: --cache-size 0),
// p50 and p99 per request, and the server's resident memory (now and at its peak), the server
// running as a process of its own. The generator makes the first 10,000 postings; the larger sizes
// repeat them under new ids (generating a million takes the generator many minutes), so the mix of
// regions, majors and periods stays the same and only the number of rows grows.
//
//   pnpm bench                      a temporary SQLite file per size
//   pnpm bench -- --db URL          a postgres:// URL instead (also CHANJIAO_BENCH_DB, or the
//                                   throwaway PostgreSQL of scripts/with-postgres.sh)
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { isPostgres } from "../src/db/dialect.ts";
import { openDatabase, seedDatabase } from "../src/index.ts";
import { startCli, stopChild } from "../test/cli-process.ts";
import { machine, markdownTable, writeSection } from "./performance-doc.ts";

const generated = 10_000;
const sizes = [10_000, 100_000, 1_000_000];
const requestsPerRead = 40;
/** Fewer requests when each takes long (a million postings on a busy machine), so that the run ends in minutes, never fewer than this. */
const minRequestsPerRead = 5;
const timePerReadMs = 30_000;
const reads = [
  { name: "gaps by major category", paths: ["/v1/talent/gaps?groupBy=majorCategory", "/v1/talent/gaps?groupBy=majorCategory&region=320000", "/v1/talent/gaps?groupBy=majorCategory&period=2021-2025"] },
  { name: "gaps by region", paths: ["/v1/talent/gaps?groupBy=region", "/v1/talent/gaps?groupBy=region&level=%E9%AB%98%E8%81%8C%E4%B8%93%E7%A7%91"] },
  { name: "demand aggregate by industry", paths: ["/v1/talent-demand/aggregate?groupBy=industry", "/v1/talent-demand/aggregate?groupBy=industry&region=320000"] },
];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Resident memory of a process now and at its peak, in MiB (Linux's /proc). */
function residentMiB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { now: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

/**
 * Seeds `location` with the generated postings, then repeats them under new ids until there are
 * `size`, in one transaction. SQLite's default page cache (2 MiB) is far smaller than the indexes
 * of a million postings, which would then be read again from the file for every row inserted.
 */
async function fill(location: string, size: number): Promise<void> {
  const db = await openDatabase(location);
  try {
    await seedDatabase(db, { demandCount: generated });
    const columns = (await db.introspection.getTables()).find((table) => table.name === "talent_demand")!.columns.map((column) => column.name);
    if (!isPostgres(db)) await sql`pragma cache_size = -262144`.execute(db);
    await db.transaction().execute(async (trx) => {
      for (let copy = 1; copy * generated < size; copy++) {
        const id = sql`id || ${`~${copy}`}`;
        // The stored record carries its id too: a copy is a posting of its own in the answers.
        const data = isPostgres(db) ? sql`jsonb_set(data::jsonb, '{id}', to_jsonb(${id}))::text` : sql`json_set(data, '$.id', ${id})`;
        const selected = columns.map((column) => (column === "id" ? id : column === "data" ? data : sql.ref(column)));
        await sql`insert into talent_demand (${sql.join(columns.map((column) => sql.ref(column)))})
          select ${sql.join(selected)} from talent_demand where id not like ${"%~%"}`.execute(trx);
      }
    });
  } finally {
    await db.destroy();
  }
}

const { values } = parseArgs({ options: { db: { type: "string" } }, allowPositionals: true });
const given = values.db ?? process.env.CHANJIAO_BENCH_DB ?? process.env.CHANJIAO_TEST_POSTGRES_URL;
const directory = await mkdtemp(join(tmpdir(), "chanjiao-growth-"));
const rows: string[][] = [];
try {
  console.log(`${requestsPerRead} sequential requests per read (at least ${minRequestsPerRead}, within ${timePerReadMs / 1000} s), every answer computed (${given ? "given database" : "SQLite"})`);
  console.log("postings     read                              requests   p50 ms   p99 ms   RSS MiB (peak)");
  for (const size of sizes) {
    const location = given ?? join(directory, `growth-${size}.db`);
    const filling = performance.now();
    await fill(location, size);
    console.log(`filled ${size.toLocaleString("en")} postings in ${((performance.now() - filling) / 1000).toFixed(1)} s`);
    const { child, api } = await startCli(["--db", location, "--port", "0", "--host", "127.0.0.1", "--cache-size", "0", "--no-console"]);
    try {
      const origin = api.replace(/\/v1$/, "");
      for (const read of reads) {
        for (const path of read.paths) await (await fetch(`${origin}${path}`)).arrayBuffer();
        const latencies: number[] = [];
        const started = performance.now();
        for (let index = 0; index < requestsPerRead && (index < minRequestsPerRead || performance.now() - started < timePerReadMs); index++) {
          const path = read.paths[index % read.paths.length]!;
          const begin = performance.now();
          const response = await fetch(`${origin}${path}`);
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
          latencies.push(performance.now() - begin);
        }
        latencies.sort((a, b) => a - b);
        const memory = residentMiB(child.pid!);
        const row = [
          size.toLocaleString("en"),
          read.name,
          String(latencies.length),
          percentile(latencies, 0.5).toFixed(1),
          percentile(latencies, 0.99).toFixed(1),
          `${memory.now.toFixed(0)} (${memory.peak.toFixed(0)})`,
        ];
        rows.push(row);
        console.log([row[0]!.padEnd(12), row[1]!.padEnd(32), row[2]!.padStart(9), row[3]!.padStart(8), row[4]!.padStart(8), row[5]!.padStart(16)].join(" "));
      }
    } finally {
      await stopChild(child, "SIGTERM");
    }
    if (!given) await rm(location, { force: true });
  }
  writeSection(
    `growth-${given?.startsWith("postgres") ? "postgres" : "sqlite"}`,
    [
      `Measured on ${machine()}; up to ${requestsPerRead} sequential requests per read (fewer when they took over ${timePerReadMs / 1000} s, at least ${minRequestsPerRead}; p99 of fewer than 100 is the slowest), spread over its queries, every answer computed; the server in a process of its own.`,
      "",
      markdownTable(["demand postings", "read", "requests", "p50 ms", "p99 ms", "server RSS MiB (peak)"], rows),
    ].join("\n"),
  );
} finally {
  await rm(directory, { recursive: true, force: true });
}
