// Latency of GET /v1/talent/gaps over 100,000 demand postings on the embedded database.
// Sequential requests cycling through groupings and filters. The server keeps no answers and no
// If-None-Match is sent, so every answer is computed: this times the query, not the answer cache.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase, seedDatabase, startServer } from "../src/index.ts";

const demandCount = 100_000;
const requests = 500;

const groupings = ["majorCategory", "industry", "level", "region"];
const filters = ["", "&region=320000", "&region=320500", "&period=2025", "&period=2021-2025", "&level=%E9%AB%98%E8%81%8C%E4%B8%93%E7%A7%91", "&majorCategoryId=mc-46", "&region=440000&period=2023-2025"];

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

const directory = await mkdtemp(join(tmpdir(), "chanjiao-bench-"));
try {
  const file = join(directory, "bench.db");
  const seeding = performance.now();
  const db = await openDatabase(file);
  await seedDatabase(db, { demandCount });
  const { count } = await db.selectFrom("talent_demand").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  await db.destroy();
  console.log(`seeded ${Number(count).toLocaleString("en")} demand postings in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

  const server = await startServer({ db: file, port: 0, host: "127.0.0.1", answerCache: { maxBytes: 0 } });
  try {
    const api = `${server.url}/v1/talent/gaps`;
    const urlOf = (index: number) =>
      `${api}?groupBy=${groupings[index % groupings.length]}${filters[Math.floor(index / groupings.length) % filters.length]}`;
    for (let index = 0; index < 20; index++) await (await fetch(urlOf(index))).arrayBuffer();

    const latencies: number[] = [];
    const started = performance.now();
    for (let index = 0; index < requests; index++) {
      const begin = performance.now();
      const response = await fetch(urlOf(index), { headers: { "Cache-Control": "no-cache" } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${urlOf(index)} answered ${response.status}`);
      latencies.push(performance.now() - begin);
    }
    const elapsed = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    console.log(`GET /v1/talent/gaps, ${requests} sequential requests over ${groupings.length * filters.length} distinct queries, no If-None-Match:`);
    console.log(`  p50 ${percentile(latencies, 0.5).toFixed(1)} ms   p99 ${percentile(latencies, 0.99).toFixed(1)} ms   max ${latencies.at(-1)!.toFixed(1)} ms   ${(requests / elapsed).toFixed(0)} requests/s`);
  } finally {
    await server.close();
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
