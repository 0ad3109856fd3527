// Fails when a page would load more than its gzip budget (size-budgets.json). Two kinds of budget:
// - `imports`: that combination of components built into one minified ES module the way the
//   one-file CDN bundle is built;
// - `tags`: what a page with those tags fetches through the CDN loader (dist/cdn/chanjiao.js): the
//   loader, the chunks of its widgets (the provider in the core chunk they share) and every chunk
//   those import, each file gzipped on its own as a server sends it.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { bundleConfig, loadedWithData, loaderConfig } from "../vite.config.js";

// As `vite build` does, so that packages pick their production builds.
process.env.NODE_ENV = "production";

const root = fileURLToPath(new URL("..", import.meta.url));
const budgets = JSON.parse(await readFile(join(root, "size-budgets.json"), "utf8"));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const parseLimit = (limit) => Math.round(Number.parseFloat(limit) * 1024);
const gzip = (code) => gzipSync(Buffer.from(code), { level: 9 }).length;

/** The given chunks and every chunk they import statically, transitively. */
function staticClosure(chunks, from) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const reached = [...from];
  for (let index = 0; index < reached.length; index += 1) {
    for (const name of reached[index].imports) {
      const chunk = byName.get(name);
      if (chunk && !reached.includes(chunk)) reached.push(chunk);
    }
  }
  return reached;
}

/**
 * Modules a widget imports once it has drawn its first graphic, whenever it draws: a page fetches
 * them as surely as the rest, later, so a budget counts them (the board's trend chart, chart.js).
 */
const drawnAfterFirstGraphic = ["/src/talent-board/sized-chart.ts"];

/** The modules the widgets of these define.ts paths await with their first data (see loadedWithData in vite.config.js). */
const withDataOf = (defines) => defines.flatMap((define) => loadedWithData[define.match(/\/src\/([^/]+)\/define\.ts$/)?.[1]] ?? []);

/** The modules `fetchedLater` counts on a page with the widgets of these define.ts paths. */
const fetchedLaterWith = (defines) => [...drawnAfterFirstGraphic, ...withDataOf(defines)];

/** The chunks `fetched` imports later (see fetchedLaterWith), with theirs, but for those in `fetched`. */
function fetchedLater(chunks, fetched, paths) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const later = fetched
    .flatMap((chunk) => chunk.dynamicImports.map((name) => byName.get(name)))
    .filter((chunk) => chunk && paths.some((path) => chunk.facadeModuleId?.endsWith(path)));
  return staticClosure(chunks, later).filter((chunk) => !fetched.includes(chunk));
}

/** Builds in memory and answers the chunks. */
async function buildChunks(config) {
  const output = await build({
    ...config,
    configFile: false,
    root,
    logLevel: "silent",
    build: { ...config.build, write: false, sourcemap: false, emptyOutDir: false },
  });
  return (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).filter((file) => file.type === "chunk");
}

/** A combination in one module: what loads up front, and apart what a dynamic import() loads on demand. */
async function measureImports(budget, work, index) {
  const entry = join(work, `entry-${index}.js`);
  await writeFile(entry, budget.imports.map((path) => `import ${JSON.stringify(resolve(root, path))};`).join("\n"));
  const chunks = await buildChunks(bundleConfig(entry, "entry.js"));
  const initial = staticClosure(chunks, chunks.filter((chunk) => chunk.isEntry));
  const later = fetchedLater(chunks, initial, fetchedLaterWith(budget.imports.map((path) => path.slice(1))));
  const lazy = chunks.filter((chunk) => !initial.includes(chunk) && !later.includes(chunk));
  const joined = (list) => (list.length > 0 ? gzip(list.map((chunk) => chunk.code).join("\n")) : 0);
  const laterNote = later.length > 0 ? `; of which fetched later (see fetchedLaterWith): ${kb(joined(later))} gzip` : "";
  return { bytes: joined(initial) + joined(later), note: `${laterNote}${lazy.length > 0 ? `; loaded on demand: ${kb(joined(lazy))} gzip` : ""}` };
}

/** The files a page with `tags` fetches through the loader: up front, and later (see fetchedLaterWith; none on demand only). */
function measureTags(budget, loaderChunks) {
  const loader = loaderChunks.filter((chunk) => chunk.isEntry);
  const widgets = budget.tags.filter((tag) => tag !== "cj-provider").map((tag) => {
    const chunk = loaderChunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/src/${tag.slice("cj-".length)}/define.ts`));
    if (!chunk) throw new Error(`the loader has no chunk for <${tag}>`);
    return chunk;
  });
  const defines = budget.tags.map((tag) => `/src/${tag.slice("cj-".length)}/define.ts`);
  // The loader asks for what a widget awaits with its data together with the widget's chunks.
  const withWidgets = staticClosure(loaderChunks, [...loader, ...widgets]);
  const upFront = [...withWidgets, ...fetchedLater(loaderChunks, withWidgets, withDataOf(defines))];
  const later = fetchedLater(loaderChunks, upFront, drawnAfterFirstGraphic);
  const files = [...upFront, ...later];
  const bytes = files.reduce((sum, chunk) => sum + gzip(chunk.code), 0);
  const list = (chunks) => chunks.map((chunk) => `${chunk.fileName} ${kb(gzip(chunk.code))}`).join(", ");
  return { bytes, note: `; ${files.length} files: ${list(upFront)}${later.length > 0 ? `; fetched later: ${list(later)}` : ""}` };
}

const work = await mkdtemp(join(tmpdir(), "chanjiao-size-"));
let failed = false;
try {
  const loaderChunks = budgets.some((budget) => budget.tags) ? await buildChunks(loaderConfig()) : [];
  for (const [index, budget] of budgets.entries()) {
    const { bytes, note } = budget.tags ? measureTags(budget, loaderChunks) : await measureImports(budget, work, index);
    const limit = parseLimit(budget.limit);
    const verdict = bytes > limit ? `OVER by ${bytes - limit} bytes` : "ok";
    console.log(`${budget.name}: ${kb(bytes)} gzip (${bytes} bytes), budget ${budget.limit}: ${verdict}${note}`);
    if (bytes > limit) failed = true;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
