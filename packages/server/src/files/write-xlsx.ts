import { type CellValue, neutraliseCell } from "./neutralise.js";

/** A sheet to write: its name, header row and rows. */
export interface SheetData {
  /** Sheet name (at most 31 characters; `[]:*?/\` are replaced). */
  name: string;
  header: readonly string[];
  rows: Iterable<readonly CellValue[]>;
  /** Column widths in characters; default fitted to the content (CJK counts double), 8 to 60. */
  widths?: readonly number[];
  /** Freeze and bold the header row; default true. */
  headerRow?: boolean;
}

/** Display width of text: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

const safeSheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, "_").slice(0, 31) || "Sheet";

/**
 * An xlsx workbook: one worksheet per sheet, header row bold and frozen, columns sized. Text cells
 * are string cells, neutralised against formula injection; numbers are number cells; nothing is
 * ever written as a formula.
 */
export async function toXlsx(sheets: readonly SheetData[]): Promise<Buffer> {
  // Loaded on first use: the library is large, and a server that writes no workbook never needs it.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Chanjiao";
  for (const sheet of sheets) {
    const headerRow = sheet.headerRow ?? true;
    const worksheet = workbook.addWorksheet(safeSheetName(sheet.name), headerRow ? { views: [{ state: "frozen", ySplit: 1 }] } : {});
    const widths = sheet.header.map((cell) => displayWidth(cell));
    const head = worksheet.addRow(sheet.header.map((cell) => neutraliseCell(cell)));
    if (headerRow) head.font = { bold: true };
    for (const row of sheet.rows) {
      worksheet.addRow(
        row.map((cell, index) => {
          const value = cellValue(cell);
          if (typeof value === "string") widths[index] = Math.max(widths[index] ?? 0, ...value.split("\n").map(displayWidth));
          return value;
        }),
      );
    }
    sheet.header.forEach((_, index) => {
      worksheet.getColumn(index + 1).width = sheet.widths?.[index] ?? Math.min(60, Math.max(8, (widths[index] ?? 0) + 2));
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(cell: CellValue): string | number | boolean | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell;
  return neutraliseCell(cell);
}
