import { allowedValues, type Column, type ColumnSet, valueLabel } from "./columns.js";
import { type CellValue, unneutraliseText } from "./neutralise.js";
import type { Lang } from "./problem.js";

/** What is wrong with one cell or column, as the import report says it. */
export interface CellError {
  /** The column as the file names it (for a missing column: its name in the file's language). */
  column: string;
  /** The field's key, such as `years` or `statistics.year`, when the column is known. */
  key?: string;
  code: "unknown_column" | "duplicate_column" | "missing_column" | "required" | "not_integer" | "not_number" | "not_boolean" | "not_allowed";
  message(lang: Lang): string;
}

/** A header row matched to columns: done once per file, then used for every row. */
export interface HeaderBinding {
  set: ColumnSet;
  /** The language the header is in (labels of either language, or field keys, are accepted). */
  lang: Lang;
  header: readonly string[];
  /** The column of each cell position; undefined for an unknown or unnamed one. */
  byIndex: ReadonlyArray<Column | undefined>;
  /** Unknown, duplicate and missing required columns: the file's problems, reported once. */
  errors: CellError[];
}

/** A header cell as compared: NFKC, spaces collapsed, a trailing `*` (required mark) dropped, lower case. */
function normalise(text: string): string {
  const collapsed = text.normalize("NFKC").replace(/\s+/g, " ").trim();
  return (collapsed.endsWith("*") ? collapsed.slice(0, -1).trimEnd() : collapsed).toLowerCase();
}
const cjk = /[\u3400-\u9fff]/;

/**
 * Matches a header row to a column set: each cell by its zh-CN label, en label or field key
 * (case, width and spacing aside). The language is the one most of the header's cells are in.
 */
export function bindHeader(set: ColumnSet, header: readonly string[]): HeaderBinding {
  const byName = new Map<string, { column: Column; lang: Lang | "key" }>();
  for (const column of set.columns) {
    byName.set(normalise(column.key), { column, lang: "key" });
    byName.set(normalise(column.label.en), { column, lang: "en" });
    byName.set(normalise(column.label["zh-CN"]), { column, lang: "zh-CN" });
  }
  const counts = { "zh-CN": 0, en: 0 };
  const byIndex: Array<Column | undefined> = [];
  const seen = new Map<Column, string>();
  const unknown: string[] = [];
  const duplicates: Array<[string, string]> = [];
  header.forEach((name, index) => {
    const match = name.trim() === "" ? undefined : byName.get(normalise(name));
    if (!match) {
      if (name.trim() !== "") unknown.push(name);
      byIndex[index] = undefined;
      return;
    }
    if (match.lang !== "key") counts[match.lang]++;
    else counts.en += 0.5;
    const earlier = seen.get(match.column);
    if (earlier !== undefined) {
      duplicates.push([earlier, name]);
      byIndex[index] = undefined;
      return;
    }
    seen.set(match.column, name);
    byIndex[index] = match.column;
  });
  const lang: Lang = counts["zh-CN"] > counts.en || (counts["zh-CN"] === counts.en && header.some((name) => cjk.test(name))) ? "zh-CN" : "en";
  const errors: CellError[] = [];
  for (const name of unknown) {
    errors.push({
      column: name,
      code: "unknown_column",
      message: (l) => (l === "zh-CN" ? `未知的列“${name}”` : `unknown column "${name}"`),
    });
  }
  for (const [first, second] of duplicates) {
    errors.push({
      column: second,
      code: "duplicate_column",
      message: (l) => (l === "zh-CN" ? `列“${second}”与列“${first}”重复` : `column "${second}" repeats column "${first}"`),
    });
  }
  for (const column of set.columns) {
    if (seen.has(column) || !column.required || column.nullable || (column.kind === "enum" && column.values?.length === 1)) continue;
    if (column.kind === "list") continue; // an absent list is an empty one
    const name = column.label[lang];
    errors.push({
      column: name,
      key: column.key,
      code: "missing_column",
      message: (l) => (l === "zh-CN" ? `缺少必填列“${column.label["zh-CN"]}”` : `the required column "${column.label.en}" is missing`),
    });
  }
  return { set, lang, header, byIndex, errors };
}

