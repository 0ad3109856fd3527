import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../db/open.js";
import { isEmpty, seedDatabase } from "../seed/load.js";
import { drawExportedPages } from "./draw-pages.js";
import { exportStatic } from "./export-static.js";

export const exportUsage = `Usage: chanjiao-server export --out DIR [--db FILE|URL] [--pages DIR]

Writes the public read API as static JSON files under DIR/v1, for any static host or CDN: every
collection, page and record, the queries the widgets make, the aggregates, the index and the
OpenAPI document. Read them with createClient({ baseUrl: ".../v1", static: true }) or
<cj-provider base-url=".../v1" static>. DIR must be new or empty.

  --out DIR    the directory to write (required)
  --db FILE    SQLite database file or postgres:// URL, seeded when empty (default ./chanjiao.db)
  --pages DIR  also write each HTML page below DIR to OUT, its widgets drawn with the exported
               data (its providers should read the export: <cj-provider base-url="/v1" static>)`;

/** Runs `chanjiao-server export ...`; returns the exit code. */
export async function runExportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      db: { type: "string", default: "./chanjiao.db" },
      pages: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(exportUsage);
    return 0;
  }
  if (!values.out || positionals.length) {
    console.error(`export needs --out DIR and nothing else.\n\n${exportUsage}`);
    return 2;
  }
  const db = await openDatabase(values.db);
  try {
    // As when serving: a new database is seeded, so that a first export is not empty.
    if (await isEmpty(db)) await seedDatabase(db);
    const out = resolve(values.out);
    const { files, bytes, milliseconds } = await exportStatic(db, out);
    console.log(`Exported ${files} files (${(bytes / 1_048_576).toFixed(1)} MiB) to ${out} in ${(milliseconds / 1000).toFixed(1)} s.`);
    if (values.pages) console.log(`Drew the widgets of ${(await drawExportedPages(out, resolve(values.pages), out)).length} pages into ${out}.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await db.destroy();
  }
}
