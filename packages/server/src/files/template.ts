import type * as z from "zod/mini";
import { allowedValues, type Column, type ColumnModel, columnModel } from "./columns.js";
import type { Lang } from "./problem.js";
import { headerRow, recordToChildRows, recordToRow } from "./rows.js";
import { toCsv } from "./write-csv.js";
import { type SheetData, toXlsx } from "./write-xlsx.js";

/** Options of {@link writeTemplate}. */
export interface TemplateOptions {
  format: "csv" | "xlsx";
  lang: Lang;
  /** A real record whose values show as the example row (the 说明/Columns and 示例/Example sheets). */
  example?: object;
  /** The data sheet's name; default 数据 / Data. */
  sheetName?: string;
  /** CSV only: write the child table of this list-of-objects field (such as `council`) instead of the main columns. */
  table?: string;
}

const words = {
  "zh-CN": {
    data: "数据",
    guide: "说明",
    example: "示例",
    guideHeader: ["列名", "字段", "含义", "类型", "允许的值", "是否必填", "示例", "所在工作表"],
    kinds: { text: "文本", integer: "整数", number: "数字", boolean: "是/否", enum: "选项", list: "多个值（用 ; 分隔）" },
    required: "必填",
    requiredNullable: "必填列，可留空",
    optional: "选填",
    listNote: "多个值用分号（; 或 ；）分隔",
    childNote: (sheet: string, id: string) => `每项一行，写在工作表“${sheet}”中，第一列“${id}”填所属记录的编号`,
    booleanValues: "是、否",
    notes: [
      "第一行是列名，请勿修改；从第二行起每行一条记录。",
      "导入时按“编号”匹配已有记录：编号已存在则更新，不存在则新建。",
      "不要使用公式：含公式的单元格会被拒绝，请先转为数值。",
      "以 = + - @ 开头的文字会加上 ' 以防被当作公式，导入时会自动去掉。",
      "选项列填写“允许的值”中的中文名称；也可填写对应的英文代码（如 city、open），二者导入结果相同。",
    ],
  },
  en: {
    data: "Data",
    guide: "Columns",
    example: "Example",
    guideHeader: ["Column", "Field", "Meaning", "Kind", "Allowed values", "Required", "Example", "Sheet"],
    kinds: { text: "text", integer: "whole number", number: "number", boolean: "true/false", enum: "one of the values", list: "several values (separated by ;)" },
    required: "required",
    requiredNullable: "required column, may be empty",
    optional: "optional",
    listNote: "several values separated by semicolons (; or ；)",
    childNote: (sheet: string, id: string) => `one row per item, in sheet "${sheet}", its first column "${id}" the record's ID`,
    booleanValues: "true, false",
    notes: [
      "Row 1 names the columns: keep it as it is; one record per row from row 2.",
      "Imports match existing records by ID: an ID that exists is updated, a new one created.",
      "No formulas: a cell holding a formula is refused; paste values instead.",
      "Text beginning with = + - @ is written with a leading ' so it is never taken as a formula; imports take it off.",
      "A column of options takes one of its allowed values; the Chinese names a zh-CN template shows (such as 市域产教联合体 for city) are taken too.",
    ],
  },
} as const;

function describe(column: Column, lang: Lang): { kind: string; values: string; required: string; meaning: string } {
  const w = words[lang];
  const kind = column.kind === "list" ? `${w.kinds.list}: ${w.kinds[column.item ?? "text"]}` : w.kinds[column.kind];
  const values = column.values ? allowedValues(column, lang).join(lang === "zh-CN" ? "、" : ", ") : column.kind === "boolean" ? w.booleanValues : "";
  const required = !column.required ? w.optional : column.nullable ? w.requiredNullable : w.required;
  const help = column.label.help?.[lang] ?? "";
  const meaning = column.kind === "list" && !help ? w.listNote : help;
  return { kind, values, required, meaning };
}

/** The sheets of an xlsx template: data (header only), the guide to every column, the example, and one per child table. */
function templateSheets(model: ColumnModel, options: TemplateOptions): SheetData[] {
  const { lang } = options;
  const w = words[lang];
  const dataName = options.sheetName ?? w.data;
  const example = options.example;
  const exampleRow = example ? recordToRow(model, example, lang) : [];
  const guide: Array<Array<string | number | null>> = [];
  model.columns.forEach((column, index) => {
    const { kind, values, required, meaning } = describe(column, lang);
    const sample = exampleRow[index];
    guide.push([column.label[lang], column.key, meaning, kind, values, required, sample === undefined || sample === null ? "" : String(sample), dataName]);
  });
  for (const table of model.tables) {
    const sheet = table.label[lang];
    guide.push([table.label[lang], table.key, w.childNote(sheet, table.parentColumn.label[lang]), "", "", "", "", sheet]);
    const childRows = example ? recordToChildRows(table, example, lang) : [];
    table.columns.forEach((column, index) => {
      const { kind, values, required, meaning } = describe(column, lang);
      const sample = childRows[0]?.[index];
      guide.push([column.label[lang], index === 0 ? "id" : `${table.key}[].${column.key}`, meaning, kind, values, required, sample === undefined || sample === null ? "" : String(sample), sheet]);
    });
  }
  guide.push([]);
  for (const note of w.notes) guide.push([note]);
  const sheets: SheetData[] = [{ name: dataName, header: headerRow(model, lang), rows: [] }];
  for (const table of model.tables) sheets.push({ name: table.label[lang], header: headerRow(table, lang), rows: [] });
  sheets.push({ name: w.guide, header: w.guideHeader, rows: guide, widths: [22, 28, 50, 22, 40, 18, 30, 14] });
  if (example) {
    sheets.push({ name: w.example, header: headerRow(model, lang), rows: [exampleRow] });
    for (const table of model.tables) sheets.push({ name: `${w.example}-${table.label[lang]}`, header: headerRow(table, lang), rows: recordToChildRows(table, example, lang) });
  }
  return sheets;
}

/**
 * An empty import template of a record schema: a header row of column names in a language. As
 * xlsx it also has a sheet per list-of-objects field (keyed by the record's id), a guide sheet
 * (说明 / Columns) explaining every column (meaning, kind, allowed values, required, example)
 * and, given a real record, an example sheet. As CSV it is the header row (or, with `table`,
 * the header of one child table).
 */
export async function writeTemplate(schema: z.ZodMiniObject, options: TemplateOptions): Promise<Buffer> {
  const model = columnModel(schema);
  if (options.format === "csv") {
    if (options.table !== undefined) {
      const table = model.tables.find((candidate) => candidate.key === options.table);
      if (!table) throw new Error(`No list-of-objects field ${JSON.stringify(options.table)}; the fields with their own table are: ${model.tables.map((t) => t.key).join(", ") || "none"}.`);
      return toCsv(headerRow(table, options.lang), []);
    }
    return toCsv(headerRow(model, options.lang), []);
  }
  return toXlsx(templateSheets(model, options));
}
