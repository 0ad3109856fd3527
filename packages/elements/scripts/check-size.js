// Builds each combination of components listed in size-budgets.json the way the CDN build does
// (one minified ES module, dependencies inside) and fails when one outgrows its gzip budget.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { bundleConfig } from "../vite.config.js";

// As `vite build` does, so that packages pick their production builds.
process.env.NODE_ENV = "production";

const root = fileURLToPath(new URL("..", import.meta.url));
const budgets = JSON.parse(await readFile(join(root, "size-budgets.json"), "utf8"));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const parseLimit = (limit) => Math.round(Number.parseFloat(limit) * 1024);

const gzipSize = (chunks) => gzipSync(Buffer.from(chunks.map((chunk) => chunk.code).join("\n")), { level: 9 }).length;

/** The entry chunks and every chunk they import statically, transitively. */
function staticClosure(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reached = chunks.filter((chunk) => chunk.isEntry);
  for (let index = 0; index < reached.length; index += 1) {
    for (const name of reached[index].imports) {
      const chunk = byName.get(name);
      if (chunk && !reached.includes(chunk)) reached.push(chunk);
    }
  }
  return reached;
}

const work = await mkdtemp(join(tmpdir(), "chanjiao-size-"));
let failed = false;
try {
  for (const [index, budget] of budgets.entries()) {
    const entry = join(work, `entry-${index}.js`);
    await writeFile(entry, budget.imports.map((path) => `import ${JSON.stringify(resolve(root, path))};`).join("\n"));
    const config = bundleConfig(entry);
    const output = await build({
      ...config,
      configFile: false,
      root,
      logLevel: "silent",
      build: { ...config.build, write: false, sourcemap: false },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((file) => file.type === "chunk");
    // The budget covers what a page loads up front: the entry and what it imports statically.
    // Chunks behind a dynamic import() (a geographic map's chart code) load only when used.
    const initial = staticClosure(chunks);
    const lazy = chunks.filter((chunk) => !initial.includes(chunk));
    const bytes = gzipSize(initial);
    const limit = parseLimit(budget.limit);
    const verdict = bytes > limit ? `OVER by ${bytes - limit} bytes` : "ok";
    const onDemand = lazy.length > 0 ? `; loaded on demand: ${kb(gzipSize(lazy))} gzip` : "";
    console.log(`${budget.name}: ${kb(bytes)} gzip (${bytes} bytes), budget ${budget.limit}: ${verdict}${onDemand}`);
    if (bytes > limit) failed = true;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
