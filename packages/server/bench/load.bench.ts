// Throughput and latency of a list page, one record and the talent gaps under concurrent load:
// plain, brotli-compressed and revalidated (If-None-Match → 304), at 10 and 100 connections, each
// against plain Node `http` serving the same status, headers and bytes in the same run (the
// baseline of what any Node server could do here). Both servers run in this process, one at a
// time under load; the load generator (autocannon) runs in a second process so that the two do not
// share an event loop. Target: every read at 0.6 of plain Node or better, with no errors. The
// servers' CPU time per answer is printed too: on a machine busy with other work it tells the two
// apart better than requests per second, which then depend on what else runs.
//
//   pnpm bench                      a temporary SQLite file
//   pnpm bench -- --db LOCATION     a SQLite file or a postgres:// URL (also CHANJIAO_BENCH_DB, or the
//                                   throwaway PostgreSQL of scripts/with-postgres.sh);
//                                   it is seeded afresh with 100,000 demand postings
//   bash scripts/with-postgres.sh node --import tsx --conditions source bench/load.bench.ts --socket
//                                   the throwaway PostgreSQL over its Unix socket (its own table in
//                                   docs/performance.md: the figures of record stay those over TCP)
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { createServer, type IncomingHttpHeaders, request } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, seedDatabase, startServer } from "../src/index.ts";
import { machine, markdownTable, writeSection } from "./performance-doc.ts";

const demandCount = 100_000;
const seconds = 4;
const connectionCounts = [10, 100];
const targets = [
  { name: "list", path: "/v1/consortia?limit=50" },
  { name: "get", path: "/v1/cooperation-projects/luban-thailand" },
  { name: "gaps", path: "/v1/talent/gaps?groupBy=majorCategory&region=320000" },
];
/** How each target is asked for: plain, compressed (as browsers ask), and revalidated. */
const modes = [
  { name: "plain", headers: {} as Record<string, string>, expected: 200 },
  { name: "brotli", headers: { "Accept-Encoding": "gzip, deflate, br" } as Record<string, string>, expected: 200 },
  { name: "304", headers: {} as Record<string, string>, expected: 304, revalidate: true },
];

interface AutocannonResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
}

/**
 * Runs autocannon's command line in a child process and returns its JSON summary, with the CPU
 * time this process (the server under load) spent per answer, in microseconds.
 */
async function autocannon(url: string, headers: Record<string, string>, connections: number): Promise<AutocannonResult & { cpuPerAnswer: number }> {
  const cpuBefore = process.cpuUsage();
  const cli = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ["-H", `${name}=${value}`]);
  const child = spawn(process.execPath, [cli, "-c", String(connections), "-d", String(seconds), "-j", ...headerArgs, url], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const [code] = await once(child, "exit");
  if (code !== 0) throw new Error(`autocannon exited with ${code}`);
  const { user, system } = process.cpuUsage(cpuBefore);
  const result = JSON.parse(output) as AutocannonResult;
  const answers = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0);
  return { ...result, cpuPerAnswer: (user + system) / Math.max(1, answers) };
}

