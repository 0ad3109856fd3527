import { type CollectionName, collections, type FieldLabel, labelOf, referenceFields } from "@chanjiao/sdk";
import { css, html, LitElement, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { hrefOf } from "../../app/route.js";
import type { SignedIn } from "../../app/session.js";
import { collectionWords } from "../../i18n/collection-words.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { formStyles } from "../../styles/form.js";
import { panelStyles } from "../../styles/panels.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import { collectionAt, editorScope, tableColumns, titleField, titleOf } from "./collection.js";
import { displayValue, fieldNamed } from "./display.js";
import { fieldsOf, type Field, type Schema } from "./fields.js";
import { renderField } from "./form-fields.js";
import { nameOf } from "./names.js";
import { recordWords } from "./record-words.js";
import { ReferenceSearch } from "./reference-search.js";

type AnyRecord = Record<string, unknown>;
/** A label without its help, which speaks of the record's field rather than the filter. */
const bare = (label: FieldLabel): FieldLabel => ({ "zh-CN": label["zh-CN"], en: label.en });
type Sort = "id" | "-id" | "name" | "-name";
const paging = new Set(["q", "cursor", "limit", "sort"]);

/**
 * A collection's records: search, the collection's filters, sorting and paging, all done by the
 * server a page at a time, so that a collection of 10,000 records or more stays quick. An editor
 * sees the records its organisation keeps.
 */
@customElement("cj-records-view")
export class CjRecordsView extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    panelStyles,
    css`
      form.query {
        background: #fff;
        border: 1px solid var(--line);
        border-radius: 8px;
        padding: 1rem;
        margin-bottom: 1rem;
      }
      .query .grid {
        grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
      }
      .table {
        background: #fff;
        border: 1px solid var(--line);
        border-radius: 8px;
      }
      caption {
        text-align: start;
        padding: 0.6rem 0.9rem;
        color: var(--muted);
      }
      tbody tr:hover {
        background: #f7f9fc;
      }
      .title a {
        font-weight: 600;
      }
      .pager {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem;
        margin-top: 0.75rem;
      }
      .pager .size {
        margin-left: auto;
        display: flex;
        gap: 0.5rem;
        align-items: center;
      }
      .scope {
        margin: -0.5rem 0 1rem;
      }
      @media (max-width: 640px) {
        .optional-column {
          display: none;
        }
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @property({ attribute: false }) collectionPath = "";

  @state() private items: AnyRecord[] | null = null;
  @state() private failed = false;
  @state() private filters: AnyRecord = {};
  @state() private sort: Sort = "name";
  @state() private limit = 50;
  /** The cursors of the pages before this one, and this one's: `null` for the first page. */
  @state() private cursors: Array<string | null> = [null];
  @state() private nextCursor: string | null = null;
  @state() private names = new Map<string, string>();

  readonly #search = new ReferenceSearch(this, () => this.signedIn);
  #name: CollectionName | null = null;
  #scope: AnyRecord | null = null;
  #recordFields: Field[] = [];
  #filterFields: Field[] = [];
  #request = 0;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("collectionPath")) {
      this.#name = collectionAt(this.signedIn, this.collectionPath);
      if (!this.#name) return;
      this.filters = {};
      this.cursors = [null];
      this.#recordFields = fieldsOf(collections[this.#name].schema as unknown as Schema);
      void this.#start();
    }
  }

  async #start(): Promise<void> {
    const name = this.#name!;
    this.#scope = this.signedIn.session.key.role === "admin" ? null : await editorScope(this.signedIn, name).catch(() => null);
    const scoped = new Set(Object.keys(this.#scope ?? {}));
    this.#filterFields = fieldsOf(collections[name].filters as unknown as Schema)
      .filter((field) => !paging.has(field.name) && !scoped.has(field.name))
      .map((field) => ({
        ...field,
        required: false,
        nullable: true,
        // A filter names one value of a list field (trainingMode of trainingModes): it takes the list's label.
        label: field.label.en === field.name ? bare(labelOf([`${field.name}s`])) : bare(field.label),
        type: referenceFields[field.name] ? { kind: "reference" as const, collection: referenceFields[field.name]! } : field.type,
      }));
    await this.#load();
  }

  async #load(): Promise<void> {
    const name = this.#name!;
    const request = ++this.#request;
    this.failed = false;
    this.items = null;
    try {
      const client = this.signedIn.client.collection(collections[name]);
      let items: AnyRecord[];
      let next: string | null = null;
      if (this.#scope && "id" in this.#scope) {
        items = [(await client.get(String(this.#scope.id))) as AnyRecord];
      } else {
        const filters = Object.fromEntries(Object.entries({ ...this.filters, ...this.#scope }).filter(([, value]) => value !== null && value !== undefined && value !== ""));
        const cursor = this.cursors.at(-1);
        const page = await client.list({ ...filters, sort: this.sort, limit: this.limit, ...(cursor ? { cursor } : {}) } as never);
        items = page.items as AnyRecord[];
        next = page.nextCursor;
      }
      if (request !== this.#request) return;
      this.items = items;
      this.nextCursor = next;
      void this.#resolveNames(items);
    } catch (error) {
      if (request !== this.#request) return;
      const fault = faultOf(error);
      if (fault.kind === "expired") reportExpired(this);
      this.failed = true;
    }
  }

  /** The names of the records the page's reference columns name, read once each. */
  async #resolveNames(items: AnyRecord[]): Promise<void> {
    const wanted: Array<[CollectionName, string]> = [];
    for (const column of tableColumns[this.#name!]) {
      const collection = referenceFields[column];
      if (!collection) continue;
      for (const item of items) if (typeof item[column] === "string") wanted.push([collection, item[column] as string]);
    }
    const found = await Promise.all(wanted.map(async ([collection, id]) => [`${collection} ${id}`, await nameOf(this.signedIn, collection, id)] as const));
    this.names = new Map([...this.names, ...found]);
  }

  #query(event: SubmitEvent): void {
    event.preventDefault();
    const q = new FormData(event.target as HTMLFormElement).get("q");
    this.filters = { ...this.filters, q: typeof q === "string" && q.trim() ? q.trim() : null };
    this.cursors = [null];
    void this.#load();
  }

  #clear(): void {
    this.filters = {};
    this.cursors = [null];
    void this.#load();
  }

  #page(step: 1 | -1): void {
    this.cursors = step === 1 ? [...this.cursors, this.nextCursor] : this.cursors.slice(0, -1);
    void this.#load().then(() => this.renderRoot.querySelector<HTMLElement>("caption")?.focus());
  }

  #cell(column: string, item: AnyRecord) {
    const value = item[column];
    const collection = referenceFields[column];
    if (collection && typeof value === "string") return this.names.get(`${collection} ${value}`) ?? value;
    return displayValue(fieldNamed(this.#recordFields, column), value);
  }

  override render() {
    const w = words(recordWords);
    const lang = currentLang();
    if (!this.#name) return html`<p class="notice error" role="alert">${w.notFound}</p>`;
    const title = collectionWords[lang][this.#name];
    const columns = tableColumns[this.#name];
    const single = this.#scope !== null && "id" in this.#scope;
    return html`
      <div class="top">
        <h1>${title}</h1>
        ${single ? nothing : html`<a class="button primary" href=${hrefOf({ view: "record", collection: this.collectionPath, id: null })}>＋ ${w.newRecord}</a>`}
        <a class="button" href=${hrefOf({ view: "import", collection: this.collectionPath })}>${w.importFile}</a>
      </div>
      ${this.#scope ? html`<p class="hint scope">${w.ownOnly}</p>` : nothing}
      ${single ? nothing : this.#renderQuery()}
      ${this.#renderTable(title, columns)}
      ${single ? nothing : this.#renderPager()}
    `;
  }

  #renderQuery() {
    const w = words(recordWords);
    const context = {
      valueAt: (path: readonly string[]) => this.filters[path[0]!] ?? null,
      setAt: (path: readonly string[], value: unknown) => {
        this.filters = { ...this.filters, [path[0]!]: value };
      },
      errors: new Map<string, string[]>(),
      search: this.#search,
      readOnly: new Set<string>(),
      emptyLabel: w.any,
    };
    const sorts: Sort[] = ["name", "-name", "-id", "id"];
    return html`<form class="query" role="search" @submit=${this.#query}>
      <div class="grid">
        <div class="field">
          <label for="q">${w.search}</label>
          <input id="q" name="q" type="search" placeholder=${w.searchHint} .value=${String(this.filters.q ?? "")} />
        </div>
        ${this.#filterFields.map((field) => renderField({ ...field, path: [field.name] }, context))}
        <div class="field">
          <label for="sort">${w.sortBy}</label>
          <select
            id="sort"
            @change=${(event: Event) => {
              this.sort = (event.target as HTMLSelectElement).value as Sort;
              this.cursors = [null];
              void this.#load();
            }}
          >
            ${sorts.map((sort) => html`<option value=${sort} ?selected=${this.sort === sort}>${w.sorts[sort]}</option>`)}
          </select>
        </div>
      </div>
      <div class="buttons">
        <button class="primary" type="submit">${w.apply}</button>
        <button type="button" @click=${this.#clear}>${w.clear}</button>
      </div>
    </form>`;
  }

  #renderTable(title: string, columns: readonly string[]) {
    const w = words(recordWords);
    const lang = currentLang();
    if (this.failed) {
      return html`<div class="notice error" role="alert">${w.loadFailed} <button type="button" @click=${() => this.#load()}>${w.retry}</button></div>`;
    }
    if (this.items === null) return html`<p role="status">${w.loading}</p>`;
    if (this.items.length === 0) return html`<p class="notice" role="status">${this.#scope ? w.emptyOwn : w.empty}</p>`;
    const page = this.cursors.length;
    const label = (name: string) => fieldNamed(this.#recordFields, name)?.label[lang] ?? name;
    return html`<div class="table scroll">
      <table>
        <caption tabindex="-1">${title} · ${w.pageOf(page)} · ${w.shown(this.items.length)}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort=${this.sort.endsWith("name") ? (this.sort.startsWith("-") ? "descending" : "ascending") : "none"}>${label(titleField(this.#name!))}</th>
            ${columns.map((column, index) => html`<th scope="col" class=${index > 1 ? "optional-column" : ""}>${label(column)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.items.map(
            (item) => html`<tr>
              <th scope="row" class="title"><a href=${hrefOf({ view: "record", collection: this.collectionPath, id: String(item.id) })}>${titleOf(item)}</a></th>
              ${columns.map((column, index) => html`<td class=${index > 1 ? "optional-column" : ""}>${this.#cell(column, item)}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  #renderPager() {
    const w = words(recordWords);
    if (this.items === null || this.failed) return nothing;
    return html`<nav class="pager" aria-label=${w.pageOf(this.cursors.length)}>
      <button type="button" ?disabled=${this.cursors.length === 1} @click=${() => this.#page(-1)}>← ${w.previous}</button>
      <span>${w.pageOf(this.cursors.length)}</span>
      <button type="button" ?disabled=${this.nextCursor === null} @click=${() => this.#page(1)}>${w.next} →</button>
      <label class="size"
        >${w.pageSize}
        <select
          @change=${(event: Event) => {
            this.limit = Number((event.target as HTMLSelectElement).value);
            this.cursors = [null];
            void this.#load();
          }}
        >
          ${[20, 50, 100, 200].map((size) => html`<option value=${size} ?selected=${size === this.limit}>${size}</option>`)}
        </select></label
      >
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-records-view": CjRecordsView;
  }
}
