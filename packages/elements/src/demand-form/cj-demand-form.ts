import { HttpError, majorCategories, type MajorCategory, type Region, regions, SubmissionFields, submitDemand } from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { CjDataElement } from "../shared/data-element.js";
import { CjErrorEvent } from "../shared/events.js";
import { localName } from "../shared/i18n/local-name.js";
import { catalogueLevels } from "../shared/i18n/vocabulary/levels.js";
import { industries } from "../shared/i18n/vocabulary/industries.js";
import { demandFormStyles } from "./cj-demand-form.styles.js";
import { CjSubmitEvent, CjSubmittedEvent } from "./events.js";
import { type DemandField, messages } from "./messages.js";

type Control = { field: DemandField; kind: "text" | "number" | "select"; options?: Array<[string, string]>; autocomplete?: string; inputmode?: string };

const numberFields: readonly DemandField[] = ["headcount", "period"];
const choiceFields: readonly DemandField[] = ["industry", "majorCategoryId", "level", "region"];

/**
 * Dispatches an event of the form's. Outside the class, so that the manifest keeps the form's own
 * typed `@fires` rather than the events it finds dispatched.
 */
function fire(host: Element, event: Event): boolean {
  return host.dispatchEvent(event);
}

/**
 * A form an enterprise fills in to publish a talent demand (clause 4's 需求发布) without an API
 * key: the enterprise and its 统一社会信用代码 (checked with its check character as it is typed in),
 * a contact person with a phone number or e-mail address, and the demand: occupation, industry,
 * major category, level, headcount, year and region. The submission is reviewed by the region's
 * consortium office or education authority before it is published; contact details go to the
 * reviewers only. Each field's problem is said beside it in the page's language, and the first
 * field at fault takes the focus; on success the form shows the reference number to follow the
 * review by. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en).
 *
 * @summary A public form to submit a talent demand for review.
 *
 * @attr province - A province's GB/T 2260 code: the region picker offers its cities. All provinces and cities when absent.
 * @attr region - The region chosen at first, such as the city of the consortium whose page holds the form.
 * @attr period - The year chosen at first. Default: next year.
 * @prop {string | undefined} province - Reflected from `province`.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {number} period - Reflected from `period`.
 *
 * @fires {CjSubmitEvent} cj-submit - A valid submission is about to be sent; `event.submission` is the body (`SubmissionCreate` of the SDK). Cancelable.
 * @fires {CjSubmittedEvent} cj-submitted - The submission was kept for review; `event.ref` is its reference number.
 * @fires {CjErrorEvent} cj-error - The pickers could not be loaded or the submission could not be sent; `event.error` is the SDK's error.
 *
 * @csspart form - The form.
 * @csspart field - Each field: its label, hint, control and message.
 * @csspart error - A field's message, and the summary above the form.
 * @csspart submit - The submit button.
 * @csspart receipt - What the form shows once the submission is kept, with the reference number.
 * @csspart ref - The reference number.
 */
export class CjDemandForm extends CjDataElement {
  static override styles = [...CjDataElement.styles, demandFormStyles];

  static override properties = {
    province: { reflect: true },
    region: { reflect: true },
    period: { type: Number, reflect: true },
    errors: { state: true },
    receipt: { state: true },
    sending: { state: true },
    sendFailure: { state: true },
  };

  declare province: string | undefined;
  declare region: string | undefined;
  declare period: number;
  declare private errors: Partial<Record<DemandField, string>>;
  declare private receipt: string | undefined;
  declare private sending: boolean;
  declare private sendFailure: string | undefined;

  constructor() {
    super();
    this.period = new Date().getFullYear() + 1;
    this.errors = {};
    this.sending = false;
  }

