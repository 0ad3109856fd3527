import { ContextConsumer } from "@lit/context";
import { type BaseClient, type Consortium, CouncilRole, HttpError, type Organisation } from "@chanjiao/sdk";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { clientContext } from "../shared/context.js";
import { CjSelectEvent } from "../shared/events.js";
import { formatList, formatPartialDate } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { localName } from "../shared/i18n/local-name.js";
import { LoadController } from "../shared/load-controller.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { recordStyles } from "../shared/record.styles.js";
import { emptyState, errorState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { consortiumCardStyles } from "./cj-consortium-card.styles.js";
import { type CardLayout, type ConsortiumDetails, loadConsortium } from "./load-consortium.js";
import { messages } from "./messages.js";

/**
 * One 市域产教联合体 or 行业产教融合共同体: name, kind, batch and founding date, park and
 * region, industries, council seats grouped by role, lead organisations, the programmes of its
 * member schools, its practice centres and its technology service platforms (共性技术服务平台,
 * 技术创新中心 and the like: kind, services and the organisation that runs each), each section
 * with the sources of what it shows. A section with nothing to show is left out. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A card for one consortium or industry community.
 *
 * @attr consortium-id - The id of the consortium to show.
 * @attr layout - `full` (default): every section; `compact`: name, kind, region, park, industries and leads.
 * @attr heading-level - The heading level of the consortium's name (1 to 6); sections take the next level. Default 3.
 * @prop {string | undefined} consortiumId - Reflected from `consortium-id`.
 * @prop {"compact" | "full"} layout - Reflected from `layout`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 *
 * @fires {CjSelectEvent<Consortium>} cj-select - The user activated the consortium's name; `event.value` is the record (`Consortium`).
 * @fires {CjErrorEvent} cj-error - The consortium could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart card - The card's box.
 * @csspart title - The consortium's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge, shown only for generated records.
 * @csspart meta - The list of kind, status, batch, founding date, region, parks, industries and members.
 * @csspart section - Each of the council, leads, programmes, practice centres and technology service platforms sections.
 * @csspart source - A line naming where the facts above it come from, with http(s) links.
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
export class CjConsortiumCard extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, recordStyles, consortiumCardStyles];

  static override properties = {
    consortiumId: { attribute: "consortium-id", reflect: true },
    layout: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
  };

  declare consortiumId: string | undefined;
  declare layout: CardLayout;
  declare headingLevel: number;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.layout = "full";
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private get resolvedLayout(): CardLayout {
    return this.layout === "compact" ? "compact" : "full";
  }

  private readonly details = new LoadController(this, {
    args: () => (this.client && this.consortiumId ? ([this.client, this.consortiumId, this.resolvedLayout] as const) : undefined),
    load: ([client, id, layout], signal) => loadConsortium(client, id, layout, signal),
  });

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client || !this.consortiumId) return this.frame(emptyState(this.client ? t.noConsortium : t.noClient), false);
    const { state } = this.details;
    switch (state.status) {
      case "complete":
        return this.frame(this.renderDetails(state.value), false);
      case "error": {
        const notFound = state.error instanceof HttpError && state.error.status === 404;
        return this.frame(errorState(notFound ? t.consortiumNotFound : t.consortiumFailed, { label: t.retry, onRetry: () => this.details.retry() }), false);
      }
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<article class="card ${this.resolvedLayout}" part="card" aria-busy=${busy ? "true" : "false"}>${content}</article>`;
  }

  private renderDetails(details: ConsortiumDetails): TemplateResult {
    const { consortium } = details;
    const t = this.i18n.pick(messages);
    const full = this.resolvedLayout === "full";
    return html`
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${this.level(0)}>
          <button type="button" @click=${() => this.dispatchEvent(new CjSelectEvent<Consortium>(consortium))}>${consortium.name}</button>
        </div>
        ${sampleBadge(consortium.sample, t)}
      </header>
      ${this.renderMeta(details)}
      ${full ? this.renderCouncil(details) : nothing}
      ${this.renderLeads(details)}
      ${full ? this.renderProgrammes(details) : nothing}
      ${full ? this.renderPracticeCentres(details) : nothing}
      ${full ? this.renderServicePlatforms(details) : nothing}
      ${full && consortium.note ? html`<p class="note">${consortium.note}</p>` : nothing}
      <p class="source" part="source">${t.sourcePrefix}${renderSource(consortium.source)}</p>
    `;
  }

  private renderMeta({ consortium, parks, regions }: ConsortiumDetails): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const full = this.resolvedLayout === "full";
    const list = (items: readonly string[]) => (items.length > 0 ? formatList(locale, items) : undefined);
    const regionNames = [consortium.province, consortium.region]
      .filter((code, index, codes): code is string => code !== null && codes.indexOf(code) === index)
      .map((code) => regions.get(code))
      .filter((region) => region !== undefined)
      .map((region) => localName(locale, region));
    const rows: Array<[string, string | undefined]> = [
      [t.labels.kind, t.kinds[consortium.kind]],
      [t.labels.status, full ? t.statuses[consortium.status] : undefined],
      [t.labels.batch, consortium.batch === null ? undefined : t.batch(consortium.batch)],
      [t.labels.founded, consortium.founded === null ? undefined : formatPartialDate(locale, consortium.founded)],
      [t.labels.region, regionNames.length > 0 ? regionNames.join(locale === "en" ? ", " : " ") : undefined],
      [t.labels.parks, list(parks.map((park) => park.name))],
      [t.labels.industries, list(consortium.industries)],
      [t.labels.field, consortium.field ?? undefined],
      [t.labels.members, full ? (consortium.members ?? undefined) : undefined],
    ];
    return html`<dl class="meta" part="meta">
      ${rows.map(([label, value]) => (value === undefined ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
    </dl>`;
  }

  private renderCouncil({ consortium, organisations }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.i18n.pick(messages);
    if (consortium.council.length === 0) return nothing;
    const groups = CouncilRole.options
      .map((role) => ({ role, seats: consortium.council.filter((seat) => seat.role === role) }))
      .filter((group) => group.seats.length > 0);
    const members = consortium.council.map((seat) => organisations.get(seat.organisationId)).filter((org) => org !== undefined);
    return this.section(
      t.sections.council,
      html`${groups.map(
        ({ role, seats }) => html`<div class="group">
          <div class="group-title" role="heading" aria-level=${this.level(2)}>${t.roles[role]}</div>
          <ul>
            ${seats.map((seat) => html`<li>${this.organisationName(organisations.get(seat.organisationId), seat.organisationId)}${seat.title ? html` <span class="muted">${seat.title}</span>` : nothing}</li>`)}
          </ul>
        </div>`,
      )}`,
      members.map((org) => org.source),
      consortium.source,
    );
  }

  private renderLeads({ consortium, organisations }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.i18n.pick(messages);
    if (consortium.leadOrganisationIds.length === 0) return nothing;
    const leads = consortium.leadOrganisationIds.map((id) => organisations.get(id)).filter((org) => org !== undefined);
    return this.section(
      t.sections.leads,
      html`<ul>
        ${consortium.leadOrganisationIds.map((id) => html`<li>${this.organisationName(organisations.get(id), id)}</li>`)}
      </ul>`,
      leads.map((org) => org.source),
      consortium.source,
    );
  }

  private renderProgrammes({ programmes, organisations, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.i18n.pick(messages);
    if (programmes.length === 0) return nothing;
    return this.section(
      t.sections.programmes,
      html`<ul>
        ${programmes.map(
          (programme) =>
            html`<li>${programme.majorName} <span class="muted">${programme.level} · ${this.organisationName(organisations.get(programme.schoolId), programme.schoolId)}</span></li>`,
        )}
      </ul>`,
      programmes.map((programme) => programme.source),
      consortium.source,
    );
  }

  private renderPracticeCentres({ practiceCentres, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.i18n.pick(messages);
    if (practiceCentres.length === 0) return nothing;
    return this.section(
      t.sections.practiceCentres,
      html`<ul>
        ${practiceCentres.map(
          (centre) =>
            html`<li>${centre.name} <span class="muted">${t.centreKinds[centre.kind]}</span>${centre.sample ? html` <span class="badge" title=${t.sampleHint}>${t.sample}</span>` : nothing}</li>`,
        )}
      </ul>`,
      practiceCentres.map((centre) => centre.source),
      consortium.source,
    );
  }

  private renderServicePlatforms({ servicePlatforms, organisations, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.i18n.pick(messages);
    if (servicePlatforms.length === 0) return nothing;
    return this.section(
      t.sections.servicePlatforms,
      html`<ul>
        ${servicePlatforms.map((platform) => {
          const operator = platform.operatorId === null ? undefined : organisations.get(platform.operatorId);
          const details = [t.platformKinds[platform.kind], formatList(this.i18n.locale, platform.services), operator && this.organisationName(operator, operator.id)];
          return html`<li>${platform.name} <span class="muted">${details.filter((detail) => detail).join(" · ")}</span>${platform.sample ? html` <span class="badge" title=${t.sampleHint}>${t.sample}</span>` : nothing}</li>`;
        })}
      </ul>`,
      servicePlatforms.map((platform) => platform.source),
      consortium.source,
    );
  }

  /**
   * A titled section with the sources of its records. Sources equal to the consortium's own are
   * not repeated: the card's last line already names it.
   */
  private section(title: string, body: TemplateResult, sources: readonly string[], ownSource: string): TemplateResult {
    const t = this.i18n.pick(messages);
    const others = [...new Set(sources)].filter((source) => source !== ownSource);
    return html`<section class="section" part="section">
      <div class="section-title" role="heading" aria-level=${this.level(1)}>${title}</div>
      ${body}
      ${others.length > 0
        ? html`<p class="source" part="source">${t.sourcesOf(title)}${others.map((source, index) => html`${index > 0 ? "; " : ""}${renderSource(source)}`)}</p>`
        : nothing}
    </section>`;
  }

  private organisationName(org: Organisation | undefined, id: string): string {
    if (!org) return id;
    return localName(this.i18n.locale, org);
  }

  private level(depth: number): string {
    const base = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3));
    return String(Math.min(6, base + depth));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-consortium-card": CjConsortiumCard;
  }
}
