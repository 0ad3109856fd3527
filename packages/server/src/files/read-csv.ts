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

export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * Reads CSV text (already decoded) into a header and rows, with each row's physical line in the
 * file (where the record starts: a quoted cell may span lines). A row with more non-empty cells
 * than the header is a problem naming its line; shorter rows are padded with "".
 */
export function readCsv(text: string, encoding: TextEncoding = "utf-8"): Table {
  // Parsed as UTF-8 bytes (csv-parse is faster on a Buffer). Blank lines come back as records
  // of one empty cell, so every record is one line plus the line breaks inside its cells: the
  // line where each record starts is counted without asking csv-parse for positions.
  const bytes = Buffer.from(text, "utf8");
  let parsed: string[][];
  try {
    parsed = parse(bytes, { relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const detail = (error as Error).message;
    throw new FileProblem(
      "csv_syntax",
      {
        "zh-CN": `CSV 格式错误${line ? `（第 ${line} 行）` : ""}：${/quote/i.test(detail) ? "引号未闭合或位置不对" : detail}`,
        en: `CSV syntax error${line ? ` at line ${line}` : ""}: ${detail}`,
      },
      line ? { line } : {},
    );
  }
  // A file with CR line ends only (old Mac) counts lines by CR.
  const lineBreak = text.includes("\n") ? "\n" : "\r";
  const records: TableRow[] = [];
  let line = 1;
  for (const record of parsed) {
    const start = line;
    let blank = true;
    for (const cell of record) {
      if (blank && cell.trim() !== "") blank = false;
      if (cell.includes(lineBreak)) line += cell.split(lineBreak).length - 1;
    }
    line++;
    if (!blank) records.push({ line: start, cells: record });
  }
  const first = records.shift();
  if (!first) throw noHeader();
  const header = first.cells.map((cell) => cell.trim());
  while (header.length && header[header.length - 1] === "") header.pop();
  if (!header.length) throw noHeader();
  for (const row of records) {
    const { cells } = row;
    if (cells.length > header.length) {
      for (let index = header.length; index < cells.length; index++) {
        if (cells[index]!.trim() !== "") throw tooManyCells(row.line, header.length, cells.length);
      }
      cells.length = header.length;
    }
    while (cells.length < header.length) cells.push("");
  }
  return { format: "csv", header, rows: records, encoding };
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