  private readonly options = this.resource({
    args: () => (this.client ? ([this.client, this.province || undefined] as const) : undefined),
    task: ([client, province], signal) =>
      Promise.all([collect(client.collection(majorCategories).all({ limit: 100 }, { signal })), collect(client.collection(regions).all({ parent: province, limit: 200 }, { signal }))]),
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.frame(this.receipt ? this.renderReceipt(this.receipt) : this.show(this.options, { complete: ([categories, places]) => this.renderForm(categories, places), failed: t.optionsFailed, lines: 8, attributes: { parent: "province" } }), {
      labelledby: "title",
    });
  }

  private renderReceipt(ref: string): TemplateResult {
    const t = this.pick(messages);
    return html`<div class="title" id="title" role="heading" aria-level=${this.headingLevelAt()}>${t.title}</div>
      <div class="receipt" part="receipt" role="status" tabindex="-1">
        <p class="sent">${t.sent}</p>
        <p class="ref-line"><span>${t.refLabel}</span> <strong class="ref" part="ref">${ref}</strong></p>
        <p class="hint">${t.sentHint}</p>
        <button type="button" class="secondary" @click=${() => (this.receipt = undefined)}>${t.another}</button>
      </div>`;
  }

  private renderForm(categories: readonly MajorCategory[], places: readonly Region[]): TemplateResult {
    const t = this.pick(messages);
    const { locale } = this;
    const levels = this.terms(catalogueLevels);
    const industryNames = this.terms(industries);
    const count = Object.keys(this.errors).length;
    const regionOptions = places.map((place): [string, string] => [place.id, localName(locale, place)]);
    const groups: Array<[keyof typeof t.groups, Control[]]> = [
      ["enterprise", [{ field: "enterpriseName", kind: "text", autocomplete: "organization" }, { field: "creditCode", kind: "text", autocomplete: "off" }]],
      ["contact", [{ field: "contactName", kind: "text", autocomplete: "name" }, { field: "contact", kind: "text", autocomplete: "email" }]],
      [
        "demand",
        [
          { field: "occupation", kind: "text" },
          { field: "industry", kind: "select", options: Object.entries(industryNames) },
          { field: "majorCategoryId", kind: "select", options: categories.map((category) => [category.id, localName(locale, category)]) },
          { field: "level", kind: "select", options: Object.entries(levels) },
          { field: "headcount", kind: "number", inputmode: "numeric" },
          { field: "period", kind: "number", inputmode: "numeric" },
          { field: "region", kind: "select", options: regionOptions },
        ],
      ],
    ];
    return html`<div class="title" id="title" role="heading" aria-level=${this.headingLevelAt()}>${t.title}</div>
      <p class="intro">${t.intro}</p>
      ${count ? html`<p class="summary" part="error" role="alert">${t.fix(count)}</p>` : nothing}
      <form part="form" novalidate @submit=${this.onSubmit} @input=${this.onInput}>
        ${groups.map(
          ([group, controls]) => html`<fieldset class="group">
            <legend>${t.groups[group]}</legend>
            <div class="fields">${controls.map((control) => this.renderField(control))}</div>
          </fieldset>`,
        )}
        ${this.sendFailure ? html`<p class="failure" part="error" role="alert">${this.sendFailure}</p>` : nothing}
        <button type="submit" part="submit" ?disabled=${this.sending} aria-disabled=${this.sending ? "true" : nothing}>${this.sending ? t.sending : t.submit}</button>
      </form>`;
  }

  private renderField({ field, kind, options, autocomplete, inputmode }: Control): TemplateResult {
    const t = this.pick(messages);
    const error = this.errors[field];
    const hint = t.hints[field];
    const describedBy = [hint ? `${field}-hint` : "", error ? `${field}-error` : ""].filter(Boolean).join(" ") || nothing;
    const initial = field === "region" ? (this.region ?? "") : field === "period" ? String(this.period) : "";
    const control =
      kind === "select"
        ? html`<select id=${field} name=${field} aria-invalid=${error ? "true" : "false"} aria-describedby=${describedBy} required>
            <option value="">${t.choose}</option>
            ${options!.map(([value, label]) => html`<option value=${value} ?selected=${value === initial}>${label}</option>`)}
          </select>`
        : html`<input
            id=${field}
            name=${field}
            type="text"
            inputmode=${inputmode ?? nothing}
            autocomplete=${autocomplete ?? nothing}
            .value=${initial}
            aria-invalid=${error ? "true" : "false"}
            aria-describedby=${describedBy}
            required
            class=${kind === "number" ? "short" : field === "creditCode" ? "code" : ""}
          />`;
    return html`<div class="field" part="field">
      <label for=${field}>${t.labels[field]}</label>
      ${control} ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="error" part="error" id="${field}-error">${error}</span>` : nothing}
    </div>`;
  }

  /** What the controls hold, as the contract takes it: numbers as numbers, the credit code in capitals, empty fields left out. */
  private readBody(form: HTMLFormElement): Record<string, unknown> {
    const body: Record<string, unknown> = {};
    for (const [name, value] of new FormData(form)) {
      const text = String(value).trim();
      if (text === "") continue;
      body[name] = numberFields.includes(name as DemandField) && /^\d+$/.test(text) ? Number(text) : name === "creditCode" ? text.toUpperCase() : text;
    }
    return body;
  }

  /** The message of each field at fault: "fill this in" for an empty text field, what it needs otherwise ("choose …" for a picker). */
  private problemsOf(body: Record<string, unknown>, paths: readonly string[]): Partial<Record<DemandField, string>> {
    const t = this.pick(messages);
    const problems: Partial<Record<DemandField, string>> = {};
    for (const path of paths) {
      const field = path as DemandField;
      if (!(field in t.labels) || problems[field]) continue;
      problems[field] = body[field] === undefined && !choiceFields.includes(field) ? t.required : t.invalid[field];
    }
    return problems;
  }

  private onInput(event: Event): void {
    // A field's message goes once it is being corrected; the others stay until the next submit.
    const field = (event.target as HTMLInputElement).name as DemandField;
    if (this.errors[field]) {
      const { [field]: _fixed, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const body = this.readBody(form);
    this.sendFailure = undefined;
    const checked = SubmissionFields.safeParse(body);
    this.errors = checked.success ? {} : this.problemsOf(body, checked.error.issues.map((issue) => String(issue.path[0] ?? "")));
    if (!checked.success) return this.focusFirstError();
    if (!fire(this, new CjSubmitEvent(checked.data)) || !this.client) return;
    this.sending = true;
    try {
      const { ref } = await this.client.send(submitDemand, checked.data);
      this.receipt = ref;
      fire(this, new CjSubmittedEvent(ref));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".receipt")?.focus();
    } catch (error) {
      fire(this, new CjErrorEvent(error));
      const t = this.pick(messages);
      const refused = error instanceof HttpError && error.status === 422 ? (error.problem?.errors ?? []).map((problem) => problem.path) : [];
      this.errors = this.problemsOf(body, refused);
      if (refused.length) return this.focusFirstError();
      this.sendFailure = error instanceof HttpError && error.status === 429 ? t.tooMany : t.failed;
    } finally {
      this.sending = false;
    }
  }

  private async focusFirstError(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-demand-form": CjDemandForm;
  }
}
