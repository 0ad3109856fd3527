// Fails when the console's first view (the sign-in: the entry and every chunk it imports statically,
// each gzipped on its own as a server sends it) is over its budget in size-budget.json. The views
// behind the sign-in load later, each in chunks of its own. Budgets are never raised: make it smaller.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

process.env.NODE_ENV = "production";
const root = fileURLToPath(new URL("..", import.meta.url));
const { firstView } = JSON.parse(await readFile(new URL("../size-budget.json", import.meta.url), "utf8"));
const limit = Math.round(Number.parseFloat(firstView) * 1024);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const output = await build({ root, logLevel: "silent", build: { write: false } });
const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((file) => file.type === "chunk");
const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
const first = chunks.filter((chunk) => chunk.isEntry);
for (let index = 0; index < first.length; index += 1) {
  for (const name of first[index].imports) {
    const chunk = byName.get(name);
    if (chunk && !first.includes(chunk)) first.push(chunk);
  }
}
const bytes = first.reduce((sum, chunk) => sum + gzipSync(Buffer.from(chunk.code), { level: 9 }).length, 0);
const later = chunks.filter((chunk) => !first.includes(chunk));
const laterBytes = later.reduce((sum, chunk) => sum + gzipSync(Buffer.from(chunk.code), { level: 9 }).length, 0);
console.log(`console first view: ${kb(bytes)} gzip in ${first.length} file(s), budget ${kb(limit)}; ${later.length} chunks loaded by the views: ${kb(laterBytes)} gzip`);
if (bytes > limit) {
  console.error(`The console's first view is over its budget by ${kb(bytes - limit)}.`);
  process.exit(1);
}