const { values } = parseArgs({ options: { db: { type: "string" }, socket: { type: "boolean" } }, allowPositionals: true });
const socketUrl = process.env.CHANJIAO_TEST_POSTGRES_SOCKET_URL;
if (values.socket && !socketUrl) throw new Error("--socket needs the throwaway PostgreSQL of scripts/with-postgres.sh");
const given = values.socket ? socketUrl : (values.db ?? process.env.CHANJIAO_BENCH_DB ?? process.env.CHANJIAO_TEST_POSTGRES_URL);
/** The section of docs/performance.md these figures go to. */
const section = !given?.startsWith("postgres") ? "reads-sqlite" : values.socket ? "reads-postgres-socket" : "reads-postgres";
const directory = given ? null : await mkdtemp(join(tmpdir(), "chanjiao-load-"));
const location = given ?? join(directory!, "load.db");
try {
  const db = await openDatabase(location);
  await seedDatabase(db, { demandCount });
  await db.destroy();
  const server = await startServer({ db: location, port: 0, host: "127.0.0.1" });
  console.log(`${seconds} s per run, over ${demandCount.toLocaleString("en")} demand postings (${values.socket ? "PostgreSQL over its Unix socket" : given ? "given database" : "SQLite"})`);
  console.log("endpoint mode    conns   req/s  plain Node   ratio  p99 ms (plain)  CPU µs (plain)  errors  unexpected");
  const ratios: number[] = [];
  const rows: string[][] = [];
  let failed = false;
  try {
    for (const target of targets) {
      const url = `${server.url}${target.path}`;
      const probe = await fetch(url);
      await probe.arrayBuffer();
      const etag = probe.headers.get("etag");
      if (probe.status !== 200 || !etag) throw new Error(`${url} answered ${probe.status} without an ETag`);
      for (const mode of modes) {
        const headers = mode.revalidate ? { "If-None-Match": etag } : mode.headers;
        const plain = await plainNodeServing(await answerOf(url, headers));
        try {
          for (const connections of connectionCounts) {
            const ours = await autocannon(url, headers, connections);
            const baseline = await autocannon(plain.url, headers, connections);
            const unexpected = Object.entries(ours.statusCodeStats).filter(([status]) => Number(status) !== mode.expected).reduce((sum, [, { count }]) => sum + count, 0);
            const errors = ours.errors + ours.timeouts;
            failed ||= errors + unexpected > 0;
            const ratio = ours.requests.average / baseline.requests.average;
            ratios.push(ratio);
            rows.push([
              `${target.name} ${mode.name}`,
              String(connections),
              ours.requests.average.toFixed(0),
              baseline.requests.average.toFixed(0),
              ratio.toFixed(2),
              String(ours.latency.p99),
              String(baseline.latency.p99),
              ours.cpuPerAnswer.toFixed(1),
              baseline.cpuPerAnswer.toFixed(1),
              String(errors + unexpected),
            ]);
            console.log(
              [
                target.name.padEnd(8),
                mode.name.padEnd(7),
                String(connections).padStart(5),
                ours.requests.average.toFixed(0).padStart(7),
                baseline.requests.average.toFixed(0).padStart(11),
                ratio.toFixed(2).padStart(7),
                `${ours.latency.p99} (${baseline.latency.p99})`.padStart(15),
                `${ours.cpuPerAnswer.toFixed(1)} (${baseline.cpuPerAnswer.toFixed(1)})`.padStart(15),
                String(errors).padStart(7),
                String(unexpected).padStart(11),
              ].join(" "),
            );
          }
        } finally {
          await plain.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  console.log(`lowest ratio to plain Node: ${Math.min(...ratios).toFixed(2)} (target ≥ 0.60)`);
  writeSection(
    section,
    [
      `Measured on ${machine()}; ${seconds} s per run, autocannon in a process of its own${values.socket ? "; PostgreSQL over its Unix socket" : ""}.`,
      "",
      markdownTable(["read", "connections", "req/s", "plain Node req/s", "ratio", "p99 ms", "plain Node p99 ms", "CPU µs per answer", "plain Node CPU µs", "errors"], rows),
    ].join("\n"),
  );
  if (failed) {
    console.error("Some requests failed or were answered with an unexpected status.");
    process.exitCode = 1;
  }
} finally {
  if (directory) await rm(directory, { recursive: true, force: true });
}

interface CapturedAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One answer of the server as it went over the wire: status, headers and undecoded bytes. */
function answerOf(url: string, headers: Record<string, string>): Promise<CapturedAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

/** Plain Node `http` answering every request with `answer`, on a free port of 127.0.0.1. */
async function plainNodeServing(answer: CapturedAnswer): Promise<{ url: string; close(): Promise<void> }> {
  const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding"].includes(name)));
  const plain = createServer((_request, response) => {
    response.writeHead(answer.status, headers);
    response.end(answer.body);
  });
  plain.listen(0, "127.0.0.1");
  await once(plain, "listening");
  const { port } = plain.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => plain.close(() => resolve())) };
}
