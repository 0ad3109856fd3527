import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { currentLang, words } from "../../i18n/language.js";
import { enumWords } from "./enum-words.js";
import { emptyValue, type Field, type FieldType } from "./fields.js";
import type { ReferenceSearch } from "./reference-search.js";
import { recordWords } from "./record-words.js";

/** What rendering a form needs: the draft, how to change it, the errors by path and the reference search. */
export interface FormContext {
  valueAt(path: readonly string[]): unknown;
  setAt(path: readonly string[], value: unknown): void;
  /** Messages by dotted path (`council.0.title`), already in the page's language. */
  errors: ReadonlyMap<string, string[]>;
  search: ReferenceSearch;
  readOnly: ReadonlySet<string>;
  /** The words of an empty select: "(empty)" in a form, "any" in the filters. */
  emptyLabel?: string;
}

/** Fields whose text runs long: a text area. */
const longText = new Set(["source", "note", "detail", "members", "organisers", "scale", "theme", "entry"]);

const idOf = (path: readonly string[]) => `f-${path.join("-").replace(/[^\w-]/g, "_")}`;
const labelText = (field: Field) => field.label[currentLang()];

function errorsOf(context: FormContext, path: readonly string[]) {
  const key = path.join(".");
  return context.errors.get(key) ?? [];
}

