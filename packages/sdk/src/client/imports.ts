import * as z from "zod/mini";
import { type ImportFormat, importMediaTypes, ImportReport } from "../schemas/import-report.js";
import { type CollectionName, collections } from "../schemas/collections.js";
import { ValidationError } from "./errors.js";
import type { Transport } from "./transport.js";
import type { WriteOptions } from "./writes.js";

/** Options of {@link ImportsClient.upload}. */
export interface UploadOptions extends WriteOptions {
  /** The file's format (csv, xlsx, or json and ndjson records); told by a File's name or a Blob's type when not given, and required for bytes. */
  format?: ImportFormat;
  /** Check and count every row, write nothing (default false). */
  dryRun?: boolean;
}

/**
 * Imports from files (`client.imports`): the collections an API key keeps, from the templates the
 * server makes (`/v1/<collection>/imports/template`), all rows or none.
 */
export interface ImportsClient {
  /**
   * Uploads a CSV or xlsx file to a collection and answers the import report: the rows that were
   * (or, on a dry run, would be) created, updated and left unchanged, and every bad row by its line,
   * column and message, in the file's language. A file with any bad row writes nothing and is
   * answered with its report (`written: false`), not an error. Fails with HttpError 401 or 403
   * (the key), 413 (over 50 MB) or 429, and with a ValidationError when the format cannot be told
   * or the answer is not a report.
   *
   * @example
   * const report = await client.imports.upload("programmes", input.files[0], { dryRun: true });
   * for (const { line, column, message } of report.problems) console.log(line, column, message);
   */
  upload(collection: CollectionName, file: Blob | Uint8Array, options?: UploadOptions): Promise<ImportReport>;
}

/** A file with bad rows is answered 422 with the report inside the problem. */
const ImportAnswer = /* @__PURE__ */ z.union([ImportReport, z.pipe(z.object({ report: ImportReport }), z.transform(({ report }) => report))]);

/** The format of a file: as given, else by a File's name, else by a Blob's media type. */
function formatOf(file: Blob | Uint8Array, given: ImportFormat | undefined): ImportFormat | undefined {
  if (given) return given;
  if (file instanceof Uint8Array) return undefined;
  const extension = "name" in file && typeof file.name === "string" ? file.name.toLowerCase().split(".").pop() : undefined;
  const formats = Object.keys(importMediaTypes) as ImportFormat[];
  return formats.find((format) => format === extension) ?? formats.find((format) => file.type.startsWith(importMediaTypes[format]));
}

/** Builds `client.imports` over a transport. */
export function importsClient(transport: Transport): ImportsClient {
  return {
    async upload(collection, file, { format, dryRun = false, ...options } = {}) {
      const subject = "file of imports.upload";
      const definition = collections[collection];
      if (!definition) throw new ValidationError("collection of imports.upload", [{ path: "", message: `is not a collection: ${JSON.stringify(collection)}` }]);
      const told = formatOf(file, format);
      if (!told || !(told in importMediaTypes)) throw new ValidationError(subject, [{ path: "format", message: "must be csv, xlsx, json or ndjson: pass `format`, or a File whose name ends in .csv or .xlsx" }]);
      const path = `${definition.path}/imports${dryRun ? "?dryRun=true" : ""}`;
      const answer = await transport.exchange({ method: "POST", path, file: { bytes: file, type: importMediaTypes[told] }, answeredWith: 422 }, ImportAnswer, options);
      return answer.data;
    },
  };
}
