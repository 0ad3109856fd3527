import { type CollectionName, HttpError, type Submission, type SubmissionStatus } from "@chanjiao/sdk";
import { css, html, LitElement, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { hrefOf } from "../../app/route.js";
import type { SignedIn } from "../../app/session.js";
import { currentLang, words } from "../../i18n/language.js";
import { baseStyles } from "../../styles/base.js";
import { formStyles } from "../../styles/form.js";
import { panelStyles } from "../../styles/panels.js";
import { enumWords } from "../records/enum-words.js";
import { nameOf } from "../records/names.js";
import { fieldMessage } from "../records/problem-text.js";
import { faultOf, reportExpired } from "../shared/faults.js";
import { reviewWords } from "./review-words.js";

const statuses: readonly SubmissionStatus[] = ["pending", "approved", "rejected"];

/** The columns of the queue, by their words. */
const columns = ["enterprise", "contact", "demand", "category", "level", "headcount", "region", "period", "received", "actions"] as const;

/** The decision being confirmed in the dialog. */
type Deciding = { submission: Submission; approve: boolean };

/** What the last decision did, told above the list. */
type Outcome = { kind: "ok"; text: string; postingId: string | null } | { kind: "error"; text: string };

/**
 * The review queue of talent demand submitted through the public form, for the keys that review a
 * region's submissions: pending first, approved and rejected by the filter. Approving publishes the
 * posting in the enterprise's name after a confirmation naming it; rejecting needs a reason, which
 * the submitter reads by the reference.
 */
@customElement("cj-review-view")
export class CjReviewView extends LitElement {
  static override styles = [
    baseStyles,
    formStyles,
    panelStyles,
    css`
      :host {
        max-width: 90rem;
      }
      .filter {
        display: flex;
        flex-direction: row;
        align-items: center;
        flex-wrap: wrap;
        gap: 0.5rem;
        border: none;
        padding: 0;
        margin: 0 0 1rem;
      }
      .filter legend {
        padding: 0;
        margin-bottom: 0.4rem;
      }
      .filter button[aria-pressed="true"] {
        background: var(--accent);
        color: #fff;
      }
      .table {
        background: #fff;
        border: 1px solid var(--line);
        border-radius: 8px;
      }
      .table table {
        min-width: 56rem;
      }
      th,
      td {
        padding: 0.5rem 0.55rem;
      }
      thead th {
        white-space: normal;
      }
      caption {
        text-align: start;
        padding: 0.6rem 0.9rem;
        color: var(--muted);
      }
      .sub {
        display: block;
        color: var(--muted);
        font-size: 0.875rem;
      }
      .code {
        font-family: ui-monospace, monospace;
        white-space: nowrap;
      }
      .short {
        white-space: nowrap;
      }
      td.actions .buttons {
        margin: 0;
        flex-direction: column;
        gap: 0.4rem;
      }
      .more {
        margin-top: 0.75rem;
      }
      dialog form {
        margin: 0;
      }
      dialog h2 {
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) signedIn!: SignedIn;
  @state() private status: SubmissionStatus = "pending";
  @state() private items: Submission[] | null = null;
  @state() private nextCursor: string | null = null;
  @state() private loadFailed = false;
  @state() private names = new Map<string, string>();
  @state() private deciding: Deciding | null = null;
  @state() private reason = "";
  @state() private reasonError: string | null = null;
  @state() private busy = false;
  @state() private outcome: Outcome | null = null;
  @query("dialog") private dialog!: HTMLDialogElement;
  #request = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#load();
  }

  /** Loads the first page of a status, or (with a cursor) the next one after what is shown. */
  async #load(cursor: string | null = null): Promise<void> {
    const request = ++this.#request;
    this.loadFailed = false;
    if (!cursor) this.items = null;
    try {
      const page = await this.signedIn.client.submissions.list({ status: this.status, ...(cursor ? { cursor } : {}) });
      if (request !== this.#request) return;
      this.items = [...(cursor ? (this.items ?? []) : []), ...page.items];
      this.nextCursor = page.nextCursor;
      await this.#name(page.items);
    } catch (error) {
      if (request !== this.#request) return;
      if (faultOf(error).kind === "expired") return reportExpired(this);
      this.loadFailed = true;
    }
  }

  /** Reads the names of the regions and major categories the submissions name, once each. */
  async #name(items: readonly Submission[]): Promise<void> {
    const wanted: Array<[CollectionName, string]> = [...new Set(items.flatMap((item) => [`regions ${item.region}`, `majorCategories ${item.majorCategoryId}`]))].map(
      (key) => key.split(" ") as [CollectionName, string],
    );
    const read = await Promise.all(wanted.map(async ([collection, id]) => [id, await nameOf(this.signedIn, collection, id)] as const));
    this.names = new Map([...this.names, ...read]);
  }

  #show(status: SubmissionStatus): void {
    if (status === this.status) return;
    this.status = status;
    this.outcome = null;
    void this.#load();
  }

  #ask(submission: Submission, approve: boolean): void {
    this.deciding = { submission, approve };
    this.reason = "";
    this.reasonError = null;
    this.dialog.showModal();
  }

  async #decide(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const w = words(reviewWords);
    const { submission, approve } = this.deciding!;
    if (!approve && !this.reason.trim()) {
      this.reasonError = w.reasonMissing;
      this.renderRoot.querySelector<HTMLElement>("#reason")?.focus();
      return;
    }
    this.busy = true;
    try {
      const { submissions } = this.signedIn.client;
      const reviewed = approve ? await submissions.approve(submission.ref) : await submissions.reject(submission.ref, { reason: this.reason.trim() });
      this.dialog.close();
      this.outcome = approve
        ? { kind: "ok", text: w.approved(submission.enterpriseName), postingId: reviewed.postingId }
        : { kind: "ok", text: w.rejected(submission.enterpriseName, submission.ref), postingId: null };
      await this.#load();
    } catch (error) {
      this.#fail(error);
    } finally {
      this.busy = false;
    }
  }

  #fail(error: unknown): void {
    const w = words(reviewWords);
    const fault = faultOf(error);
    if (fault.kind === "expired") return reportExpired(this);
    if (fault.kind === "invalid") {
      this.reasonError = fault.issues.map((issue) => fieldMessage(issue.message)).join("；");
      return;
    }
    this.dialog.close();
    const already = error instanceof HttpError && error.status === 409;
    this.outcome = { kind: "error", text: already ? w.alreadyReviewed : fault.kind === "forbidden" ? w.forbidden : w.failed };
    void this.#load();
  }

  override render() {
    const w = words(reviewWords);
    return html`
      <h1>${w.title}</h1>
      <p>${w.intro}</p>
      <fieldset class="filter">
        <legend>${w.statusFilter}</legend>
        ${statuses.map((status) => html`<button type="button" aria-pressed=${status === this.status ? "true" : "false"} @click=${() => this.#show(status)}>${w.statuses[status]}</button>`)}
      </fieldset>
      <div role="status" aria-live="polite">${this.outcome?.kind === "ok" ? this.#renderDone(this.outcome) : nothing}</div>
      ${this.outcome?.kind === "error" ? html`<p class="notice error" role="alert">${this.outcome.text}</p>` : nothing} ${this.#renderList()} ${this.#renderDialog()}
    `;
  }

  #renderDone(outcome: Outcome & { kind: "ok" }) {
    const w = words(reviewWords);
    const link = outcome.postingId && this.#postingLink(outcome.postingId);
    return html`<p class="notice ok">${outcome.text} ${link ? html`<a href=${link}>${w.published}</a>` : nothing}</p>`;
  }

  /** The posting in the console's talent-demand table, for the keys that may open it there (every posting is an admin's to keep). */
  #postingLink(id: string): string | null {
    return this.signedIn.session.key.role === "admin" ? hrefOf({ view: "record", collection: "talent-demand", id }) : null;
  }

  #renderList() {
    const w = words(reviewWords);
    if (this.loadFailed) {
      return html`<div class="notice error" role="alert">${w.loadFailed} <button type="button" @click=${() => this.#load()}>${w.retry}</button></div>`;
    }
    if (this.items === null) return html`<p role="status">${w.loading}</p>`;
    if (this.items.length === 0) return html`<p class="notice">${w.empty[this.status]}</p>`;
    return html`<div class="table scroll">
        <table>
          <caption>
            ${w.caption(w.statuses[this.status], this.items.length)}
          </caption>
          <thead>
            <tr>
              ${columns.map((column) => html`<th scope="col">${w[column]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.items.map((item) => this.#renderRow(item))}
          </tbody>
        </table>
      </div>
      ${this.nextCursor ? html`<button type="button" class="more" @click=${() => this.#load(this.nextCursor)}>${w.more}</button>` : nothing}`;
  }

  #renderRow(item: Submission) {
    const w = words(reviewWords);
    const time = new Intl.DateTimeFormat(currentLang(), { dateStyle: "short", timeStyle: "short" });
    const levels = enumWords([item.level]);
    return html`<tr>
      <th scope="row">${item.enterpriseName}<span class="sub code">${item.creditCode}</span><span class="sub code">${w.ref(item.ref)}</span></th>
      <td>${item.contactName}<span class="sub">${item.contact}</span></td>
      <td>${item.occupation}<span class="sub">${item.industry}</span></td>
      <td>${this.names.get(item.majorCategoryId) ?? item.majorCategoryId}</td>
      <td>${levels(item.level)}</td>
      <td class="short">${item.headcount}</td>
      <td>${this.names.get(item.region) ?? item.region}<span class="sub code">${item.region}</span></td>
      <td class="short">${item.period}</td>
      <td>${time.format(new Date(item.submittedAt))}</td>
      <td class="actions">${this.#renderDecision(item, time)}</td>
    </tr>`;
  }

  #renderDecision(item: Submission, time: Intl.DateTimeFormat) {
    const w = words(reviewWords);
    const reviewed = item.reviewedAt ? html`<span class="sub">${w.reviewedAt(time.format(new Date(item.reviewedAt)))}</span>` : nothing;
    if (item.status === "rejected") return html`${w.reasonGiven(item.reason ?? "")}${reviewed}`;
    if (item.status === "approved") {
      const link = item.postingId && this.#postingLink(item.postingId);
      return html`${link ? html`<a href=${link}>${w.published}</a>` : w.publishedAs(item.postingId ?? "")}${reviewed}`;
    }
    return html`<div class="buttons">
      <button type="button" class="primary" aria-label="${w.approve} ${item.enterpriseName}" @click=${() => this.#ask(item, true)}>${w.approve}</button>
      <button type="button" class="danger" aria-label="${w.reject} ${item.enterpriseName}" @click=${() => this.#ask(item, false)}>${w.reject}</button>
    </div>`;
  }

  #renderDialog() {
    const w = words(reviewWords);
    const deciding = this.deciding;
    return html`<dialog aria-labelledby="decide-title" aria-describedby="decide-detail" @close=${() => (this.deciding = null)}>
      ${deciding
        ? html`<form @submit=${this.#decide} novalidate>
            <h2 id="decide-title">${deciding.approve ? w.approveQuestion(deciding.submission.enterpriseName) : w.rejectQuestion(deciding.submission.enterpriseName)}</h2>
            ${deciding.approve ? html`<p id="decide-detail">${w.approveDetail(deciding.submission.occupation, deciding.submission.headcount)}</p>` : this.#renderReason(deciding.submission)}
            <div class="buttons">
              <button type="button" ?autofocus=${deciding.approve} @click=${() => this.dialog.close()}>${w.cancel}</button>
              <button type="submit" class=${deciding.approve ? "primary" : "danger primary"} ?disabled=${this.busy}>${deciding.approve ? w.approveConfirm : w.rejectConfirm}</button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }

  #renderReason(submission: Submission) {
    const w = words(reviewWords);
    const described = `decide-detail${this.reasonError ? " reason-error" : ""}`;
    return html`<div class="field">
      <label for="reason">${w.reason}</label>
      <textarea
        id="reason"
        autofocus
        maxlength="500"
        required
        aria-describedby=${described}
        aria-invalid=${this.reasonError ? "true" : "false"}
        .value=${this.reason}
        @input=${(event: Event) => (this.reason = (event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <p class="hint" id="decide-detail">${w.reasonHint(submission.ref)}</p>
      ${this.reasonError ? html`<p class="error" id="reason-error">${this.reasonError}</p>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-review-view": CjReviewView;
  }
}
