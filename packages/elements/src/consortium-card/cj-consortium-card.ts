import { CouncilRole, type Organisation } from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import { formatList, formatPartialDate } from "../shared/i18n/format.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { industries } from "../shared/i18n/vocabulary/industries.js";
import { consortiumKinds, consortiumStatuses, councilRoles, servicePlatformKinds } from "../shared/i18n/vocabulary/consortia.js";
import { practiceCentreKinds } from "../shared/i18n/vocabulary/practice.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources, type Sourced } from "../shared/source-links.js";
import { consortiumCardStyles } from "./cj-consortium-card.styles.js";
import { type CardLayout, type ConsortiumDetails, loadConsortium } from "./load-consortium.js";
import { messages } from "./messages.js";

/**
 * One 市域产教联合体 or 行业产教融合共同体: name, kind, batch and founding date, park and
 * region, industries, council seats grouped by role, lead organisations, the programmes of its
 * member schools, its practice centres and its technology service platforms (共性技术服务平台,
 * 技术创新中心 and the like: kind, services and the organisation that runs each), each section
 * with the sources of what it shows. A section with nothing to show is left out. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A card for one consortium or industry community.
 *
 * @attr consortium-id - The id of the consortium to show.
 * @attr layout - `full` (default): every section; `compact`: name, kind, region, park, industries and leads.
 * @prop {string | undefined} consortiumId - Reflected from `consortium-id`.
 * @prop {"compact" | "full"} layout - Reflected from `layout`.
 *
 * @fires {CjSelectEvent<Consortium>} cj-select - The user activated the consortium's name; `event.value` is the record (`Consortium`).
 *
 * @csspart card - The card's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart title - The consortium's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge, shown only for generated records.
 * @csspart meta - The list of kind, status, batch, founding date, region, parks, industries and members.
 * @csspart section - Each of the council, leads, programmes, practice centres and technology service platforms sections.
 * @csspart source - A line naming where the facts above it come from, with http(s) links.
 */
