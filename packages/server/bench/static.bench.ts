// Requests per second of the same reads answered live by the API and from a static export
// (`chanjiao-server export`) by a plain static file server, each measured by autocannon in a
// process of its own. Both servers run in this process, one at a time under load.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serve } from "@hono/node-server";
import { staticExportPath } from "@chanjiao/sdk";
import { Hono } from "hono";
import { exportStatic, mountStatic, openDatabase, seedDatabase, startServer } from "../src/index.ts";

const seconds = 5;
const connections = 10;
const autocannon = fileURLToPath(new URL("../node_modules/.bin/autocannon", import.meta.url));

const reads: Array<[label: string, path: string, query: Record<string, string>]> = [
  ["one record", "schools/school-1108860d48", {}],
  ["a filtered list", "programmes", { schoolId: "school-1108860d48", limit: "200" }],
  ["talent gaps", "talent/gaps", { groupBy: "majorCategory", region: "320000", period: "2021-2025" }],
];

/** Requests per second autocannon sustained against `url`, after checking that it answers 200. */
async function requestsPerSecond(url: string): Promise<number> {
  const probe = await fetch(url);
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`${url} answered ${probe.status}`);
  const { stdout } = await promisify(execFile)(autocannon, ["--json", "-c", String(connections), "-d", String(seconds), url], { maxBuffer: 16 * 1024 * 1024 });
  const result = JSON.parse(stdout) as { requests: { average: number }; non2xx: number; errors: number };
  if (result.non2xx || result.errors) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

const directory = await mkdtemp(join(tmpdir(), "chanjiao-bench-static-"));
try {
  const file = join(directory, "bench.db");
  const db = await openDatabase(file);
  await seedDatabase(db);
  const { files, bytes, milliseconds } = await exportStatic(db, join(directory, "export"));
  await db.destroy();
  console.log(`exported ${files} files (${(bytes / 1_048_576).toFixed(1)} MiB) in ${(milliseconds / 1000).toFixed(1)} s`);

  const live = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const fileServer = new Hono();
  mountStatic(fileServer, { "/v1/": join(directory, "export/v1") });
  const host = await new Promise<ReturnType<typeof serve>>((started) => {
    const listening = serve({ fetch: fileServer.fetch, port: 0, hostname: "127.0.0.1" }, () => started(listening));
  });
  const address = host.address();
  const staticUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/v1`;
  try {
    console.log(`autocannon, ${connections} connections, ${seconds} s per read, no If-None-Match (requests/s):`);
    for (const [label, path, query] of reads) {
      const search = new URLSearchParams(query);
      const liveRate = await requestsPerSecond(`${live.url}/v1/${path}${search.size ? `?${search}` : ""}`);
      const staticRate = await requestsPerSecond(`${staticUrl}/${staticExportPath(path, search)}`);
      console.log(`  ${label.padEnd(16)} live ${liveRate.toFixed(0).padStart(6)}   static ${staticRate.toFixed(0).padStart(6)}   static/live ${(staticRate / liveRate).toFixed(2)}×`);
    }
  } finally {
    await live.close();
    await new Promise<void>((done) => {
      host.close(() => done());
      if ("closeAllConnections" in host) host.closeAllConnections();
    });
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
