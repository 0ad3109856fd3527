import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { collections, createBodyOf } from "@chanjiao/sdk";
import { collectionNamed, collectionPaths } from "../collection-names.js";
import { buildSeedRecords } from "../seed/records.js";
import { writeTemplate } from "./template.js";

export const templateUsage = `Usage: chanjiao-server template COLLECTION --format csv|xlsx [--lang zh-CN|en] [--out FILE]
                                [--table FIELD]

Writes an empty import template for a collection: a header row of column names in the language.
An xlsx template also has a sheet per nested list (such as council seats, keyed by the record's
id), a sheet (说明 / Columns) explaining every column, its allowed values and whether it is
required, and an example taken from a real record. Without --out the file goes to standard output.

  COLLECTION      ${collectionPaths.join(", ")}
  --format F      csv or xlsx (required)
  --lang L        zh-CN (default) or en
  --out FILE      the file to write
  --table FIELD   CSV only: the template of a nested list (such as council) instead of the records`;

/** Runs `chanjiao-server template ...`; returns the exit code. */
export async function runTemplateCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string" },
        lang: { type: "string", default: "zh-CN" },
        out: { type: "string" },
        table: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${templateUsage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(templateUsage);
    return 0;
  }
  const usageError = (message: string) => {
    console.error(`${message}\n\n${templateUsage}`);
    return 2;
  };
  if (positionals.length !== 1) return usageError("template needs exactly one COLLECTION.");
  const key = collectionNamed(positionals[0]!);
  if (!key) return usageError(`Unknown collection ${JSON.stringify(positionals[0])}.`);
  const format = values.format;
  if (format !== "csv" && format !== "xlsx") return usageError("--format must be csv or xlsx.");
  const lang = values.lang;
  if (lang !== "zh-CN" && lang !== "en") return usageError("--lang must be zh-CN or en.");
  if (values.table !== undefined && format !== "csv") return usageError("--table goes with --format csv: an xlsx template holds every table.");
  if (format === "xlsx" && values.out === undefined && process.stdout.isTTY) return usageError("An xlsx template is binary: give --out FILE, or redirect standard output.");
  const collection = collections[key];
  const records = buildSeedRecords({ demandCount: 1 })[key] as object[];
  // A sourced record (sample: false) shows real values, where there is one.
  const example = records.find((record) => (record as { sample?: boolean }).sample === false) ?? records[0];
  let bytes: Buffer;
  try {
    bytes = await writeTemplate(createBodyOf(collection.schema), {
      format,
      lang,
      ...(example ? { example } : {}),
      ...(values.table === undefined ? {} : { table: values.table }),
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  if (values.out === undefined) {
    await new Promise<void>((resolve, reject) => process.stdout.write(bytes, (error) => (error ? reject(error) : resolve())));
  } else {
    await writeFile(values.out, bytes);
    console.error(`Wrote the ${collection.path} template (${format}, ${lang}) to ${values.out}.`);
  }
  return 0;
}
