export { type Bilingual, FileProblem, type FileProblemCode, type Lang } from "./problem.js";
export { type ContentKind, declaredFormat, type FileFormat, mediaTypes, sniffContent } from "./file-format.js";
export { asUtf8, type TextEncoding } from "./decode-text.js";
export type { Table, TableRow, TableStream } from "./read-csv.js";
export { readJson, readNdjson, type RecordList } from "./read-json.js";
export { columnLetter, listXlsxSheets, numberText, readXlsx, type XlsxOptions } from "./read-xlsx.js";
export { checkZip, defaultMaxUncompressedBytes, type ZipLimits } from "./zip-guard.js";
export { collectBytes, isTable, isTableStream, maxFileBytes, openTable, type ReadOptions, readTable, readTableFile } from "./read-table.js";
export { type CellValue, cellToText, neutraliseCell, unneutraliseText } from "./neutralise.js";
export { toCsv } from "./write-csv.js";
export { displayWidth, type SheetData, toXlsx } from "./write-xlsx.js";
export { type ChildTable, type Column, type ColumnKind, type ColumnModel, type ColumnSet, columnModel, type ItemKind, type ObjectGroup } from "./columns.js";
export { type FieldLabel, fieldLabels, labelOf } from "@chanjiao/sdk";
export {
  bindHeader,
  type CellError,
  columnForPath,
  type HeaderBinding,
  headerRow,
  recordToChildRows,
  recordToRow,
  rowToChild,
  rowToRecord,
  type RowResult,
} from "./rows.js";
export { type TemplateOptions, writeTemplate } from "./template.js";