export class CjConsortiumCard extends CjDataElement {
  static override legacyPart = "card";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, recordStyles, consortiumCardStyles];

  static override properties = {
    consortiumId: { attribute: "consortium-id", reflect: true },
    layout: { reflect: true },
  };

  declare consortiumId: string | undefined;
  declare layout: CardLayout;

  constructor() {
    super();
    this.layout = "full";
  }

  private get resolvedLayout(): CardLayout {
    return this.layout === "compact" ? "compact" : "full";
  }

  private readonly details = this.resource({
    args: () => (this.client && this.consortiumId ? ([this.client, this.consortiumId, this.resolvedLayout] as const) : undefined),
    task: ([client, id, layout], signal) => loadConsortium(client, id, layout, signal),
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.showRecord(
      this.details,
      "consortium-id",
      {
        missing: this.consortiumId ? undefined : t.noConsortium,
        complete: (details) => this.renderDetails(details),
        failed: t.consortiumFailed,
        notFound: t.consortiumNotFound,
      },
      { class: this.resolvedLayout },
    );
  }

  private renderDetails(details: ConsortiumDetails): TemplateResult {
    const { consortium } = details;
    const t = this.pick(messages);
    const full = this.resolvedLayout === "full";
    return html`
      ${this.recordHeader(consortium, consortium.name, 0, sampleBadge(consortium.sample, t))}
      ${this.renderMeta(details)}
      ${full ? this.renderCouncil(details) : nothing}
      ${this.renderLeads(details)}
      ${full ? this.renderProgrammes(details) : nothing}
      ${full ? this.renderPracticeCentres(details) : nothing}
      ${full ? this.renderServicePlatforms(details) : nothing}
      <p class="source" part="source">${t.sourcePrefix}${renderSources([consortium], this.locale)}</p>
    `;
  }

  private renderMeta({ consortium, parks, regions }: ConsortiumDetails): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const full = this.resolvedLayout === "full";
    const list = (items: readonly string[]) => (items.length > 0 ? formatList(locale, items) : undefined);
    const regionNames = [consortium.province, consortium.region]
      .filter((code, index, codes): code is string => code !== null && codes.indexOf(code) === index)
      .map((code) => regions.get(code))
      .filter((region) => region !== undefined)
      .map((region) => localName(locale, region));
    const rows: Array<[string, string | undefined]> = [
      [t.labels.kind, this.terms(consortiumKinds)[consortium.kind]],
      [t.labels.status, full ? this.terms(consortiumStatuses)[consortium.status] : undefined],
      [t.labels.batch, consortium.batch === null ? undefined : t.batch(consortium.batch)],
      [t.labels.founded, consortium.founded === null ? undefined : formatPartialDate(locale, consortium.founded)],
      [t.labels.region, regionNames.length > 0 ? regionNames.join(isChinese(locale) ? " " : ", ") : undefined],
      [t.labels.parks, list(parks.map((park) => park.name))],
      [t.labels.industries, list(consortium.industries.map((industry) => this.terms(industries)[industry]))],
      [t.labels.field, consortium.field ?? undefined],
      [t.labels.members, full ? ((isChinese(locale) ? consortium.members : (consortium.membersEn ?? consortium.members)) ?? undefined) : undefined],
    ];
    return html`<dl class="meta" part="meta">
      ${rows.map(([label, value]) => (value === undefined ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
    </dl>`;
  }

  private renderCouncil({ consortium, organisations }: ConsortiumDetails): TemplateResult | typeof nothing {
    const t = this.pick(messages);
    if (consortium.council.length === 0) return nothing;
    const groups = CouncilRole.options
      .map((role) => ({ role, seats: consortium.council.filter((seat) => seat.role === role) }))
      .filter((group) => group.seats.length > 0);
    const members = consortium.council.map((seat) => organisations.get(seat.organisationId)).filter((org) => org !== undefined);
    return this.section(
      t.sections.council,
      html`${groups.map(
        ({ role, seats }) => html`<div class="group">
          <div class="group-title" role="heading" aria-level=${this.headingLevelAt(2)}>${this.terms(councilRoles)[role]}</div>
          <ul>
            ${seats.map((seat) => html`<li>${this.organisationName(organisations.get(seat.organisationId), seat.organisationId)}${seat.title ? html` <span class="muted">${seat.title}</span>` : nothing}</li>`)}
          </ul>
        </div>`,
      )}`,
      members,
      consortium.source,
    );
  }

  private renderLeads({ consortium, organisations }: ConsortiumDetails): TemplateResult | typeof nothing {
    const ids = consortium.leadOrganisationIds;
    const leads = ids.map((id) => organisations.get(id)).filter((org) => org !== undefined);
    return this.listSection(this.pick(messages).sections.leads, ids, (id) => this.organisationName(organisations.get(id), id), leads, consortium.source);
  }

  private renderProgrammes({ programmes, organisations, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    return this.listSection(
      this.pick(messages).sections.programmes,
      programmes,
      (programme) => html`${programme.majorName} <span class="muted">${programme.level} · ${this.organisationName(organisations.get(programme.schoolId), programme.schoolId)}</span>`,
      programmes,
      consortium.source,
    );
  }

  private renderPracticeCentres({ practiceCentres, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    return this.listSection(
      this.pick(messages).sections.practiceCentres,
      practiceCentres,
      (centre) => html`${centre.name} <span class="muted">${this.terms(practiceCentreKinds)[centre.kind]}</span>${this.badge(centre.sample)}`,
      practiceCentres,
      consortium.source,
    );
  }

  private renderServicePlatforms({ servicePlatforms, organisations, consortium }: ConsortiumDetails): TemplateResult | typeof nothing {
    return this.listSection(
      this.pick(messages).sections.servicePlatforms,
      servicePlatforms,
      (platform) => {
        const operator = platform.operatorId === null ? undefined : organisations.get(platform.operatorId);
        const details = [this.terms(servicePlatformKinds)[platform.kind], formatList(this.locale, platform.services), operator && this.organisationName(operator, operator.id)];
        return html`${platform.name} <span class="muted">${details.filter((detail) => detail).join(" · ")}</span>${this.badge(platform.sample)}`;
      },
      servicePlatforms,
      consortium.source,
    );
  }

  /** A section listing `items`, each drawn by `item`, with `sources` (see `section`); nothing when there are none. */
  private listSection<T>(title: string, items: readonly T[], item: (value: T) => unknown, sources: readonly Sourced[], ownSource: string): TemplateResult | typeof nothing {
    if (items.length === 0) return nothing;
    return this.section(title, html`<ul>${items.map((value) => html`<li>${item(value)}</li>`)}</ul>`, sources, ownSource);
  }

  /** The sample badge of a record listed in a section. */
  private badge(sample: boolean): TemplateResult | typeof nothing {
    const t = this.pick(messages);
    return sample ? html` <span class="badge" title=${t.sampleHint}>${t.sample}</span>` : nothing;
  }

  /**
   * A titled section with the sources of its records. Sources equal to the consortium's own are
   * not repeated: the card's last line already names it.
   */
  private section(title: string, body: TemplateResult, sources: readonly Sourced[], ownSource: string): TemplateResult {
    const t = this.pick(messages);
    const others = sources.filter((record) => record.source !== ownSource);
    return html`<section class="section" part="section">
      <div class="section-title" role="heading" aria-level=${this.headingLevelAt(1)}>${title}</div>
      ${body}
      ${others.length > 0
        ? html`<p class="source" part="source">${t.sourcesOf(title)}${renderSources(others, this.locale)}</p>`
        : nothing}
    </section>`;
  }

  private organisationName(org: Organisation | undefined, id: string): string {
    if (!org) return id;
    return localName(this.locale, org);
  }

}

declare global {
  interface HTMLElementTagNameMap {
    "cj-consortium-card": CjConsortiumCard;
  }
}
