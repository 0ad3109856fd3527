// Bundles the import's worker thread (dist/import/rows-worker.js, as tsc built it) into one module,
// dist/import/rows-worker.bundle.js, which the built package starts. Loading the worker's code as
// some hundred modules took about 0.12 s of every import's start, most of it zod's, whose index
// loads every locale; bundled, it loads in about 0.04 s. exceljs (read only for a workbook) and
// iconv-lite (only for GB18030, with large tables) are loaded from the package's dependencies when
// needed, as before.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../dist/import/rows-worker.js", import.meta.url).pathname],
  outfile: new URL("../dist/import/rows-worker.bundle.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["exceljs", "iconv-lite"],
  logLevel: "warning",
});