function described(field: Field, path: readonly string[], context: FormContext): { describedBy: string; invalid: boolean; notes: TemplateResult } {
  const id = idOf(path);
  const errors = errorsOf(context, path);
  // The help of a list or a yes/no speaks of the import file's cells (IDs separated by semicolons, "true"): the form has an input per item, a checkbox.
  const help = field.type.kind === "list" || field.type.kind === "boolean" ? undefined : field.label.help?.[currentLang()];
  const ids = [help ? `${id}-help` : "", errors.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return {
    describedBy: ids,
    invalid: errors.length > 0,
    notes: html`${help ? html`<p class="hint" id="${id}-help">${help}</p>` : nothing}${errors.length ? html`<p class="error field-error" id="${id}-error">${errors.join("；")}</p>` : nothing}`,
  };
}

/** "Required" where a value must be given: not where the field may be left empty (null) or a list may have no items. */
function marker(field: Field) {
  const w = words(recordWords);
  const mayBeEmpty = field.nullable || field.type.kind === "list" || field.type.kind === "objects" || field.type.kind === "boolean";
  return field.required && !mayBeEmpty ? html`<span class="required">${w.required}</span>` : nothing;
}

function scalarInput(type: FieldType, field: Field, path: readonly string[], context: FormContext, aria: { describedBy: string; invalid: boolean; label?: string }): TemplateResult {
  const id = idOf(path);
  const value = context.valueAt(path);
  const w = words(recordWords);
  const set = (next: unknown) => context.setAt(path, next);
  const common = { describedBy: aria.describedBy || undefined, invalid: aria.invalid ? "true" : "false" };
  const readOnly = context.readOnly.has(path.join("."));
  switch (type.kind) {
    case "number":
      return html`<input
        id=${id}
        type="number"
        inputmode=${type.integer ? "numeric" : "decimal"}
        step=${type.integer ? "1" : "any"}
        min=${ifDefined(type.min)}
        max=${ifDefined(type.max)}
        .value=${live(value === null || value === undefined ? "" : String(value))}
        aria-label=${ifDefined(aria.label)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${common.invalid}
        @input=${(event: InputEvent) => {
          const text = (event.target as HTMLInputElement).value;
          set(text === "" ? (field.nullable ? null : "") : Number(text));
        }}
      />`;
    case "boolean":
      return html`<input id=${id} type="checkbox" .checked=${live(value === true)} aria-describedby=${ifDefined(common.describedBy)} @change=${(event: Event) => set((event.target as HTMLInputElement).checked)} />`;
    case "enum": {
      const label = enumWords(type.values);
      return html`<select
        id=${id}
        aria-label=${ifDefined(aria.label)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${common.invalid}
        @change=${(event: Event) => {
          const chosen = (event.target as HTMLSelectElement).value;
          set(chosen === "" ? (field.nullable ? null : "") : chosen);
        }}
      >
        <option value="" ?selected=${value === null || value === "" || value === undefined}>${context.emptyLabel ?? (field.nullable ? w.emptyNull : "—")}</option>
        ${type.values.map((option) => html`<option value=${option} ?selected=${value === option}>${label(option)}</option>`)}
      </select>`;
    }
    case "fixed":
      return html`<output id=${id}>${enumWords([type.value])(type.value)}</output>`;
    case "reference":
      return context.search.render({
        id,
        collection: type.collection,
        value: typeof value === "string" ? value : null,
        required: field.required,
        invalid: aria.invalid,
        describedBy: aria.describedBy,
        ...(aria.label ? { ariaLabel: aria.label } : {}),
        onChange: (next) => set(next ?? (field.nullable ? null : "")),
      });
    default: {
      const text = typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
      const onInput = (event: InputEvent) => {
        const next = (event.target as HTMLInputElement).value;
        set(next === "" && field.nullable ? null : next);
      };
      return longText.has(field.name)
        ? html`<textarea id=${id} .value=${live(text)} aria-label=${ifDefined(aria.label)} aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${common.invalid} @input=${onInput}></textarea>`
        : html`<input
            id=${id}
            type="text"
            .value=${live(text)}
            ?readonly=${readOnly}
            aria-label=${ifDefined(aria.label)}
            aria-describedby=${ifDefined(common.describedBy)}
            aria-invalid=${common.invalid}
            @input=${onInput}
          />`;
    }
  }
}

function listField(field: Field, item: FieldType, path: readonly string[], context: FormContext): TemplateResult {
  const w = words(recordWords);
  const values = (context.valueAt(path) as unknown[] | null) ?? [];
  const { describedBy, invalid, notes } = described(field, path, context);
  if (item.kind === "enum") {
    const label = enumWords(item.values);
    return html`<fieldset class="field choices" aria-describedby=${ifDefined(describedBy || undefined)} aria-invalid=${invalid ? "true" : "false"}>
      <legend>${labelText(field)} ${marker(field)}</legend>
      ${item.values.map(
        (option) => html`<label class="choice"
          ><input
            type="checkbox"
            .checked=${live(values.includes(option))}
            @change=${(event: Event) => {
              const checked = (event.target as HTMLInputElement).checked;
              context.setAt(path, checked ? item.values.filter((value) => value === option || values.includes(value)) : values.filter((value) => value !== option));
            }}
          />
          ${label(option)}</label
        >`,
      )}
      ${notes}
    </fieldset>`;
  }
  const itemField: Field = { ...field, required: true, nullable: false };
  return html`<fieldset class="field list" aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend>${labelText(field)} ${marker(field)}</legend>
    ${values.map((_, index) => {
      const itemPath = [...path, String(index)];
      const itemErrors = described(itemField, itemPath, context);
      return html`<div class="list-item">
        ${scalarInput(item, itemField, itemPath, context, { describedBy: itemErrors.describedBy, invalid: itemErrors.invalid, label: w.item(labelText(field), index + 1) })}
        <button type="button" class="link" @click=${() => context.setAt(path, values.filter((__, other) => other !== index))}>${w.removeItem(labelText(field), index + 1)}</button>
        ${itemErrors.invalid ? itemErrors.notes : nothing}
      </div>`;
    })}
    <button type="button" @click=${() => context.setAt(path, [...values, item.kind === "number" ? 0 : ""])}>${w.addItem(labelText(field))}</button>
    ${notes}
  </fieldset>`;
}

function objectsField(field: Field, fields: readonly Field[], path: readonly string[], context: FormContext): TemplateResult {
  const w = words(recordWords);
  const values = (context.valueAt(path) as unknown[] | null) ?? [];
  const { notes } = described(field, path, context);
  const blank = () => Object.fromEntries(fields.map((inner) => [inner.name, emptyValue(inner)]));
  return html`<fieldset class="field objects">
    <legend>${labelText(field)} ${marker(field)}</legend>
    ${values.map(
      (_, index) => html`<fieldset class="object-item">
        <legend>${w.item(labelText(field), index + 1)}</legend>
        <div class="grid">${fields.map((inner) => renderField({ ...inner, path: [...path, String(index), inner.name] }, context))}</div>
        <button type="button" class="danger" @click=${() => context.setAt(path, values.filter((__, other) => other !== index))}>${w.removeItem(labelText(field), index + 1)}</button>
      </fieldset>`,
    )}
    <button type="button" @click=${() => context.setAt(path, [...values, blank()])}>${w.addItem(labelText(field))}</button>
    ${notes}
  </fieldset>`;
}

function objectField(field: Field, fields: readonly Field[], path: readonly string[], context: FormContext): TemplateResult {
  const w = words(recordWords);
  const value = context.valueAt(path);
  const present = value !== null && value !== undefined;
  const { notes } = described(field, path, context);
  return html`<fieldset class="field object">
    <legend>${labelText(field)} ${marker(field)}</legend>
    ${field.nullable
      ? html`<label class="choice"
          ><input
            type="checkbox"
            .checked=${live(present)}
            @change=${(event: Event) => context.setAt(path, (event.target as HTMLInputElement).checked ? Object.fromEntries(fields.map((inner) => [inner.name, emptyValue(inner)])) : null)}
          />
          ${w.hasValue(labelText(field))}</label
        >`
      : nothing}
    ${present ? html`<div class="grid">${fields.map((inner) => renderField({ ...inner, path: [...path, inner.name] }, context))}</div>` : nothing}
    ${notes}
  </fieldset>`;
}

/** One field of the form, with its label, help, and the server's or the contract's message beside it. */
export function renderField(field: Field, context: FormContext): TemplateResult {
  const path = field.path;
  switch (field.type.kind) {
    case "list":
      return listField(field, field.type.item, path, context);
    case "objects":
      return objectsField(field, field.type.fields, path, context);
    case "object":
      return objectField(field, field.type.fields, path, context);
    default: {
      const { describedBy, invalid, notes } = described(field, path, context);
      const wide = field.type.kind === "text" && longText.has(field.name);
      const checkbox = field.type.kind === "boolean";
      return html`<div class="field ${wide ? "wide" : ""} ${checkbox ? "check" : ""}">
        ${checkbox
          ? html`${scalarInput(field.type, field, path, context, { describedBy, invalid })}<label for=${idOf(path)}>${labelText(field)}</label>`
          : html`<label for=${idOf(path)}>${labelText(field)} ${marker(field)}</label>${scalarInput(field.type, field, path, context, { describedBy, invalid })}`}
        ${notes}
      </div>`;
    }
  }
}

/** The input id of a field's path, to move focus to the first field at fault. */
export const inputIdOf = idOf;
