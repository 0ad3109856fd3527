import { currentLang, words } from "../../i18n/language.js";
import { enumWords } from "./enum-words.js";
import type { Field } from "./fields.js";
import { recordWords } from "./record-words.js";

/** A value as text for a table cell or a comparison: enums in words, lists joined, nothing as "(empty)". */
export function displayValue(field: Field | undefined, value: unknown): string {
  const w = words(recordWords);
  if (value === null || value === undefined || value === "") return w.emptyNull;
  const type = field?.type;
  if (type?.kind === "enum" && typeof value === "string") return enumWords(type.values)(value);
  if (type?.kind === "boolean") return value ? w.yes : w.no;
  if (Array.isArray(value)) {
    const item = type?.kind === "list" ? type.item : undefined;
    const separator = currentLang() === "en" ? ", " : "、";
    return value.map((one) => (typeof one === "object" ? JSON.stringify(one) : item?.kind === "enum" ? enumWords(item.values)(String(one)) : String(one))).join(separator);
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** The field of a list of fields with this name. */
export const fieldNamed = (fields: readonly Field[], name: string) => fields.find((field) => field.name === name);
