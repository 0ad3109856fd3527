// Latency of the major search (GET /v1/majors?q=…) as a portal's search box sends it, keystroke by
// keystroke, against plain Node (node:http) answering the same bodies from memory: what the
// server's routing, validation and query add to the least any Node server could do.
// Sequential requests, the client in this process with both servers; every query is a list read,
// answered from the database each time.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, seedDatabase, startServer } from "../src/index.ts";

const rounds = 40;
// What people type: a code growing digit by digit, a name growing character by character, and
// the same narrowed by level or category.
const typed = ["5", "51", "510", "5102", "51020", "510201", "计", "计算", "计算机", "数控", "护理", "技术", "2025", "7102", "46", "电子"];
const narrowed = ["", "&level=%E9%AB%98%E8%81%8C%E4%B8%93%E7%A7%91", "&majorCategoryId=mc-51"];
const paths = typed.flatMap((q) => narrowed.map((filter) => `/v1/majors?q=${encodeURIComponent(q)}&limit=20${filter}`));

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/** Latencies of `rounds` passes over every path, in order, sorted. */
async function measure(origin: string): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const path of paths) {
      const begin = performance.now();
      const response = await fetch(origin + path);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
      latencies.push(performance.now() - begin);
    }
  }
  return latencies.sort((a, b) => a - b);
}

const directory = await mkdtemp(join(tmpdir(), "chanjiao-search-"));
try {
  const file = join(directory, "search.db");
  const db = await openDatabase(file);
  await seedDatabase(db);
  const { count } = await db.selectFrom("majors").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  await db.destroy();

  const server = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const answers = new Map<string, string>();
  for (const path of paths) answers.set(path, await (await fetch(server.url + path)).text());
  const plain = createServer((request, response) => {
    const body = answers.get(request.url ?? "");
    response.writeHead(body === undefined ? 404 : 200, { "Content-Type": "application/json; charset=utf-8" });
    response.end(body);
  });
  plain.listen(0, "127.0.0.1");
  await once(plain, "listening");
  try {
    const plainOrigin = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    // Warm both up, then alternate so that neither gets the quieter moment of the machine.
    await measure(server.url);
    await measure(plainOrigin);
    const chanjiao: number[] = [];
    const baseline: number[] = [];
    for (let pass = 0; pass < 3; pass++) {
      chanjiao.push(...(await measure(server.url)));
      baseline.push(...(await measure(plainOrigin)));
    }
    chanjiao.sort((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const row = (name: string, latencies: number[]) =>
      `  ${name.padEnd(12)} p50 ${percentile(latencies, 0.5).toFixed(2).padStart(6)} ms   p99 ${percentile(latencies, 0.99).toFixed(2).padStart(6)} ms`;
    console.log(`GET /v1/majors?q=… over ${Number(count).toLocaleString("en")} majors: ${chanjiao.length} sequential requests, ${paths.length} distinct queries (code prefixes, names, with and without filters):`);
    console.log(row("chanjiao", chanjiao));
    console.log(row("plain node", baseline));
    console.log(
      `  ratio        p50 ${(percentile(chanjiao, 0.5) / percentile(baseline, 0.5)).toFixed(2)}×      p99 ${(percentile(chanjiao, 0.99) / percentile(baseline, 0.99)).toFixed(2)}×   (target: p99 well under 50 ms)`,
    );
  } finally {
    plain.close();
    await server.close();
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
