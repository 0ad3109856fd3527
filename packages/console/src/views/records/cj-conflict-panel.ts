import { css, html, LitElement } from "lit";
import { customElement, property } from "lit/decorators.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { panelStyles } from "../../styles/panels.js";
import { displayValue, fieldNamed } from "./display.js";
import type { Field } from "./fields.js";
import { recordWords } from "./record-words.js";

type AnyRecord = Record<string, unknown>;

/**
 * What changed in a record while it was being edited (the answer to a 412): the fields someone else
 * saved, their values, and the user's own changes, with a choice to reapply those on the new version
 * (`cj-reapply`) or to drop them (`cj-discard`).
 */
@customElement("cj-conflict-panel")
export class CjConflictPanel extends LitElement {
  static override styles = [
    baseStyles,
    panelStyles,
    css`
      :host {
        display: block;
        border: 2px solid #c77700;
        background: #fff8ec;
        border-radius: 8px;
        padding: 1rem 1.25rem;
        margin-bottom: 1rem;
      }
      table {
        margin: 0.5rem 0 1rem;
        background: #fff;
      }
      th,
      td {
        border: 1px solid var(--line);
      }
    `,
  ];

  @property({ attribute: false }) fields: readonly Field[] = [];
  /** The fields someone else changed. */
  @property({ attribute: false }) theirs: readonly string[] = [];
  /** The record as it is now. */
  @property({ attribute: false }) current: AnyRecord = {};
  /** The user's changes: a patch. */
  @property({ attribute: false }) mine: AnyRecord = {};

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>("h2")?.focus();
  }

  override render() {
    const w = words(recordWords);
    const lang = currentLang();
    const names = [...new Set([...this.theirs, ...Object.keys(this.mine)])];
    const label = (name: string) => fieldNamed(this.fields, name)?.label[lang] ?? name;
    return html`<section role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabindex="-1">${w.conflictTitle}</h2>
      <p>${w.conflictIntro}</p>
      <div class="scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">${w.conflictField}</th>
              <th scope="col">${w.conflictTheirs}</th>
              <th scope="col">${w.conflictYours}</th>
            </tr>
          </thead>
          <tbody>
            ${names.map(
              (name) => html`<tr>
                <th scope="row">${label(name)}</th>
                <td>${this.theirs.includes(name) ? displayValue(fieldNamed(this.fields, name), this.current[name]) : "—"}</td>
                <td>${name in this.mine ? displayValue(fieldNamed(this.fields, name), this.mine[name]) : "—"}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div class="buttons">
        <button type="button" class="primary" @click=${() => this.dispatchEvent(new Event("cj-reapply"))}>${w.reapply}</button>
        <button type="button" @click=${() => this.dispatchEvent(new Event("cj-discard"))}>${w.discard}</button>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-conflict-panel": CjConflictPanel;
  }
}
