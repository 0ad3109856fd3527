import { type CollectionName, type FieldLabel, labelOf, referenceFields } from "@chanjiao/sdk";

/** What a form field edits, read from the contract's zod/mini schema. */
export type FieldType =
  | { kind: "text"; pattern?: RegExp }
  | { kind: "number"; integer: boolean; min?: number; max?: number }
  | { kind: "boolean" }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "fixed"; value: string }
  | { kind: "reference"; collection: CollectionName }
  | { kind: "list"; item: FieldType }
  | { kind: "object"; fields: readonly Field[] }
  | { kind: "objects"; fields: readonly Field[] };

/** One field of a record, at its path. */
export interface Field {
  name: string;
  /** The path from the record: `["council", "0", "title"]` is written `council.0.title`, as the server's 422 names it. */
  path: readonly string[];
  type: FieldType;
  /** The field must be given. */
  required: boolean;
  /** The field may be empty (`null`). */
  nullable: boolean;
  label: FieldLabel;
}

/** The internals of a zod/mini schema the form reads; zod keeps them under `_zod.def`. */
interface Def {
  type: string;
  innerType?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: readonly unknown[];
  format?: string;
  checks?: Array<{ _zod: { def: { check: string; value?: number; pattern?: RegExp } } }>;
}
export interface Schema {
  _zod: { def: Def };
}

function bounds(def: Def): { min?: number; max?: number } {
  const found: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const { check: kind, value } = check._zod.def;
    if (kind === "greater_than" && value !== undefined) found.min = value;
    if (kind === "less_than" && value !== undefined) found.max = value;
  }
  return found;
}

function typeOf(schema: Schema, path: readonly string[]): FieldType {
  const def = schema._zod.def;
  const reference = referenceFields[path.at(-1) ?? ""];
  switch (def.type) {
    case "string": {
      if (reference) return { kind: "reference", collection: reference };
      const pattern = def.checks?.map((check) => check._zod.def.pattern).find(Boolean);
      return pattern ? { kind: "text", pattern } : { kind: "text" };
    }
    case "number":
      return { kind: "number", integer: def.format === "safeint", ...bounds(def) };
    case "boolean":
      return { kind: "boolean" };
    case "enum":
      return { kind: "enum", values: Object.values(def.entries ?? {}) };
    case "literal":
      return { kind: "fixed", value: String(def.values?.[0] ?? "") };
    case "array": {
      const item = def.element!;
      if (item._zod.def.type === "object") return { kind: "objects", fields: fieldsOf(item, path) };
      return { kind: "list", item: typeOf(item, path) };
    }
    case "object":
      return { kind: "object", fields: fieldsOf(schema, path) };
    default:
      return { kind: "text" };
  }
}

/** The fields of an object schema (a record's, or a nested object's), in the schema's order. */
export function fieldsOf(schema: Schema, path: readonly string[] = []): Field[] {
  return Object.entries(schema._zod.def.shape ?? {}).map(([name, inner]) => {
    let required = true;
    let nullable = false;
    let unwrapped = inner;
    for (;;) {
      const { type, innerType } = unwrapped._zod.def;
      if (type === "optional" && innerType) required = false;
      else if (type === "nullable" && innerType) nullable = true;
      else break;
      unwrapped = innerType;
    }
    const fieldPath = [...path, name];
    return { name, path: fieldPath, type: typeOf(unwrapped, fieldPath), required, nullable, label: labelOf(fieldPath) };
  });
}

/** An empty value of a field, as a new record starts. */
export function emptyValue(field: Field): unknown {
  if (field.nullable) return null;
  switch (field.type.kind) {
    case "list":
    case "objects":
      return [];
    case "boolean":
      return false;
    case "fixed":
      return field.type.value;
    case "object":
      return Object.fromEntries(field.type.fields.map((inner) => [inner.name, emptyValue(inner)]));
    default:
      return "";
  }
}
