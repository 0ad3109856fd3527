import type { CollectionName } from "@chanjiao/sdk";
import { css, html, LitElement, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { hrefOf } from "../../app/route.js";
import type { SignedIn } from "../../app/session.js";
import { collectionWords } from "../../i18n/collection-words.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { formStyles } from "../../styles/form.js";
import { panelStyles } from "../../styles/panels.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import { collectionAt, editorScope, titleOf } from "./collection.js";
import { changedFields, patchOf, valueAt, withValueAt } from "./draft.js";
import { emptyValue, type Field } from "./fields.js";
import { type FormContext, inputIdOf, renderField } from "./form-fields.js";
import { fieldMessage } from "./problem-text.js";
import { recordWords } from "./record-words.js";
import { ReferenceSearch } from "./reference-search.js";
import { formFieldsOf, type RecordWriter, writerOf } from "./writer.js";
import "./cj-conflict-panel.js";

type AnyRecord = Record<string, unknown>;
type Notice = { kind: "ok" | "error"; text: string } | null;

/**
 * A record's page: the form generated from the contract (create or edit), saved with If-Match; a
 * conflict (412) shows what changed meanwhile and offers to reapply the edits; deleting asks first,
 * naming the record; the record's history is a section of its own, loaded when opened.
 */
@customElement("cj-record-editor")
export class CjRecordEditor extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    panelStyles,
    css`
      :host {
        max-width: 60rem;
      }
      .top h1 {
        margin: 0;
      }
      form {
        background: #fff;
        border: 1px solid var(--line);
        border-radius: 8px;
        padding: 1.25rem;
      }
      .actions {
        margin-top: 1.25rem;
        padding-top: 1rem;
        border-top: 1px solid var(--line);
      }
      .actions .danger {
        margin-left: auto;
      }
      .id {
        font-family: ui-monospace, monospace;
        color: var(--muted);
        overflow-wrap: anywhere;
      }
      .history {
        margin-top: 1.5rem;
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @property({ attribute: false }) collectionPath = "";
  /** The record's id; `null` for a new record. */
  @property({ attribute: false }) recordId: string | null = null;

  @state() private original: AnyRecord | null = null;
  @state() private etag = "";
  @state() private draft: AnyRecord = {};
  @state() private errors = new Map<string, string[]>();
  @state() private notice: Notice = null;
  @state() private loadFault: "not-found" | "not-kept" | "failed" | null = null;
  @state() private busy = false;
  @state() private conflict: { current: AnyRecord; etag: string; theirs: string[]; mine: AnyRecord } | null = null;
  @state() private historyShown = false;
  @query("dialog") private dialog!: HTMLDialogElement;

  readonly #search = new ReferenceSearch(this, () => this.signedIn);
  #name: CollectionName | null = null;
  #fields: Field[] = [];
  #writer: RecordWriter | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("collectionPath") || changed.has("recordId")) void this.#load();
  }

  async #load(): Promise<void> {
    this.#name = collectionAt(this.signedIn, this.collectionPath);
    this.loadFault = null;
    this.notice = null;
    this.errors = new Map();
    this.conflict = null;
    this.historyShown = false;
    if (!this.#name) {
      this.loadFault = "not-found";
      return;
    }
    this.#fields = formFieldsOf(this.#name);
    this.#writer = writerOf(this.signedIn, this.#name);
    if (this.recordId === null) {
      this.original = null;
      this.draft = Object.fromEntries(this.#fields.filter((field) => field.name !== "id").map((field) => [field.name, emptyValue(field)]));
      return;
    }
    try {
      const { record, etag } = await this.#writer.read(this.recordId);
      if (!(await this.#kept(record))) {
        this.loadFault = "not-kept";
        return;
      }
      this.original = record;
      this.etag = etag;
      this.draft = record;
    } catch (error) {
      const fault = faultOf(error);
      if (fault.kind === "expired") reportExpired(this);
      this.loadFault = fault.kind === "not-found" ? "not-found" : "failed";
    }
  }

  /** An editor opens only the records its organisation keeps, as far as the list filters tell. */
  async #kept(record: AnyRecord): Promise<boolean> {
    if (this.signedIn.session.key.role === "admin") return true;
    const scope = await editorScope(this.signedIn, this.#name!);
    if (scope === null) return true;
    const matches = (field: string, wanted: unknown) => {
      const value = field === "organisationId" ? [...((record.leadOrganisationIds as string[]) ?? []), ...((record.council as Array<{ organisationId: string }>) ?? []).map((seat) => seat.organisationId)] : record[field];
      if (field === "region") return record.region === wanted || record.province === wanted;
      return Array.isArray(value) ? value.includes(wanted) : value === wanted;
    };
    return Object.entries(scope).every(([field, wanted]) => matches(field, wanted));
  }

  get #context(): FormContext {
    return {
      valueAt: (path) => valueAt(this.draft, path),
      setAt: (path, value) => {
        this.draft = withValueAt(this.draft, path, value);
      },
      errors: this.errors,
      search: this.#search,
      readOnly: new Set(this.original ? ["id"] : []),
    };
  }

  #showFaults(issues: ReadonlyArray<{ path: string; message: string }>): void {
    const errors = new Map<string, string[]>();
    for (const issue of issues) {
      const path = issue.path.replace(/^body\.?/, "") || "";
      errors.set(path, [...(errors.get(path) ?? []), fieldMessage(issue.message)]);
    }
    this.errors = errors;
    const general = errors.get("");
    this.notice = { kind: "error", text: general ? general.join("；") : words(recordWords).fixFields(errors.size) };
    void this.updateComplete.then(() => {
      const first = [...errors.keys()].find(Boolean);
      const target = first ? this.renderRoot.querySelector<HTMLElement>(`#${inputIdOf(first.split("."))}`) : null;
      (target ?? this.renderRoot.querySelector<HTMLElement>(".notice"))?.focus();
    });
  }

  #fail(error: unknown, mine: AnyRecord | null): void {
    const w = words(recordWords);
    const fault = faultOf(error);
    switch (fault.kind) {
      case "invalid":
        this.#showFaults(fault.issues);
        return;
      case "stale":
        void this.#showConflict(mine ?? {});
        return;
      case "expired":
        reportExpired(this);
        return;
      case "forbidden":
        this.notice = { kind: "error", text: w.forbidden };
        return;
      case "not-found":
        this.notice = { kind: "error", text: w.notFound };
        return;
      case "too-many":
        this.notice = { kind: "error", text: w.tooMany };
        return;
      case "offline":
        this.notice = { kind: "error", text: w.offline };
        return;
      default:
        this.notice = { kind: "error", text: fault.message };
    }
  }

  async #showConflict(mine: AnyRecord): Promise<void> {
    try {
      const { record, etag } = await this.#writer!.read(this.recordId!);
      this.conflict = { current: record, etag, theirs: changedFields(this.original!, record), mine };
      this.notice = null;
    } catch (error) {
      this.#fail(error, null);
    }
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const w = words(recordWords);
    this.errors = new Map();
    this.notice = null;
    this.busy = true;
    try {
      if (this.original === null) {
        const body = Object.fromEntries(Object.entries(this.draft).filter(([name, value]) => !(name === "id" && (value === "" || value === null))));
        const { record } = await this.#writer!.create(body);
        this.notice = { kind: "ok", text: w.created };
        location.hash = hrefOf({ view: "record", collection: this.collectionPath, id: String(record.id) });
        return;
      }
      const patch = patchOf(this.original, this.draft);
      if (Object.keys(patch).length === 0) {
        this.notice = { kind: "ok", text: w.nothingChanged };
        return;
      }
      const { record, etag } = await this.#writer!.update(this.recordId!, patch, this.etag);
      this.original = record;
      this.draft = record;
      this.etag = etag;
      this.notice = { kind: "ok", text: w.saved };
    } catch (error) {
      this.#fail(error, this.original === null ? null : patchOf(this.original, this.draft));
    } finally {
      this.busy = false;
    }
  }

  #reapply(): void {
    const { current, etag, mine } = this.conflict!;
    this.original = current;
    this.etag = etag;
    this.draft = { ...current, ...mine };
    this.conflict = null;
    this.notice = { kind: "ok", text: words(recordWords).reapplied };
  }

  #discard(): void {
    const { current, etag } = this.conflict!;
    this.original = current;
    this.etag = etag;
    this.draft = current;
    this.conflict = null;
  }

  async #remove(): Promise<void> {
    const w = words(recordWords);
    this.dialog.close();
    this.busy = true;
    const name = titleOf(this.original!);
    try {
      await this.#writer!.remove(this.recordId!, this.etag);
      if (this.#writer!.withdraws) {
        await this.#load();
        this.notice = { kind: "ok", text: w.saved };
      } else {
        location.hash = hrefOf({ view: "records", collection: this.collectionPath });
        this.dispatchEvent(new CustomEvent("cj-notice", { bubbles: true, composed: true, detail: w.removed(name) }));
      }
    } catch (error) {
      this.#fail(error, null);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const w = words(recordWords);
    const back = html`<a href=${hrefOf({ view: "records", collection: this.collectionPath })}>← ${w.back}</a>`;
    if (this.loadFault) {
      const text = this.loadFault === "not-kept" ? w.notKept : this.loadFault === "not-found" ? w.notFound : w.loadFailed;
      return html`<p>${back}</p>
        <h1>${this.#name ? collectionWords[currentLang()][this.#name] : w.notFound}</h1>
        <p class="notice error" role="alert">${text}</p>`;
    }
    if (!this.#name || (this.recordId !== null && this.original === null)) return html`<p>${back}</p><p role="status">${w.loading}</p>`;
    const title = this.original ? w.editTitle(titleOf(this.original)) : w.createTitle(collectionWords[currentLang()][this.#name]);
    const context = this.#context;
    const removeLabel = this.#writer!.withdraws ? w.withdraw : w.remove;
    return html`
      <p>${back}</p>
      <div class="top">
        <h1>${title}</h1>
        ${this.original ? html`<span class="id">${String(this.original.id)}</span>` : nothing}
      </div>
      ${this.conflict
        ? html`<cj-conflict-panel
            .fields=${this.#fields}
            .theirs=${this.conflict.theirs}
            .current=${this.conflict.current}
            .mine=${this.conflict.mine}
            @cj-reapply=${this.#reapply}
            @cj-discard=${this.#discard}
          ></cj-conflict-panel>`
        : nothing}
      <div role="status" aria-live="polite">${this.notice?.kind === "ok" ? html`<p class="notice ok">${this.notice.text}</p>` : nothing}</div>
      ${this.notice?.kind === "error" ? html`<p class="notice error" role="alert" tabindex="-1">${this.notice.text}</p>` : nothing}
      <form @submit=${this.#save} novalidate>
        <div class="grid">${this.#fields.filter((field) => field.name !== "id" || this.original === null).map((field) => renderField(field, context))}</div>
        <div class="buttons actions">
          <button class="primary" type="submit" ?disabled=${this.busy || this.conflict !== null}>${this.busy ? w.saving : w.save}</button>
          <a class="button" href=${hrefOf({ view: "records", collection: this.collectionPath })}>${w.cancel}</a>
          ${this.original && !(this.#writer!.withdraws && this.original.status === "withdrawn")
            ? html`<button class="danger" type="button" ?disabled=${this.busy} @click=${() => this.dialog.showModal()}>${removeLabel}</button>`
            : nothing}
        </div>
      </form>
      ${this.original ? this.#renderHistory() : nothing}
      ${this.original
        ? html`<dialog aria-labelledby="remove-title" aria-describedby="remove-detail">
            <h2 id="remove-title">${this.#writer!.withdraws ? `${w.withdraw}：${titleOf(this.original)}` : w.removeQuestion(titleOf(this.original))}</h2>
            <p id="remove-detail">${w.removeDetail}</p>
            <div class="buttons">
              <button type="button" autofocus @click=${() => this.dialog.close()}>${w.cancel}</button>
              <button type="button" class="danger primary" @click=${this.#remove}>${this.#writer!.withdraws ? w.withdraw : w.removeConfirm}</button>
            </div>
          </dialog>`
        : nothing}
    `;
  }

  #renderHistory() {
    const w = words(recordWords);
    return html`<section class="history" aria-labelledby="history-title">
      <h2 id="history-title">${w.tabHistory}</h2>
      ${this.historyShown
        ? html`<cj-record-history .signedIn=${this.signedIn} .collection=${this.#name} .recordId=${this.recordId} .fields=${this.#fields}></cj-record-history>`
        : html`<button
            type="button"
            @click=${async () => {
              await import("../history/cj-record-history.js");
              this.historyShown = true;
            }}
          >
            ${w.showHistory}
          </button>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-record-editor": CjRecordEditor;
  }
}