const bindings = new WeakMap<readonly string[], WeakMap<ColumnSet, HeaderBinding>>();

/** The binding of a header to a set, made once per header array. */
function bindingFor(set: ColumnSet, header: readonly string[]): HeaderBinding {
  let forHeader = bindings.get(header);
  if (!forHeader) bindings.set(header, (forHeader = new WeakMap()));
  let binding = forHeader.get(set);
  if (!binding) forHeader.set(set, (binding = bindHeader(set, header)));
  return binding;
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: CellError };

const booleans = new Map<string, boolean>([
  ["是", true],
  ["否", false],
  ["true", true],
  ["false", false],
  ["1", true],
  ["0", false],
  ["yes", true],
  ["no", false],
  ["y", true],
  ["n", false],
  ["对", true],
  ["错", false],
]);

const integerPattern = /^[+-]?(\d+|\d{1,3}(,\d{3})+)$/;
const numberPattern = /^[+-]?(\d+(\.\d*)?|\.\d+|\d{1,3}(,\d{3})+(\.\d*)?)([eE][+-]?\d+)?$/;
const ascii = (text: string) => (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKC"));

function fail(column: Column, name: string, code: CellError["code"], zh: string, en: string): Parsed {
  return { ok: false, error: { column: name, key: column.key, code, message: (l) => (l === "zh-CN" ? zh : en) } };
}

/** The enum value a cell names: the value itself (`city`, in any case) or its Chinese label (市域产教联合体). */
function enumValue(column: Column, text: string): string | undefined {
  const values = column.values ?? [];
  const trimmed = text.trim();
  if (values.includes(trimmed)) return trimmed;
  const folded = ascii(trimmed).toLowerCase();
  const label = trimmed.normalize("NFKC");
  return values.find((allowed) => allowed.toLowerCase() === folded || column.labels?.[allowed]?.normalize("NFKC") === label);
}

/** A non-empty cell's text as a value of the column's (or list item's) kind. */
function parseScalar(column: Column, kind: Column["kind"], text: string, name: string): Parsed {
  switch (kind) {
    case "integer": {
      const plain = ascii(text).trim();
      const value = integerPattern.test(plain) ? Number(plain.replaceAll(",", "")) : Number.NaN;
      if (Number.isSafeInteger(value)) return { ok: true, value };
      return fail(column, name, "not_integer", `“${text}”不是整数`, `"${text}" is not a whole number`);
    }
    case "number": {
      let plain = ascii(text).trim();
      const percent = plain.endsWith("%");
      if (percent) plain = plain.slice(0, -1).trim();
      const value = numberPattern.test(plain) ? Number(plain.replaceAll(",", "")) / (percent ? 100 : 1) : Number.NaN;
      if (Number.isFinite(value)) return { ok: true, value };
      return fail(column, name, "not_number", `“${text}”不是数字`, `"${text}" is not a number`);
    }
    case "boolean": {
      const value = booleans.get(ascii(text).trim().toLowerCase());
      if (value !== undefined) return { ok: true, value };
      return fail(column, name, "not_boolean", `“${text}”应为“是”或“否”`, `"${text}" must be true or false (是/否, 1/0)`);
    }
    case "enum": {
      const value = enumValue(column, text);
      if (value !== undefined) return { ok: true, value };
      return fail(column, name, "not_allowed", `“${text}”不是允许的值（${allowedValues(column, "zh-CN").join("、")}）`, `"${text}" is not one of ${allowedValues(column, "en").join(", ")}`);
    }
    default:
      return { ok: true, value: unneutraliseText(text.trim()) };
  }
}

const listSeparators = /[;；\n]/;
const enumListSeparators = /[;；、,，\n]/;

function parseCell(column: Column, text: string, name: string): Parsed {
  if (column.kind !== "list") return parseScalar(column, column.kind, text, name);
  const items = text.split(column.item === "enum" ? enumListSeparators : listSeparators);
  const values: unknown[] = [];
  for (const item of items) {
    if (item.trim() === "") continue;
    const parsed = parseScalar(column, column.item ?? "text", item, name);
    if (!parsed.ok) return parsed;
    values.push(parsed.value);
  }
  return { ok: true, value: values };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (let index = 0; index < path.length - 1; index++) {
    const key = path[index]!;
    let next = node[key] as Record<string, unknown> | undefined;
    if (next === undefined || next === null) node[key] = next = {};
    node = next;
  }
  node[path[path.length - 1]!] = value;
}

function deletePath(target: Record<string, unknown>, path: readonly string[]): void {
  let node: Record<string, unknown> | undefined = target;
  for (let index = 0; index < path.length - 1 && node; index++) node = node[path[index]!] as Record<string, unknown> | undefined;
  if (node) delete node[path[path.length - 1]!];
}

const startsWith = (path: readonly string[], prefix: readonly string[]) => prefix.every((key, index) => path[index] === key);

/** A row as a record, with what is wrong in its cells. */
export interface RowResult {
  value: Record<string, unknown>;
  errors: CellError[];
}

/**
 * A row of cells as a record of the column set: typed coercion (是/否/true/false/1/0 for
 * booleans; strict integers; numbers with `%`; enum values as listed; lists split on `;`/`；`),
 * an empty cell becomes `null` (nullable), is left out (optional), or is an error (required).
 * Columns the header lacks are left out of the record (the header's errors say so once). A
 * nested object whose cells are all empty is `null` (nullable) or left out.
 *
 * Call with a {@link HeaderBinding} (from {@link bindHeader}), or with the set and the header:
 * the binding is then made once per header array.
 */
export function rowToRecord(binding: HeaderBinding, cells: readonly string[]): RowResult;
export function rowToRecord(set: ColumnSet, header: readonly string[], cells: readonly string[]): RowResult;
export function rowToRecord(first: HeaderBinding | ColumnSet, second: readonly string[], third?: readonly string[]): RowResult {
  const binding = "byIndex" in first ? first : bindingFor(first, second);
  const cells = "byIndex" in first ? second : third!;
  const value: Record<string, unknown> = {};
  const errors: CellError[] = [];
  const empty: Array<{ column: Column; name: string }> = [];
  const { byIndex, header, set } = binding;
  for (let index = 0; index < byIndex.length; index++) {
    const column = byIndex[index];
    if (!column) continue;
    const text = cells[index] ?? "";
    const name = header[index]!;
    if (text.trim() === "") {
      if (column.kind === "list") setPath(value, column.path, []);
      else empty.push({ column, name });
      continue;
    }
    const parsed = parseCell(column, text, name);
    if (parsed.ok) setPath(value, column.path, parsed.value);
    else errors.push(parsed.error);
  }
  // A one-value enum (School.kind = "school") needs no cell.
  for (const column of set.columns) {
    if (column.kind === "enum" && column.values?.length === 1 && !binding.byIndex.includes(column)) setPath(value, column.path, column.values[0]);
  }
  if (empty.length) {
    // Nested objects with no value at all: null or absent as a whole, deepest first.
    const emptyGroups = set.groups.filter((group) => !hasLeaf(value, group.path)).sort((a, b) => b.path.length - a.path.length);
    for (const { column, name } of empty) {
      const group = emptyGroups.find((candidate) => startsWith(column.path, candidate.path) && (candidate.nullable || !candidate.required));
      if (group) continue;
      if (column.kind === "enum" && column.values?.length === 1) setPath(value, column.path, column.values[0]);
      else if (column.nullable) setPath(value, column.path, null);
      else if (column.required) {
        errors.push({
          column: name,
          key: column.key,
          code: "required",
          message: (l) => (l === "zh-CN" ? `“${name}”为必填项` : `"${name}" is required`),
        });
      }
    }
    for (const group of emptyGroups) {
      if (!group.nullable && group.required) continue;
      const parent = group.path.slice(0, -1);
      if (parent.length && !hasLeaf(value, parent) && emptyGroups.some((other) => other.path.join(".") === parent.join("."))) continue;
      if (group.nullable) setPath(value, group.path, null);
      else deletePath(value, group.path);
    }
  }
  return { value, errors };
}

function hasLeaf(value: Record<string, unknown>, path: readonly string[]): boolean {
  let node: unknown = value;
  for (const key of path) {
    if (node === null || typeof node !== "object") return false;
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || node === undefined || typeof node !== "object") return false;
  return Object.values(node).some((child) => (child !== null && typeof child === "object" && !Array.isArray(child) ? hasLeaf(child as Record<string, unknown>, []) : child !== undefined && child !== null));
}

/**
 * A row of a child table (a council seat, a step) as an item and the id of the record it belongs
 * to, from a binding of the child table's header.
 */
export function rowToChild(binding: HeaderBinding, cells: readonly string[]): RowResult & { parentId: string | undefined } {
  const { value, errors } = rowToRecord(binding, cells);
  const parentId = typeof value.id === "string" ? value.id : undefined;
  delete value.id;
  return { value, errors, parentId };
}

/** The header row of a column set in a language. */
export function headerRow(set: ColumnSet, lang: Lang): string[] {
  return set.columns.map((column) => column.label[lang]);
}

function toCell(column: Column, value: unknown, lang: Lang): CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === "boolean") return value ? (lang === "zh-CN" ? "是" : "true") : lang === "zh-CN" ? "否" : "false";
  if (column.kind === "enum" && typeof value === "string") return valueLabel(column, value, lang);
  if (column.kind === "list") return Array.isArray(value) ? value.map((item) => (column.item === "enum" ? valueLabel(column, String(item), lang) : String(item))).join("; ") : String(value);
  if (typeof value === "number" || typeof value === "string") return value;
  return String(value);
}

