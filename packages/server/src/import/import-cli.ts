import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { collectionNamed, collectionPaths } from "../collection-names.js";
import { findLiveKey } from "../db/api-keys.js";
import { describeStorage } from "../db/dialect.js";
import { type Database, openDatabase } from "../db/open.js";
import type { Writer } from "../db/record-writes.js";
import { type Lang, maxFileBytes } from "../files/index.js";
import { isEmpty, seedDatabase } from "../seed/load.js";
import { formatReport } from "./format-report.js";
import { collectImportGarbageSooner } from "./import-heap.js";
import { importRecords } from "./import-records.js";

export const importUsage = `Usage: chanjiao-server import COLLECTION FILE [--db FILE|URL] [--dry-run]
                              [--organisation ID | --key KEY] [--sheet NAME] [--lang zh-CN|en] [--json]

Imports a file of records into a collection, all or nothing: CSV (UTF-8 with or without BOM, or
GB18030 as Excel and WPS write it), xlsx (the first sheet, or --sheet; nested lists such as council
seats from their own sheets), JSON (an array of records) or NDJSON (one record a line), with column
names in Chinese or English as the template gives them. Rows are matched to stored records by id,
or by the collection's natural key, then created or updated. When any row is bad, nothing is
written and every bad row is reported by its line and column, in the file's language; the exit
code is then 1.

  COLLECTION          ${collectionPaths.join(", ")}
  FILE                the file (at most ${maxFileBytes / 1024 / 1024} MB)
  --db FILE|URL       SQLite database file or postgres:// URL (default ./chanjiao.db)
  --dry-run           check and count what would be created, updated and left unchanged; write nothing
  --organisation ID   import as an editor of this organisation (its records only)
  --key KEY           import as the holder of this API key (its role and organisation)
                      (neither: as the operator, who may write every record)
  --sheet NAME        the workbook's sheet to read
  --lang L            the report's language when the file does not tell (default zh-CN)
  --json              print the report as JSON`;

class UsageError extends Error {}

async function writerFor(db: Database, values: { organisation?: string | undefined; key?: string | undefined }): Promise<Writer> {
  if (values.key !== undefined) {
    const key = await findLiveKey(db, values.key);
    if (!key) throw new UsageError("--key is not a live API key of this database.");
    return { organisationId: key.organisationId, keyId: key.id, role: key.role, via: "import" };
  }
  if (values.organisation !== undefined) {
    const organisation = await db.selectFrom("organisations").select("id").where("id", "=", values.organisation).executeTakeFirst();
    if (!organisation) throw new UsageError(`No organisation with id ${JSON.stringify(values.organisation)}.`);
    return { organisationId: organisation.id, keyId: null, role: "editor", via: "import" };
  }
  return { organisationId: null, keyId: null, role: "admin", via: "import" };
}

/** Shows rows per second on a terminal while rows are checked. */
function progressLine(): ((rows: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  const started = performance.now();
  return (rows) => {
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(`\r${rows.toLocaleString("en")} rows checked (${Math.round(rows / Math.max(seconds, 0.001)).toLocaleString("en")} rows/s)   `);
  };
}

/** Runs `chanjiao-server import ...`; returns the exit code. */
export async function runImportCommand(args: string[]): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args,
        allowPositionals: true,
        options: {
          db: { type: "string", default: "./chanjiao.db" },
          "dry-run": { type: "boolean", default: false },
          organisation: { type: "string" },
          key: { type: "string" },
          sheet: { type: "string" },
          lang: { type: "string", default: "zh-CN" },
          json: { type: "boolean", default: false },
          help: { type: "boolean", short: "h", default: false },
        },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (values.help) {
      console.log(importUsage);
      return 0;
    }
    const [name, file, ...extra] = positionals;
    if (!name || !file || extra.length) throw new UsageError("import needs a COLLECTION and a FILE.");
    const collection = collectionNamed(name);
    if (!collection) throw new UsageError(`Unknown collection ${JSON.stringify(name)}.`);
    if (values.organisation !== undefined && values.key !== undefined) throw new UsageError("Give --organisation or --key, not both.");
    if (values.lang !== "zh-CN" && values.lang !== "en") throw new UsageError("--lang must be zh-CN or en.");
    const lang: Lang = values.lang;
    const size = await stat(file).then((info) => info.size, () => null);
    if (size === null) throw new UsageError(`Cannot read ${file}.`);
    // From here on the process imports: seeding a new database first included.
    collectImportGarbageSooner();
    const db = await openDatabase(values.db);
    try {
      if (await isEmpty(db)) await seedDatabase(db);
      const writer = await writerFor(db, values);
      // The reader refuses an oversize file by its length before parsing anything.
      const bytes = size > maxFileBytes ? new Uint8Array(size) : await readFile(file);
      const onProgress = progressLine();
      const report = await importRecords(db, { collection, bytes, handOver: true, declared: basename(file), dryRun: values["dry-run"], writer, lang, ...(values.sheet ? { sheet: values.sheet } : {}), ...(onProgress ? { onProgress } : {}) });
      if (onProgress) process.stderr.write("\n");
      console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, `${basename(file)} → ${describeStorage(values.db)}`));
      return report.problems.length ? 1 : 0;
    } finally {
      await db.destroy();
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${importUsage}`);
    return 2;
  }
}
