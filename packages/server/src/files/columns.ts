import type * as z from "zod/mini";
import { type FieldLabel, fieldLabels, labelOf } from "@chanjiao/sdk";
import { chineseLabelsOf } from "./enum-labels.js";
import type { Lang } from "./problem.js";

/** What a column holds. `list`: several scalars in one cell, separated by `;` (or `；`). */
export type ColumnKind = "text" | "integer" | "number" | "boolean" | "enum" | "list";
/** What one item of a `list` column is. */
export type ItemKind = Exclude<ColumnKind, "list">;

/** One flat column of a record: a scalar field, a list of scalars, or a field of a nested object. */
export interface Column {
  /** The field's path joined with dots: `years`, `statistics.resources.coreCourses`. */
  key: string;
  path: readonly string[];
  kind: ColumnKind;
  /** The kind of each item of a `list`. */
  item?: ItemKind;
  /** Allowed values of an `enum` (or of a list's items). */
  values?: readonly string[];
  /** The Chinese label of each allowed value that is a code (`city` → 市域产教联合体): what zh-CN files write, and imports take beside the code. */
  labels?: Readonly<Record<string, string>>;
  /** The field must be given (it is not optional). A required nullable field may be empty (null). */
  required: boolean;
  /** An empty cell means `null`. */
  nullable: boolean;
  label: FieldLabel;
}

/** A nested object flattened into columns (`statistics`): null, absent or present as a whole. */
export interface ObjectGroup {
  path: readonly string[];
  required: boolean;
  nullable: boolean;
}

/** Columns and the nested objects they fill. */
export interface ColumnSet {
  columns: readonly Column[];
  groups: readonly ObjectGroup[];
}

/**
 * A field holding a list of objects (council seats, steps, countries): a second sheet with one
 * row per item, its first column the record's id (`parentColumn`), then the item's columns.
 */
export interface ChildTable extends ColumnSet {
  key: string;
  label: FieldLabel;
  /** The column naming the record an item belongs to (its `id`); `columns` start with it. */
  parentColumn: Column;
}

/** The flat form of a record schema: its columns, and a child table per list-of-objects field. */
export interface ColumnModel extends ColumnSet {
  tables: readonly ChildTable[];
}

/** An enum value as a file in a language writes it: its Chinese label in zh-CN where it has one, else the value itself. */
export function valueLabel(column: Column, value: string, lang: Lang): string {
  return (lang === "zh-CN" && column.labels?.[value]) || value;
}

/** The values an enum column (or a list's items) allows, as a file in the language writes them. */
export function allowedValues(column: Column, lang: Lang): string[] {
  return (column.values ?? []).map((value) => valueLabel(column, value, lang));
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Def;

/** The schema inside optional/nullable/default wrappers, with what the wrappers said. */
function unwrap(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean; nullable: boolean } {
  let inner = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") optional = true;
    else if (def.type === "nullable") nullable = true;
    else if (def.type === "readonly" || def.type === "catch" || def.type === "nonoptional") {
      /* transparent */
    } else if (def.type === "pipe") {
      inner = def.in as z.core.$ZodType;
      continue;
    } else break;
    inner = def.innerType as z.core.$ZodType;
  }
  return { inner, optional, nullable };
}

/** The scalar kind of a schema, or undefined for objects, arrays and others. */
function scalarKind(schema: z.core.$ZodType): { kind: ItemKind; values?: string[]; labels?: Readonly<Record<string, string>> } | undefined {
  const labels = chineseLabelsOf(schema);
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      return { kind: "text" };
    case "number":
      return { kind: typeof def.format === "string" && /int/.test(def.format) ? "integer" : "number" };
    case "int":
      return { kind: "integer" };
    case "boolean":
      return { kind: "boolean" };
    case "enum":
      return { kind: "enum", values: Object.values(def.entries as Record<string, string | number>).map(String), ...(labels ? { labels } : {}) };
    case "literal":
      return { kind: "enum", values: (def.values as unknown[]).map(String), ...(labels ? { labels } : {}) };
    default:
      return undefined;
  }
}

const shapeOf = (schema: z.core.$ZodType) => defOf(schema).shape as Record<string, z.core.$ZodType>;