function atPath(value: unknown, path: readonly string[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A record as a row of cells in the set's column order (booleans as 是/否 in zh-CN, true/false in en; enum codes as their Chinese labels in zh-CN; lists joined with "; "). */
export function recordToRow(set: ColumnSet, record: object, lang: Lang = "en"): CellValue[] {
  return set.columns.map((column) => toCell(column, atPath(record, column.path), lang));
}

/** The rows of a record's child table: one per item, each starting with the record's id. */
export function recordToChildRows(table: ColumnSet & { key: string }, record: { id?: unknown }, lang: Lang = "en"): CellValue[][] {
  const items = atPath(record, table.key.split("."));
  if (!Array.isArray(items)) return [];
  return items.map((item) => table.columns.map((column, index) => (index === 0 ? String(record.id ?? "") : toCell(column, atPath(item, column.path), lang))));
}

/**
 * The column, as the file names it, of a field path such as a zod issue's `path`
 * (`["trainingModes", 2]` → the 培养模式 column), so contract errors can name the file's column.
 */
export function columnForPath(binding: HeaderBinding, path: ReadonlyArray<PropertyKey>): string | undefined {
  const keys = path.filter((key): key is string => typeof key === "string");
  for (let length = keys.length; length > 0; length--) {
    const key = keys.slice(0, length).join(".");
    const index = binding.byIndex.findIndex((column) => column?.key === key);
    if (index !== -1) return binding.header[index];
    const column = binding.set.columns.find((candidate) => candidate.key === key);
    if (column) return column.label[binding.lang];
  }
  return undefined;
}
