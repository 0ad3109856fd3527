import { type CellValue, cellToText, neutraliseCell } from "./neutralise.js";

const bom = "\uFEFF";

/** RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, its quotes doubled. */
function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV file: UTF-8 with a byte order mark (so Excel opens Chinese text right), CRLF line ends,
 * RFC 4180 quoting, and every text cell neutralised against formula injection. Numbers are
 * written as numbers (a negative number stays a number).
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CellValue[]>): Buffer {
  const lines = [header.map((cell) => quote(neutraliseCell(cell))).join(",")];
  for (const row of rows) lines.push(row.map((cell) => quote(cellToText(cell))).join(","));
  return Buffer.from(bom + lines.join("\r\n") + "\r\n", "utf8");
}
