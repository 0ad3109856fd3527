import type { CollectionName, ImportReport } from "@chanjiao/sdk";
import { css, html, LitElement, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { hrefOf } from "../../app/route.js";
import type { SignedIn } from "../../app/session.js";
import { collectionWords } from "../../i18n/collection-words.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { panelStyles } from "../../styles/panels.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import { collectionAt } from "../records/collection.js";
import { downloadTemplate, importable } from "./import-api.js";
import { importWords } from "./import-words.js";

/** How long a file may take to be checked or imported, in milliseconds. */
const uploadTimeout = 300_000;

type Stage = { kind: "idle" } | { kind: "checking"; file: File } | { kind: "checked"; file: File; report: ImportReport } | { kind: "importing"; file: File } | { kind: "done"; report: ImportReport };

/**
 * Import from a file: the template in the page's language, a dropped or chosen file checked row by
 * row (a dry run: line, column, message), then imported, all rows or none, with the counts.
 */
@customElement("cj-import-view")
export class CjImportView extends LitElement {
  static override styles = [
    baseStyles,
    panelStyles,
    css`
      :host {
        max-width: 60rem;
      }
      .drop {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 0.5rem;
        border: 2px dashed #8a94a3;
        border-radius: 8px;
        padding: 1.5rem 1rem;
        text-align: center;
        cursor: pointer;
      }
      .drop.over {
        border-color: var(--accent);
        background: #e9f1fb;
      }
      .drop:focus-within {
        outline: 3px solid #f2a900;
        outline-offset: 2px;
      }
      .drop input {
        position: absolute;
        opacity: 0;
        width: 1px;
        height: 1px;
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @property({ attribute: false }) collectionPath = "";
  @state() private stage: Stage = { kind: "idle" };
  @state() private message: string | null = null;
  @state() private over = false;

  get #name(): CollectionName | null {
    return collectionAt(this.signedIn, this.collectionPath);
  }

  /** Sends the file, a dry run or the import; the report, or `null` after telling what went wrong. */
  async #send(file: File, dryRun: boolean): Promise<ImportReport | null> {
    try {
      // A file of many thousand rows takes a while to check: longer than a read may.
      return await this.signedIn.client.imports.upload(this.#name!, file, { dryRun, timeout: uploadTimeout });
    } catch (error) {
      if (faultOf(error).kind === "expired") reportExpired(this);
      this.stage = { kind: "idle" };
      this.message = words(importWords).failed;
      return null;
    }
  }

  async #check(file: File): Promise<void> {
    this.message = null;
    if (!importable(file.name)) {
      this.message = words(importWords).unsupported;
      return;
    }
    this.stage = { kind: "checking", file };
    const report = await this.#send(file, true);
    if (report) await this.#show({ kind: "checked", file, report });
  }

  async #import(file: File): Promise<void> {
    this.stage = { kind: "importing", file };
    const report = await this.#send(file, false);
    if (report) await this.#show(report.written ? { kind: "done", report } : { kind: "checked", file, report });
  }

  async #show(stage: Stage): Promise<void> {
    this.stage = stage;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>("#report-title")?.focus();
  }

  #chosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) void this.#check(file);
  }

  #dropped(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.#check(file);
  }

  override render() {
    const w = words(importWords);
    const lang = currentLang();
    const name = this.#name;
    if (!name) return html`<p class="notice error" role="alert">${w.failed}</p>`;
    const busy = this.stage.kind === "checking" || this.stage.kind === "importing";
    return html`
      <p><a href=${hrefOf({ view: "records", collection: this.collectionPath })}>← ${w.back}</a></p>
      <h1>${w.title(collectionWords[lang][name])}</h1>
      <p>${w.intro}</p>
      <section class="panel" aria-labelledby="template-title">
        <h2 id="template-title">${w.stepTemplate}</h2>
        <p class="hint">${w.templateHint}</p>
        <div class="buttons">
          <button type="button" class="primary" @click=${() => downloadTemplate(this.collectionPath, "xlsx", lang)}>${w.excel}</button>
          <button type="button" @click=${() => downloadTemplate(this.collectionPath, "csv", lang)}>${w.csv}</button>
        </div>
      </section>
      <section class="panel" aria-labelledby="file-title">
        <h2 id="file-title">${w.stepFile}</h2>
        <label
          class="drop ${this.over ? "over" : ""}"
          @dragover=${(event: DragEvent) => {
            event.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.#dropped}
        >
          <strong>${w.drop}</strong>
          <span class="hint">${w.dropHint}</span>
          <input type="file" accept=".xlsx,.csv,.json,.ndjson" ?disabled=${busy} @change=${this.#chosen} />
          <span class="button">${w.choose}</span>
        </label>
        ${this.message ? html`<p class="notice error" role="alert">${this.message}</p>` : nothing}
      </section>
      <div role="status" aria-live="polite">${busy ? html`<p>${this.stage.kind === "checking" ? w.checking(this.stage.file.name) : w.importing}</p>` : nothing}</div>
      ${this.#renderReport()}
    `;
  }

  #renderReport() {
    const w = words(importWords);
    const stage = this.stage;
    if (stage.kind === "done") {
      const { created, updated, unchanged } = stage.report;
      return html`<section class="panel" aria-labelledby="report-title">
        <h2 id="report-title" tabindex="-1">${w.stepReport}</h2>
        <p class="notice ok">${w.done(created, updated, unchanged)}</p>
        <a class="button primary" href=${hrefOf({ view: "records", collection: this.collectionPath })}>${w.viewRecords}</a>
      </section>`;
    }
    if (stage.kind !== "checked") return nothing;
    const { report, file } = stage;
    const problems = report.problems;
    return html`<section class="panel" aria-labelledby="report-title">
      <h2 id="report-title" tabindex="-1">${w.stepReport}：${file.name}</h2>
      <p>${w.counts(report.rows, report.created, report.updated, report.unchanged)}</p>
      ${problems.length
        ? html`<p class="notice error">${w.problems(problems.length)}</p>
            <div class="scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${w.line}</th>
                    <th scope="col">${w.column}</th>
                    <th scope="col">${w.message}</th>
                  </tr>
                </thead>
                <tbody>
                  ${problems.map(
                    (problem) => html`<tr>
                      <td>${problem.line ?? w.wholeFile}</td>
                      <td>${problem.column ?? "—"}</td>
                      <td>${problem.message}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        : html`<p class="notice ok">${w.ready(report.rows)}</p>
            <button type="button" class="primary" @click=${() => this.#import(file)}>${w.importNow(report.rows)}</button>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-import-view": CjImportView;
  }
}
