/** A value written to a CSV or xlsx cell. Numbers are written as numbers; null and undefined as empty. */
export type CellValue = string | number | boolean | null | undefined;

/** Characters that make a spreadsheet take a cell's text as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Text made safe for a spreadsheet cell: text that begins with `=`, `+`, `-`, `@`, a tab or a
 * carriage return gets a leading `'`, so Excel, WPS and LibreOffice show it as text and never run
 * it as a formula (as OWASP recommends). Readers take the `'` off again (see `unneutraliseText`).
 */
export function neutraliseCell(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Takes off the `'` that {@link neutraliseCell} added, so an exported file imports back unchanged. */
export function unneutraliseText(text: string): string {
  return text.length > 1 && text.charCodeAt(0) === 0x27 && formulaStart.test(text.slice(1)) ? text.slice(1) : text;
}

/** A cell as the text a CSV holds: numbers as written, booleans as true/false, text neutralised. */
export function cellToText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return neutraliseCell(value);
}
