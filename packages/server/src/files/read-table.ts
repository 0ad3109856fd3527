import { open } from "node:fs/promises";
import { asUtf8 } from "./decode-text.js";
import { type FileFormat, declaredFormat, firstSignificantChar, formatName, notWhatItSays, sniffContent } from "./file-format.js";
import { FileProblem } from "./problem.js";
import { streamCsv, type Table, type TableRow, type TableStream } from "./read-csv.js";
import { readJson, readNdjson, type RecordList } from "./read-json.js";
import { readXlsx } from "./read-xlsx.js";
import type { ZipLimits } from "./zip-guard.js";

/** The largest file an import accepts: 50 MiB. */
export const maxFileBytes = 50 * 1024 * 1024;

/** Options of {@link readTable}. */
export interface ReadOptions extends ZipLimits {
  /**
   * What the file says it is: a format, a file name or extension (`data.csv`), or a media type
   * (`text/csv`). The bytes decide; a declaration they contradict is a problem.
   */
  declared?: FileFormat | string;
  /** The xlsx sheet to read; default the first. */
  sheet?: string;
  /** Largest file accepted; default {@link maxFileBytes}. */
  maxBytes?: number;
}

const tooLarge = (limit: number) =>
  new FileProblem("too_large", {
    "zh-CN": `文件超过 ${Math.round(limit / 1048576)} MB 的上限，请拆分后分批导入`,
    en: `the file is over the ${Math.round(limit / 1048576)} MB limit; split it and import the parts`,
  });

/**
 * Reads an import file: CSV (UTF-8 with or without BOM, or GB18030) and xlsx into a {@link Table};
 * JSON and NDJSON into a {@link RecordList}. Throws a {@link FileProblem} for a file that is too
 * big, empty, not what it is declared to be, damaged, or holds formulas.
 */
export async function readTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table | RecordList> {
  const read = await openTable(bytes, options);
  if (!isTableStream(read)) return read;
  const { batches, ...table } = read;
  const rows: TableRow[] = [];
  for (const batch of batches) for (const row of batch) rows.push(row);
  return { ...table, rows };
}

/**
 * As {@link readTable}, but a CSV file's rows are read a batch at a time as they are asked for (a
 * problem in a row, such as bad quoting, is thrown when its batch is reached), so an import holds a
 * batch at a time rather than the whole parsed file.
 */
export async function openTable(bytes: Uint8Array, options: ReadOptions = {}): Promise<Table | TableStream | RecordList> {
  const limit = options.maxBytes ?? maxFileBytes;
  if (bytes.byteLength > limit) throw tooLarge(limit);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const declared = options.declared === undefined ? undefined : isFormat(options.declared) ? options.declared : declaredFormat(options.declared);
  if (buffer.length === 0) throw new FileProblem("empty", { "zh-CN": "文件是空的", en: "the file is empty" });
  const content = sniffContent(buffer);
  if (content.kind === "binary") {
    if (declared) throw notWhatItSays(content.what, declared);
    throw new FileProblem("unsupported_format", {
      "zh-CN": `该文件是${content.what["zh-CN"]}，不能导入；请使用 CSV、Excel（.xlsx）、JSON 或 NDJSON`,
      en: `this file is ${content.what.en} and cannot be imported; use CSV, Excel (.xlsx), JSON or NDJSON`,
    });
  }
  if (content.kind === "zip") {
    if (declared && declared !== "xlsx") throw notWhatItSays(formatName("xlsx"), declared);
    return readXlsx(buffer, { ...pick(options), ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
  }
  // csv-parse reads UTF-8 bytes (faster than text): the file's own, or the GB18030 text re-encoded.
  // The whole text is decoded only for JSON; what kind of text it is shows in its first characters.
  const { utf8, encoding } = asUtf8(buffer);
  let decoded: string | undefined;
  const text = () => (decoded ??= utf8.toString("utf8"));
  const first = firstSignificantChar(utf8.subarray(0, 16 * 1024).toString("utf8"));
  if (first === undefined && text().trim() === "") throw new FileProblem("empty", { "zh-CN": "文件是空的", en: "the file is empty" });
  if (declared === "xlsx") throw notWhatItSays({ "zh-CN": "文本文件（如 CSV）", en: "a text file (such as CSV)" }, "xlsx");
  const looksJson = first === "[" || first === "{";
  const format: FileFormat = declared ?? (looksJson ? (first === "{" && isNdjson(text()) ? "ndjson" : "json") : "csv");
  if (format === "csv" && looksJson && declared === "csv" && isJson(text())) throw notWhatItSays({ "zh-CN": "JSON", en: "JSON" }, "csv");
  if (format === "json") return readJson(text());
  if (format === "ndjson") return readNdjson(text());
  return streamCsv(utf8, encoding);
}

/** True when a read gave a table (CSV, xlsx) rather than records (JSON, NDJSON). */
export function isTable<T extends Table | TableStream>(read: T | RecordList): read is T {
  return "header" in read;
}

/** True when the rows of a table are still to be read. */
export function isTableStream(read: Table | TableStream | RecordList): read is TableStream {
  return "batches" in read;
}

const isFormat = (value: string): value is FileFormat => value === "csv" || value === "xlsx" || value === "json" || value === "ndjson";
const pick = (options: ZipLimits): ZipLimits => ({
  ...(options.maxUncompressedBytes === undefined ? {} : { maxUncompressedBytes: options.maxUncompressedBytes }),
  ...(options.maxEntries === undefined ? {} : { maxEntries: options.maxEntries }),
});

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return isNdjson(text);
  }
}

function isNdjson(text: string): boolean {
  const lines = text.split(/\r?\n/, 3).filter((line) => line.trim());
  if (lines.length < 2) return false;
  try {
    return lines.every((line) => typeof JSON.parse(line) === "object");
  } catch {
    return false;
  }
}

/**
 * Collects a request body or file stream into one Buffer, refusing (as soon as it is known) one
 * over the limit, so an oversized upload is never held whole.
 */
export async function collectBytes(source: AsyncIterable<Uint8Array>, limit = maxFileBytes): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.byteLength;
    if (total > limit) throw tooLarge(limit);
    chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/** Reads a file from disk, checking its size before reading it. */
export async function readTableFile(path: string, options: ReadOptions = {}): Promise<Table | RecordList> {
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    const limit = options.maxBytes ?? maxFileBytes;
    if (size > limit) throw tooLarge(limit);
    const bytes = await collectBytes(handle.createReadStream({ autoClose: false }), limit);
    return await readTable(bytes, { declared: path, ...options });
  } finally {
    await handle.close();
  }
}
