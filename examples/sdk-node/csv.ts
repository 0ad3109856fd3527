/** Text a spreadsheet would run as a formula (CSV injection) starts with one of these. */
const formulaLead = /^[=+\-@\t\r]/;

/** A cell as RFC 4180 text: numbers bare, empty for a missing value, text quoted with formulas defused by a leading `'`. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = formulaLead.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * The rows as a CSV file's content: UTF-8 with a byte order mark, so that Excel reads Chinese text
 * correctly, and CRLF line ends.
 */
export function csvFile(rows: ReadonlyArray<ReadonlyArray<string | number | null>>): string {
  return `\uFEFF${rows.map((row) => row.map(cell).join(",")).join("\r\n")}\r\n`;
}