/** Flattens an object's fields into columns (nested objects become dotted columns); list-of-objects fields go to `tables`. */
function flatten(
  shape: Record<string, z.core.$ZodType>,
  prefix: readonly string[],
  labels: Readonly<Record<string, FieldLabel>>,
  out: { columns: Column[]; groups: ObjectGroup[]; tables: ChildTable[] | undefined },
): void {
  for (const [name, field] of Object.entries(shape)) {
    // Files carry the citation text (`source`); the server derives the structured citations from it.
    if (name === "citations") continue;
    const path = [...prefix, name];
    const { inner, optional, nullable } = unwrap(field);
    const base = { key: path.join("."), path, required: !optional, nullable, label: nestedLabel(path, labels) };
    const scalar = scalarKind(inner);
    if (scalar) {
      out.columns.push({ ...base, ...scalar });
      continue;
    }
    const def = defOf(inner);
    if (def.type === "array") {
      const element = unwrap(def.element as z.core.$ZodType).inner;
      const item = scalarKind(element);
      if (item) {
        const { kind, ...values } = item;
        out.columns.push({ ...base, kind: "list", item: kind, ...values });
      } else if (defOf(element).type === "object" && out.tables) {
        out.tables.push(childTable(path, shapeOf(element), labels));
      } else {
        out.columns.push({ ...base, kind: "list", item: "text" });
      }
      continue;
    }
    if (def.type === "object") {
      out.groups.push({ path, required: !optional, nullable });
      flatten(shapeOf(inner), path, labels, out);
      continue;
    }
    out.columns.push({ ...base, kind: "text" });
  }
}

/** A nested field's label: the parent's and its own (`教师统计·年份`), or its own with a parent-specific entry. */
function nestedLabel(path: readonly string[], labels: Readonly<Record<string, FieldLabel>>): FieldLabel {
  const own = labelOf(path, labels);
  if (path.length === 1) return own;
  const parent = nestedLabel(path.slice(0, -1), labels);
  return { "zh-CN": `${parent["zh-CN"]}·${own["zh-CN"]}`, en: `${parent.en}: ${own.en.charAt(0).toLowerCase()}${own.en.slice(1)}`, ...(own.help ? { help: own.help } : {}) };
}

function childTable(path: readonly string[], shape: Record<string, z.core.$ZodType>, labels: Readonly<Record<string, FieldLabel>>): ChildTable {
  const parentColumn: Column = { key: "id", path: ["id"], kind: "text", required: true, nullable: false, label: labelOf(["id"], labels) };
  const out = { columns: [parentColumn], groups: [] as ObjectGroup[], tables: undefined };
  // Item columns are labelled in the item's own terms (`council.title` → 职务), without the parent's name.
  for (const [name, field] of Object.entries(shape)) {
    const before = out.columns.length;
    flatten({ [name]: field }, [], labels, out);
    for (let index = before; index < out.columns.length; index++) {
      const column = out.columns[index]!;
      out.columns[index] = { ...column, label: column.path.length === 1 ? labelOf([path[path.length - 1]!, name], labels) : column.label };
    }
  }
  return { key: path.join("."), label: labelOf(path, labels), parentColumn, columns: out.columns, groups: out.groups };
}

const cache = new WeakMap<object, ColumnModel>();

/**
 * The flat columns of a zod/mini object schema, found by reading its definition: scalar fields
 * as columns, lists of scalars as `;`-separated columns, nested objects as dotted columns, and
 * lists of objects as child tables (a second sheet keyed by the record's id). Labels come from
 * {@link fieldLabels} unless others are given.
 */
export function columnModel(schema: z.ZodMiniObject, labels: Readonly<Record<string, FieldLabel>> = fieldLabels): ColumnModel {
  const cached = labels === fieldLabels ? cache.get(schema) : undefined;
  if (cached) return cached;
  const out = { columns: [] as Column[], groups: [] as ObjectGroup[], tables: [] as ChildTable[] };
  flatten(shapeOf(schema), [], labels, out);
  const model: ColumnModel = { columns: out.columns, groups: out.groups, tables: out.tables };
  if (labels === fieldLabels) cache.set(schema, model);
  return model;
}
