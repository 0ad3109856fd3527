// Throughput and latency of list, get and gaps under concurrent load, fresh and revalidated
// (If-None-Match → 304). The server runs here; the load generator (autocannon) runs in a second
// process so that the two do not share an event loop. Gaps are computed once per data version:
// "fresh" gaps are answered from the server's memory after the probe's computation.
//
//   pnpm bench                      a temporary SQLite file
//   pnpm bench -- --db LOCATION     a SQLite file or a postgres:// URL (also CHANJIAO_BENCH_DB);
//                                   it is seeded afresh with 100,000 demand postings
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, seedDatabase, startServer } from "../src/index.ts";

const demandCount = 100_000;
const connections = 10;
const seconds = 5;
const targets = [
  { name: "list", path: "/v1/consortia" },
  { name: "get", path: "/v1/cooperation-projects/luban-thailand" },
  { name: "gaps", path: "/v1/talent/gaps?groupBy=majorCategory&region=320000" },
];

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

/** Runs autocannon's command line in a child process and returns its JSON summary. */
async function autocannon(url: string, headers: Record<string, string>): Promise<AutocannonResult> {
  const cli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const child = spawn(process.execPath, [cli, "-c", String(connections), "-d", String(seconds), "-j", ...headerArgs, url], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  return JSON.parse(output) as AutocannonResult;
}

const { values } = parseArgs({ options: { db: { type: "string" } }, allowPositionals: true });
const given = values.db ?? process.env.CHANJIAO_BENCH_DB;
const directory = given ? null : await mkdtemp(join(tmpdir(), "chanjiao-load-"));
const location = given ?? join(directory!, "load.db");
try {
  const db = await openDatabase(location);
  await seedDatabase(db, { demandCount });
  await db.destroy();
  const server = await startServer({ db: location, port: 0, host: "127.0.0.1" });
  console.log(`${connections} connections × ${seconds} s per row, over ${demandCount.toLocaleString("en")} demand postings (${given ? "given database" : "SQLite"})`);
  console.log("endpoint  request        req/s     p50 ms   p99 ms   errors  non-2xx/304  statuses");
  let failed = false;
  try {
    for (const target of targets) {
      const url = `${server.url}${target.path}`;
      const probe = await fetch(url);
      await probe.arrayBuffer();
      const etag = probe.headers.get("etag");
      if (probe.status !== 200 || !etag) throw new Error(`${url} answered ${probe.status} without an ETag`);
      for (const [mode, headers, expected] of [
        ["fresh", {}, "200"],
        ["If-None-Match", { "If-None-Match": etag }, "304"],
      ] as const) {
        const result = await autocannon(url, headers);
        const statuses = Object.entries(result.statusCodeStats).map(([status, { count }]) => `${status}×${count}`);
        const unexpected = Object.entries(result.statusCodeStats).filter(([status]) => status !== expected).reduce((sum, [, { count }]) => sum + count, 0);
        failed ||= result.errors + result.timeouts + unexpected > 0;
        console.log(
          [
            target.name.padEnd(8),
            mode.padEnd(13),
            result.requests.average.toFixed(0).padStart(8),
            String(result.latency.p50).padStart(8),
            String(result.latency.p99).padStart(8),
            String(result.errors + result.timeouts).padStart(8),
            String(unexpected).padStart(12),
            ` ${statuses.join(" ")}`,
          ].join(" "),
        );
      }
    }
  } finally {
    await server.close();
  }
  if (failed) {
    console.error("Some requests failed or were answered with an unexpected status.");
    process.exitCode = 1;
  }
} finally {
  if (directory) await rm(directory, { recursive: true, force: true });
}
