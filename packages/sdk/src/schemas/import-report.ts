import * as z from "zod/mini";

/** One thing wrong in an imported file, where the file has it. */
export const ImportProblem = z.object({
  /** The line (CSV, NDJSON), sheet row (xlsx) or position in the array (JSON); `null` for the file as a whole. */
  line: z.nullable(z.int()),
  /** The column as the file names it; `null` where no column is at fault. */
  column: z.nullable(z.string()),
  /** What is wrong, in the language of the file's header. */
  message: z.string(),
});

/**
 * What an import or its dry run found and did: `POST /v1/<collection>/imports`. With any problem
 * nothing was written; a dry run counts what would be created, updated and left unchanged.
 */
export const ImportReport = z.object({
  /** The collection's path. */
  collection: z.string(),
  /** How the file was read; `null` when it could not be. */
  format: z.nullable(z.enum(["csv", "xlsx", "json", "ndjson"])),
  /** The language of the file's header, which the messages are in. */
  language: z.enum(["zh-CN", "en"]),
  dryRun: z.boolean(),
  /** True when the rows were written: none is bad, and this was no dry run. */
  written: z.boolean(),
  rows: z.int(),
  created: z.int(),
  updated: z.int(),
  unchanged: z.int(),
  problems: z.array(ImportProblem),
});

/** The formats a file is imported from (the templates are csv and xlsx), by the media type it is sent with. */
export const importMediaTypes = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
  ndjson: "application/x-ndjson",
} as const;

export type ImportProblem = z.infer<typeof ImportProblem>;
export type ImportReport = z.infer<typeof ImportReport>;
export type ImportFormat = keyof typeof importMediaTypes;
