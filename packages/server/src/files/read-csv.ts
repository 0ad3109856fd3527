import { Readable } from "node:stream";
import { Parser } from "csv-parse";
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

/** A CSV file whose rows are read as they are asked for, so a large file is never held parsed whole. */
export interface TableStream extends Omit<Table, "rows"> {
  format: "csv";
  /** As {@link Table.rows}; a row with more cells than the header, or bad quoting, throws a {@link FileProblem} when reached. */
  rows: AsyncIterable<TableRow>;
}

export interface TableRow {
  line: number;
  cells: string[];
}

/** The bytes handed to the parser at a time. */
const chunkBytes = 16 * 1024;

/**
 * Reads CSV into a header and a stream of rows, each with its physical line in the file (where the
 * record starts: a quoted cell may span lines). `bytes` is UTF-8 without a byte order mark; `text`,
 * when the caller has decoded it, only tells how lines end. A row with more non-empty cells than
 * the header is a problem naming its line; shorter rows are padded with "".
 */
export async function streamCsv(bytes: Buffer, encoding: TextEncoding = "utf-8", text: string = bytes.toString("utf8")): Promise<TableStream> {
  // A file with CR line ends only (old Mac) counts lines by CR.
  const lineBreak = text.includes("\n") ? "\n" : "\r";
  const rows = csvRows(bytes, lineBreak);
  const first = await rows.next();
  const header = first.done ? [] : first.value.cells.map((cell) => cell.trim());
  while (header.length && header[header.length - 1] === "") header.pop();
  if (!header.length) {
    await rows.return(undefined);
    throw noHeader();
  }
  return {
    format: "csv",
    header,
    encoding,
    rows: (async function* () {
      for await (const row of rows) {
        const { cells } = row;
        if (cells.length > header.length) {
          for (let index = header.length; index < cells.length; index++) {
            if (cells[index]!.trim() !== "") throw tooManyCells(row.line, header.length, cells.length);
          }
          cells.length = header.length;
        }
        while (cells.length < header.length) cells.push("");
        yield row;
      }
    })(),
  };
}

/** The non-blank records of the file with their lines, as csv-parse reads them a chunk at a time. */
async function* csvRows(bytes: Buffer, lineBreak: string): AsyncGenerator<TableRow> {
  // Blank lines come back as records of one empty cell, so every record is one line plus the line
  // breaks inside its cells: the line where each record starts is counted without asking
  // csv-parse for positions.
  const parser = new Parser({ relax_column_count: true, skip_empty_lines: false });
  const chunks = Readable.from(
    (function* () {
      for (let start = 0; start < bytes.length; start += chunkBytes) yield bytes.subarray(start, start + chunkBytes);
    })(),
    { objectMode: false },
  );
  chunks.pipe(parser);
  let line = 1;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      const start = line;
      let blank = true;
      for (const cell of record) {
        if (blank && cell.trim() !== "") blank = false;
        if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
      }
      line++;
      if (!blank) yield { line: start, cells: record };
    }
  } catch (error) {
    throw syntaxProblem(error);
  } finally {
    chunks.destroy();
    parser.destroy();
  }
}

function syntaxProblem(error: unknown): FileProblem {
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
