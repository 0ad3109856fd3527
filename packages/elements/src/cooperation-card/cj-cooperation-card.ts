import { ContextConsumer } from "@lit/context";
import { cooperationProjects, HttpError, type BaseClient, type CooperationProject } from "@chanjiao/sdk";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { clientContext } from "../shared/context.js";
import { CjSelectEvent } from "../shared/events.js";
import { headingLevel } from "../shared/heading-level.js";
import { formatList, formatPartialDate } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { LoadController } from "../shared/load-controller.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { recordStyles } from "../shared/record.styles.js";
import { emptyState, errorState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { cooperationCardStyles } from "./cj-cooperation-card.styles.js";
import { messages } from "./messages.js";

/**
 * One international cooperation project (鲁班工坊, 中文+职业技能, ...): its countries, host
 * institution, Chinese partners, fields, opening, status and source. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A card for one international cooperation project.
 *
 * @attr project-id - The id of the cooperation project to show; not read while `project` is set.
 * @attr heading-level - The heading level of the project name (1 to 6), to fit the page's outline. Default 3.
 * @prop {string | undefined} projectId - Reflected from `project-id`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 * @prop {CooperationProject | undefined} project - A record the page (or `<cj-cooperation-list>`) already has; when set the card shows it without loading anything.
 *
 * @fires {CjSelectEvent<CooperationProject>} cj-select - The user activated the project's title (click, Enter or Space); `event.value` is the record (`CooperationProject`).
 * @fires {CjErrorEvent} cj-error - The project could not be loaded; `event.error` is the SDK's error (`HttpError`, `ValidationError`, `NetworkError`, `TimeoutError`).
 *
 * @csspart card - The card's box.
 * @csspart title - The project's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge, shown only for generated records.
 * @csspart meta - The list of kind, countries, institutions, fields, opening and status.
 * @csspart source - Where the record comes from, with its http(s) links.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Card background.
 * @cssprop [--cj-color-border=#d1d9e0] - Card border and loading placeholders.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjCooperationCard extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, recordStyles, cooperationCardStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    projectId: { attribute: "project-id", reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    project: { attribute: false },
  };

  declare projectId: string | undefined;
  declare headingLevel: number;
  declare project: CooperationProject | undefined;

  // Updates the card whenever the provider's client changes.
  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });

  constructor() {
    super();
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private readonly i18n = new LocaleController(this);

  private readonly loaded = new LoadController(this, {
    args: () => (this.client && this.projectId && !this.project ? ([this.client, this.projectId] as const) : undefined),
    load: ([client, id], signal) => client.collection(cooperationProjects).get(id, { signal }),
  });

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (this.project) return this.frame(this.renderProject(this.project), false);
    if (!this.client || !this.projectId) return this.frame(emptyState(this.client ? t.noProject : t.noClient), false);
    const { state } = this.loaded;
    switch (state.status) {
      case "complete":
        return this.frame(this.renderProject(state.value), false);
      case "error":
        return this.frame(errorState(isNotFound(state.error) ? t.projectNotFound : t.projectFailed, { label: t.retry, onRetry: () => this.loaded.retry() }), false);
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<article class="card" part="card" aria-busy=${busy ? "true" : "false"}>${content}</article>`;
  }

  private renderProject(project: CooperationProject): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const countries = project.countries.map((country) => (locale === "en" ? country.name : country.nameZh));
    const list = (items: readonly string[]) => (items.length > 0 ? formatList(locale, items) : undefined);
    const opened = project.opened ?? (project.year === null ? undefined : String(project.year));
    const rows: Array<[string, string | undefined]> = [
      [t.labels.kind, t.kinds[project.kind]],
      [t.labels.countries, list(countries)],
      [t.labels.host, project.hostInstitution ?? undefined],
      [t.labels.partners, list(project.partners)],
      [t.labels.fields, list(project.fields)],
      [t.labels.opened, opened === undefined ? undefined : formatPartialDate(locale, opened)],
      [t.labels.status, t.statuses[project.status]],
    ];
    return html`
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel)}>
          <button type="button" @click=${() => this.dispatchEvent(new CjSelectEvent<CooperationProject>(project))}>${project.name}</button>
        </div>
        ${sampleBadge(project.sample, t)}
      </header>
      <dl class="meta" part="meta">
        ${rows.map(([label, value]) => (value === undefined ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
      </dl>
      ${project.note ? html`<p class="note">${project.note}</p>` : nothing}
      <p class="source" part="source">${t.sourcePrefix}${renderSource(project.source)}</p>
    `;
  }
}

function isNotFound(error: unknown): boolean {
  return error instanceof HttpError && error.status === 404;
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-cooperation-card": CjCooperationCard;
  }
}
