import type ExcelJS from "exceljs";
import { FileProblem } from "./problem.js";
import { noHeader, type Table, type TableRow } from "./read-csv.js";
import { checkZip, type ZipLimits } from "./zip-guard.js";

/** Options of {@link readXlsx}. */
export interface XlsxOptions extends ZipLimits {
  /** The sheet to read; default the first sheet of the workbook. */
  sheet?: string;
}

/** One worksheet's rows as exceljs streams them, before a header is picked. */
interface RawSheet {
  name: string;
  rows: Array<{ line: number; cells: string[] }>;
  formula?: string;
}

const notAWorkbook = () =>
  new FileProblem("not_a_workbook", {
    "zh-CN": "该文件是 zip 压缩包，但不是 Excel 工作簿（.xlsx）",
    en: "this file is a zip archive but not an Excel workbook (.xlsx)",
  });

/**
 * Reads one sheet of an xlsx: the first, or the one named. The zip is checked first (whole, and
 * not expanding past the limit); then exceljs reads it. Values become text as a person
 * sees them: integers without exponent, dates as YYYY-MM-DD, rich text joined, hyperlinks as their
 * text, empty cells "". A formula cell is a problem naming the cell: formulas are never evaluated
 * or imported.
 */
export async function readXlsx(bytes: Buffer, options: XlsxOptions = {}): Promise<Table> {
  const sheets = await readXlsxSheets(bytes, options, options.sheet);
  const names = sheets.map((sheet) => sheet.name);
  const chosen = options.sheet === undefined ? sheets[0] : sheets.find((sheet) => sheet.name === options.sheet);
  if (!chosen) {
    if (options.sheet === undefined) throw noHeader();
    throw new FileProblem(
      "unknown_sheet",
      {
        "zh-CN": `工作簿中没有名为“${options.sheet}”的工作表；现有工作表：${names.map((name) => `“${name}”`).join("、")}`,
        en: `the workbook has no sheet named "${options.sheet}"; its sheets are ${names.map((name) => `"${name}"`).join(", ")}`,
      },
      { sheet: options.sheet },
    );
  }
  if (chosen.formula) {
    const cell = chosen.formula;
    throw new FileProblem(
      "formula",
      {
        "zh-CN": `工作表“${chosen.name}”的单元格 ${cell} 是公式：导入不计算公式，请把公式转为数值（复制后“选择性粘贴 → 数值”）`,
        en: `cell ${cell} of sheet "${chosen.name}" holds a formula: imports never evaluate formulas; replace it with its value (copy, then Paste Special → Values)`,
      },
      { cell, sheet: chosen.name, line: Number(cell.replace(/^[A-Z]+/, "")) },
    );
  }
  return toTable(chosen);
}

/** The names of an xlsx's sheets, in workbook order. */
export async function listXlsxSheets(bytes: Buffer, limits: ZipLimits = {}): Promise<string[]> {
  return (await readXlsxSheets(bytes, limits, null)).map((sheet) => sheet.name);
}

/** Reads the workbook; keeps the rows of the wanted sheet (the first when undefined; none when null). */
async function readXlsxSheets(bytes: Buffer, limits: ZipLimits, wanted: string | undefined | null): Promise<RawSheet[]> {
  // exceljs loads through JSZip, which reads the parts the central directory lists: the same
  // parts checkZip has measured, so nothing larger than the limit is ever inflated.
  const parts = await checkZip(bytes, limits);
  if (!parts.includes("xl/workbook.xml")) throw notAWorkbook();
  // Loaded on first use: the library is large, and imports of other formats never need it.
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer, { ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst", "drawing", "picture", "tableParts"] } as object);
  } catch (error) {
    throw new FileProblem("truncated", {
      "zh-CN": `无法读取 Excel 文件：${(error as Error).message}`,
      en: `the Excel file cannot be read: ${(error as Error).message}`,
    });
  }
  const worksheets = workbook.worksheets;
  const target = wanted === null ? undefined : wanted === undefined ? worksheets[0] : worksheets.find((worksheet) => worksheet.name === wanted);
  return worksheets.map((worksheet) => {
    const sheet: RawSheet = { name: worksheet.name, rows: [] };
    if (worksheet !== target) return sheet;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      if (sheet.formula) return;
      const cells: string[] = [];
      let blank = true;
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const text = cellText(cell.value, () => (sheet.formula ??= cell.address));
        if (text !== "") blank = false;
        while (cells.length < column - 1) cells.push("");
        cells[column - 1] = text;
      });
      if (!blank) sheet.rows.push({ line: row.number, cells });
    });
    return sheet;
  });
}

function toTable(sheet: RawSheet): Table {
  const [first, ...rest] = sheet.rows;
  if (!first) throw noHeader();
  const header = first.cells.map((cell) => cell.trim());
  while (header.length && header[header.length - 1] === "") header.pop();
  if (!header.length) throw noHeader();
  const rows: TableRow[] = [];
  for (const row of rest) {
    const { cells } = row;
    if (cells.length > header.length) {
      const extra = cells.findIndex((cell, index) => index >= header.length && cell.trim() !== "");
      if (extra !== -1) {
        throw new FileProblem(
          "too_many_cells",
          {
            "zh-CN": `第 ${row.line} 行在表头以外的列 ${columnLetter(extra + 1)} 有内容`,
            en: `row ${row.line} has a value in column ${columnLetter(extra + 1)}, beyond the header's ${header.length} columns`,
          },
          { line: row.line, cell: `${columnLetter(extra + 1)}${row.line}`, sheet: sheet.name },
        );
      }
      cells.length = header.length;
    }
    for (let index = 0; index < header.length; index++) cells[index] ??= "";
    rows.push(row);
  }
  return { format: "xlsx", header, rows, sheet: sheet.name };
}

/** `1` → `A`, `27` → `AA`. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell value as the text a person sees; calls `onFormula` (and gives "") for a formula. */
function cellText(value: ExcelJS.CellValue, onFormula: () => void): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      onFormula();
      return "";
    }
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue, onFormula);
    if ("error" in value) return String(value.error);
  }
  return String(value);
}

/** Plain decimal text: `12`, `3.5`, `0.0000001`, `123456789012345680000`; never an exponent. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  // Excel keeps 15 significant digits; drop binary noise such as 0.30000000000000004.
  const rounded = Number(value.toPrecision(15));
  const text = String(rounded);
  if (!/e/i.test(text)) return text;
  return rounded.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/** YYYY-MM-DD, with the time when it is not midnight (exceljs gives dates in UTC). */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  const time = iso.slice(11, 19);
  return time === "00:00:00" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}
