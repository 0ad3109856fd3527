import type { CollectionName, RecordHistory } from "@chanjiao/sdk";
import { css, html, LitElement } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import type { SignedIn } from "../../app/session.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import type { Field } from "../records/fields.js";
import { writerOf } from "../records/writer.js";
import { historyWords } from "./history-words.js";

/**
 * A record's history from the audit trail, newest first: when, who (an admin sees every writer; an
 * editor its own organisation's, and others by role), how and which fields. Values are not shown.
 */
@customElement("cj-record-history")
export class CjRecordHistory extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        border-left: 3px solid var(--line);
      }
      li {
        position: relative;
        margin: 0 0 0.9rem;
        padding: 0.1rem 0 0 1rem;
      }
      li::before {
        content: "";
        position: absolute;
        left: -0.45rem;
        top: 0.45rem;
        width: 0.6rem;
        height: 0.6rem;
        border-radius: 50%;
        background: var(--accent);
      }
      .head {
        font-weight: 600;
      }
      .meta {
        color: var(--muted);
        font-size: 0.875rem;
      }
      .fields {
        margin: 0.2rem 0 0;
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @property({ attribute: false }) collection!: CollectionName;
  @property({ attribute: false }) recordId = "";
  @property({ attribute: false }) fields: readonly Field[] = [];
  @state() private history: RecordHistory | null = null;
  @state() private failed = false;

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    try {
      this.history = await writerOf(this.signedIn, this.collection).history(this.recordId);
    } catch (error) {
      if (faultOf(error).kind === "expired") reportExpired(this);
      this.failed = true;
    }
  }

  override render() {
    const w = words(historyWords);
    const lang = currentLang();
    if (this.failed) return html`<p class="notice error" role="alert">${w.failed}</p>`;
    if (!this.history) return html`<p role="status">${w.loading}</p>`;
    if (this.history.items.length === 0) return html`<p class="notice">${w.empty}</p>`;
    const time = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" });
    const label = (name: string) => this.fields.find((field) => field.name === name)?.label[lang] ?? name;
    const own = this.signedIn.session.organisation.id;
    return html`<ol>
      ${this.history.items.map((entry) => {
        const writer = entry.writer;
        const who =
          writer.role === null
            ? w.unknownWriter
            : `${writer.organisationId === own ? w.own : (writer.organisationId ?? "")} ${w.roles[writer.role]}${writer.keyPrefix ? ` · ${writer.keyPrefix}…` : ""}`.trim();
        return html`<li>
          <div class="head">${w.kinds[entry.kind]} · <time datetime=${entry.at}>${time.format(new Date(entry.at))}</time></div>
          <div class="meta">${w.who}${lang === "en" ? ": " : "："}${who} · ${w.via[entry.via]}</div>
          ${entry.kind === "updated" ? html`<p class="fields">${w.fields}：${entry.fields.map(label).join(lang === "en" ? ", " : "、")}</p>` : ""}
        </li>`;
      })}
    </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-record-history": CjRecordHistory;
  }
}
