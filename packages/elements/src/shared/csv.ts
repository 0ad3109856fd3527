import { saveFile } from "./download.js";

/** Cells a spreadsheet would run as a formula (CSV injection); they are written with a leading `'`. */
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV cell: a number as it is, text quoted, formula-like text defused. */
function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

/** The rows as CSV text (RFC 4180, CRLF line ends). */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * Offers `csv` as a file download. The byte order mark makes Excel read the file as UTF-8, so
 * Chinese text is not garbled.
 */
export function downloadCsv(fileName: string, csv: string): void {
  saveFile(fileName, new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
}
