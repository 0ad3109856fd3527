import { parse } from "csv-parse/sync";
import type { TextEncoding } from "./decode-text.js";
import { FileProblem } from "./problem.js";

/** A sheet of rows under a header: what CSV and xlsx files are read into. */
export interface Table {
  format: "csv" | "xlsx";
  /** The header cells, trimmed; trailing empty header cells are dropped. */
  header: string[];
  /** The rows under the header, blank rows left out. `line` is the row's line as a person sees it (header: line 1). */
  rows: TableRow[];
  /** The sheet read (xlsx). */
  sheet?: string;
  /** The text encoding the CSV was in. */
  encoding?: TextEncoding;
}

/** A CSV file whose rows are read a batch at a time as they are asked for, so a large file is never held parsed whole. */
export interface TableStream extends Omit<Table, "rows"> {
  format: "csv";
  /** As {@link Table.rows}, in batches; a row with more cells than the header, or bad quoting, throws a {@link FileProblem} when its batch is reached. */
  batches: Iterable<TableRow[]>;
}

export interface TableRow {
  line: number;
  cells: string[];
}

/** The bytes parsed at a time (then to the end of the record under way). */
const sliceBytes = 8 * 1024;

const quote = 0x22;

const options = { relax_column_count: true, skip_empty_lines: false };

/**
 * Reads CSV into a header and batches of rows, each with its physical line in the file (where the
 * record starts: a quoted cell may span lines). `bytes` is UTF-8 without a byte order mark. A row
 * with more non-empty cells than the header is a problem naming its line; shorter rows are padded
 * with "".
 */
export function streamCsv(bytes: Buffer, encoding: TextEncoding = "utf-8"): TableStream {
  // A file with CR line ends only (old Mac) counts lines by CR.
  const lineBreak = bytes.includes(0x0a) ? "\n" : "\r";
  const batches = csvBatches(bytes, lineBreak);
  // The header is the first row: the rest of its batch is the first batch of rows.
  let rest: TableRow[] = [];
  while (!rest.length) {
    const next = batches.next();
    if (next.done) break;
    rest = next.value;
  }
  const first = rest.shift();
  const header = first ? first.cells.map((cell) => cell.trim()) : [];
  while (header.length && header[header.length - 1] === "") header.pop();
  if (!header.length) throw noHeader();
  const fitted = (batch: TableRow[]) => {
    for (const row of batch) {
      const { cells } = row;
      if (cells.length > header.length) {
        for (let index = header.length; index < cells.length; index++) {
          if (cells[index]!.trim() !== "") throw tooManyCells(row.line, header.length, cells.length);
        }
        cells.length = header.length;
      }
      while (cells.length < header.length) cells.push("");
    }
    return batch;
  };
  return {
    format: "csv",
    header,
    encoding,
    batches: (function* () {
      if (rest.length) yield fitted(rest);
      rest = [];
      for (const batch of batches) yield fitted(batch);
    })(),
  };
}

/**
 * Where the record under way at `from` ends: after the first line break there that is outside
 * quotes, counted from `start`, where a record begins (CSV escapes a quote by doubling it, which
 * keeps the count even).
 */
function recordEnd(bytes: Buffer, start: number, from: number, lineBreak: number): number {
  let quoted = false;
  for (let at = bytes.indexOf(quote, start); at !== -1 && at < from; at = bytes.indexOf(quote, at + 1)) quoted = !quoted;
  for (let index = from; index < bytes.length; index++) {
    const byte = bytes[index];
    if (byte === quote) quoted = !quoted;
    else if (byte === lineBreak && !quoted) return index + 1;
  }
  return bytes.length;
}

/**
 * The non-blank records of the file with their lines, a slice of whole records at a time: each
 * slice is parsed at once, without a stream, and only a slice's records are held.
 */
function* csvBatches(bytes: Buffer, lineBreak: string): Generator<TableRow[]> {
  // Blank lines come back as records of one empty cell, so every record is one line plus the line
  // breaks inside its cells: the line where each record starts is counted without asking
  // csv-parse for positions.
  let line = 1;
  const breakByte = lineBreak.charCodeAt(0);
  for (let start = 0; start < bytes.length; ) {
    const end = start + sliceBytes >= bytes.length ? bytes.length : recordEnd(bytes, start, start + sliceBytes, breakByte);
    let records: string[][];
    try {
      records = parse(bytes.subarray(start, end), options);
    } catch (error) {
      throw syntaxProblem(bytes.subarray(0, end), error);
    }
    const batch: TableRow[] = [];
    for (const record of records) {
      const first = line;
      let blank = true;
      for (const cell of record) {
        if (blank && cell.trim() !== "") blank = false;
        if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
      }
      line++;
      if (!blank) batch.push({ line: first, cells: record });
    }
    yield batch;
    start = end;
  }
}

/** The parse error of the file up to a slice that failed, as a problem: read again from the start, so that its line is the file's. */
function syntaxProblem(upTo: Buffer, inSlice: unknown): FileProblem {
  let error = inSlice;
  try {
    parse(upTo, options);
  } catch (thrown) {
    error = thrown;
  }
  const line = (error as { lines?: number }).lines;
  const detail = (error as Error).message;
  return new FileProblem(
    "csv_syntax",
    {
      "zh-CN": `CSV 格式错误${line ? `（第 ${line} 行）` : ""}：${/quote/i.test(detail) ? "引号未闭合或位置不对" : detail}`,
      en: `CSV syntax error${line ? ` at line ${line}` : ""}: ${detail}`,
    },
    line ? { line } : {},
  );
}

export function noHeader(): FileProblem {
  return new FileProblem("no_header", { "zh-CN": "文件没有表头行（第一行应为列名）", en: "the file has no header row (the first row must name the columns)" });
}

function tooManyCells(line: number, expected: number, found: number): FileProblem {
  return new FileProblem(
    "too_many_cells",
    { "zh-CN": `第 ${line} 行有 ${found} 个单元格，多于表头的 ${expected} 列`, en: `line ${line} has ${found} cells, more than the ${expected} columns of the header` },
    { line },
  );
}
