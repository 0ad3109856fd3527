import {
  IncentiveKind,
  PilotStage,
  provinceProfile,
  type Confidence,
  type ImplementingDocument,
  type IncentivePolicy,
  type ProfileCount,
  type ProvincePilot,
  type ProvinceProfile,
} from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import { formatList, formatNumber, formatPartialDate } from "../shared/i18n/format.js";
import type { CommonMessages } from "../shared/i18n/messages.js";
import { chineseName } from "../shared/i18n/chinese-name.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { schoolLevels } from "../shared/i18n/vocabulary/levels.js";
import { confidences, incentiveKinds, pilotStages } from "../shared/i18n/vocabulary/reform.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { httpHref } from "@chanjiao/sdk";
import { renderSources, type Sourced as SourcedRecord } from "../shared/source-links.js";
import { provinceProfileStyles } from "./cj-province-profile.styles.js";
import { CjFigureOpenEvent, type FigureWidget, type ProfileFigure } from "./events.js";
import { messages, type ProvinceProfileMessages } from "./messages.js";

type Strings = CommonMessages & ProvinceProfileMessages;
type Sourced = SourcedRecord & { confidence: Confidence };

/** The bands of confidence that mark a fact as weakly sourced. */
const weak: ReadonlySet<Confidence> = new Set(["medium-low", "low"]);

/**
 * Fires `cj-figure-open`. Outside the class, so that the manifest keeps the widget's own typed
 * `@fires` rather than an event the analyzer guesses from the call.
 */
function openFigure(host: Element, figure: ProfileFigure, province: string, widget: FigureWidget | null): void {
  host.dispatchEvent(new CjFigureOpenEvent(figure, province, widget));
}

/**
 * A province's page in one widget: its reform status (部省共建 pilots and their stage, clause 3 of
 * 中办发〔2022〕65号), the reform areas it committed to, its incentive policies grouped by the
 * clause's six kinds (金融, 财政, 土地, 信用, 就业, 收入分配), the documents implementing the reform
 * as links, and its figures from the rest of the API: consortia and communities, schools and
 * programmes by level, the talent-gap headline, practice centres and cooperation projects. Each
 * figure is a button that fires `cj-figure-open` naming the widget that shows it in full. A fact
 * no source gives is said so in plain words; facts resting on a single or reprinted source are
 * marked. One request (`GET /v1/province-profile`). Place it inside a `<cj-provider>`. Follows the
 * nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A province's reform pilots, incentive policies, implementing documents and figures.
 *
 * @attr province - The province's GB/T 2260 code, such as `370000` (山东).
 * @prop {string | undefined} province - Reflected from `province`.
 *
 * @fires {CjSelectEvent<ProvinceProfile["province"]>} cj-select - The user activated the province's name; `event.value` is its code and names.
 * @fires {CjFigureOpenEvent} cj-figure-open - The user activated a figure; `event.figure` names it, `event.province` is the code and `event.widget` the widget (tag and attributes) that shows it in full, or `null` where none does.
 *
 * @csspart title - The province's name, a heading holding a button.
 * @csspart status - The province's reform status under its name.
 * @csspart figures - The figures.
 * @csspart figure - One figure, a button: its value over its label.
 * @csspart levels - The table of schools and programmes per level.
 * @csspart pilots - The list of Ministry–province pilots.
 * @csspart pilot - One pilot: stage, programme, date, agreement and reform areas.
 * @csspart policies - The incentive policies, grouped by kind.
 * @csspart policy - One incentive policy.
 * @csspart documents - The list of implementing documents.
 * @csspart document - One implementing document: a link named by publisher, title and date.
 * @csspart weak - The "来源较弱 / Weakly sourced" mark of a fact resting on a single or reprinted source.
 * @csspart badge - The "示例数据 / Sample data" badge of figures from generated records.
 * @csspart sources - A record's sources and how well they bear it out, folded.
 */
export class CjProvinceProfile extends CjDataElement {
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, recordStyles, provinceProfileStyles];

  static override properties = {
    province: { reflect: true },
  };

  declare province: string | undefined;

  private readonly profile = this.resource({
    args: () => (this.client && this.province ? ([this.client, this.province] as const) : undefined),
    task: ([client, province], signal) => client.read(provinceProfile, { province }, { signal }),
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.showRecord(
      this.profile,
      "province",
      { missing: this.province ? undefined : t.noProvince, complete: (profile) => this.renderProfile(t, profile), failed: t.failed, notFound: t.notFound, lines: 8 },
      { class: "profile" },
    );
  }

  private renderProfile(t: Strings, profile: ProvinceProfile): TemplateResult {
    return html`
      ${this.recordHeader(profile.province, localName(this.locale, profile.province), 0, nothing)}
      ${this.renderStatus(t, profile.pilots)}
      ${this.renderFigures(t, profile)}
      <div class="columns">
        ${this.renderPilots(t, profile.pilots)}
        <div class="side">${this.renderPolicies(t, profile.policies)} ${this.renderDocuments(t, profile.documents)}</div>
      </div>
    `;
  }

  /** The latest stage the province has reached, and the year it first did. */
  private renderStatus(t: Strings, pilots: readonly ProvincePilot[]): TemplateResult {
    const stage = [...PilotStage.options].reverse().find((candidate) => pilots.some((pilot) => pilot.stage === candidate));
    if (!stage) return html`<p class="status none" part="status">${t.noStatus}</p>`;
    const year = pilots.find((pilot) => pilot.stage === stage && pilot.date)?.date?.slice(0, 4) ?? "";
    return html`<p class="status" part="status">${t.status(this.terms(pilotStages)[stage], year)}</p>`;
  }

  private heading(text: string, id: string): TemplateResult {
    return html`<div class="section-heading" id=${id} role="heading" aria-level=${this.headingLevelAt(1)}>${text}</div>`;
  }

  private renderFigures(t: Strings, { province, figures }: ProvinceProfile): TemplateResult {
    const { locale } = this;
    const code = province.code;
    const tiles: Array<[ProfileFigure, string, ProfileCount, FigureWidget]> = [
      ["city-consortia", t.figures.cityConsortia, figures.cityConsortia, { tag: "cj-consortium-map", attributes: { province: code, kind: "city" } }],
      ["industry-communities", t.figures.industryCommunities, figures.industryCommunities, { tag: "cj-consortium-map", attributes: { province: code, kind: "industry" } }],
      ["practice-centres", t.figures.practiceCentres, figures.practiceCentres, { tag: "cj-practice-centres", attributes: { region: code } }],
      ["cooperation-projects", t.figures.cooperationProjects, figures.cooperationProjects, { tag: "cj-cooperation-list", attributes: {} }],
    ];
    const open = (figure: ProfileFigure, widget: FigureWidget | null) => () => openFigure(this, figure, code, widget);
    const gap = figures.talentGap;
    return html`<section class="overview" aria-labelledby="figures-heading">
      ${this.heading(t.headings.figures, "figures-heading")}
      <ul class="figures" part="figures">
        ${tiles.map(
          ([figure, label, count, widget]) => html`<li>
            <button type="button" class="figure" part="figure" title=${t.open(label)} @click=${open(figure, widget)}>
              <span class="value">${formatNumber(locale, count.count)}</span>
              <span class="label">${label}</span>
              ${sampleBadge(count.sample, t)}
            </button>
          </li>`,
        )}
      </ul>
      ${this.renderTalentGap(t, gap, open("talent-gap", { tag: "cj-talent-board", attributes: gap ? { region: code, period: String(gap.period) } : { region: code } }))}
      ${this.renderLevels(t, figures.levels, open("levels", null))}
      <p class="rule">${t.cooperationRule}</p>
    </section>`;
  }

  /** The talent-gap headline: the gap of the latest period, its totals and the largest shortage. */
  private renderTalentGap(t: Strings, gap: ProvinceProfile["figures"]["talentGap"], open: () => void): TemplateResult {
    const { locale } = this;
    const shortage = gap?.largestShortage;
    return html`<button type="button" class="figure gap" part="figure" title=${t.open(t.figures.talentGap)} @click=${open}>
      <span class="label">${t.figures.talentGap}</span>
      ${gap
        ? html`<span class="value ${gap.gap > 0 ? "short" : ""}">${gap.gap > 0 ? t.shortage(formatNumber(locale, gap.gap)) : t.surplus(formatNumber(locale, -gap.gap))}</span>
            <span class="detail">${t.talentGap(String(gap.period), formatNumber(locale, gap.demand), formatNumber(locale, gap.supply))}</span>
            ${shortage ? html`<span class="detail">${t.largestShortage(localName(locale, { name: shortage.label, nameEn: shortage.labelEn }), formatNumber(locale, shortage.gap))}</span>` : nothing}
            ${sampleBadge(gap.sample, t)}`
        : html`<span class="detail">${t.missing.talentGap}</span>`}
    </button>`;
  }

  private renderLevels(t: Strings, levels: ProvinceProfile["figures"]["levels"], open: () => void): TemplateResult {
    const { locale } = this;
    return html`<div class="levels">
      <div class="title" role="heading" aria-level=${this.headingLevelAt(2)}>
        <button type="button" title=${t.open(t.figures.levels)} @click=${open}>${t.figures.levels}</button>
      </div>
      ${sampleBadge(
        levels.some((level) => level.sample),
        t,
      )}
      ${levels.length === 0
        ? html`<p class="none">${t.noLevels}</p>`
        : html`<table part="levels">
            <thead>
              <tr>
                <th scope="col">${t.levelColumns.level}</th>
                <th scope="col">${t.levelColumns.schools}</th>
                <th scope="col">${t.levelColumns.programmes}</th>
              </tr>
            </thead>
            <tbody>
              ${levels.map(
                (level) => html`<tr>
                  <th scope="row">${this.terms(schoolLevels)[level.level]}</th>
                  <td>${formatNumber(locale, level.schools)}</td>
                  <td>${formatNumber(locale, level.programmes)}</td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </div>`;
  }

  private renderPilots(t: Strings, pilots: readonly ProvincePilot[]): TemplateResult {
    return html`<section class="pilots" aria-labelledby="pilots-heading">
      ${this.heading(t.headings.pilots, "pilots-heading")}
      ${pilots.length === 0
        ? html`<p class="none">${t.missing.pilots}</p>`
        : html`<ol class="records" part="pilots">
            ${pilots.map((pilot) => this.renderPilot(t, pilot))}
          </ol>`}
      <p class="rule">${t.pilotsIncomplete}</p>
    </section>`;
  }

  /** A text the data gives in Chinese and, where it can, English: English on an English page where given, else the Chinese marked as such. */
  private worded(zh: string, en: string | undefined): TemplateResult | string {
    return !isChinese(this.locale) && en ? en : chineseName(this.locale, zh);
  }

  private renderPilot(t: Strings, pilot: ProvincePilot): TemplateResult {
    return html`<li class="record" part="pilot">
      <div class="record-head">
        <span class="stage">${t.stage(PilotStage.options.indexOf(pilot.stage) + 1)} · ${this.terms(pilotStages)[pilot.stage]}</span>
        ${this.weakMark(t, pilot)}
      </div>
      <p class="record-title">${this.worded(pilot.programme, pilot.programmeEn)}</p>
      <dl class="meta">
        <dt>${t.labels.date}</dt>
        <dd class=${pilot.date ? "" : "none"}>${pilot.date ? formatPartialDate(this.locale, pilot.date) : t.missing.date}</dd>
        <dt>${t.labels.document}</dt>
        <dd class=${pilot.document ? "" : "none"}>${pilot.document ? this.worded(pilot.document, pilot.documentEn) : t.missing.document}</dd>
        <dt>${t.labels.areas}</dt>
        <dd>
          ${pilot.areas.length === 0
            ? html`<span class="none">${t.missing.areas}</span>`
            : html`<ul class="areas">
                ${pilot.areas.map((area) => html`<li>${chineseName(this.locale, area)}</li>`)}
              </ul>`}
        </dd>
      </dl>
      ${this.renderSources(t, pilot)}
    </li>`;
  }

  /**
   * The policies under the clause's six kinds: a line of the six with how many policies each has,
   * then each policy once, under the kinds it is of, in the clause's order.
   */
  private renderPolicies(t: Strings, policies: readonly IncentivePolicy[]): TemplateResult {
    const kinds = this.terms(incentiveKinds);
    const order = (policy: IncentivePolicy) => Math.min(...policy.kinds.map((kind) => IncentiveKind.options.indexOf(kind)));
    const groups = new Map<string, IncentivePolicy[]>();
    for (const policy of [...policies].sort((a, b) => order(a) - order(b))) {
      const key = IncentiveKind.options.filter((kind) => policy.kinds.includes(kind)).join(" ");
      groups.set(key, [...(groups.get(key) ?? []), policy]);
    }
    const counts = IncentiveKind.options.map((kind) => [kind, policies.filter((policy) => policy.kinds.includes(kind)).length] as const);
    const absent = counts.filter(([, count]) => count === 0).map(([kind]) => kinds[kind]);
    return html`<section class="policies" part="policies" aria-labelledby="policies-heading">
      ${this.heading(t.headings.policies, "policies-heading")}
      <ul class="kinds">
        ${counts.map(([kind, count]) => html`<li class=${count ? "covered" : "absent"}>${kinds[kind]} <span class="count">${formatNumber(this.locale, count)}</span></li>`)}
      </ul>
      ${policies.length === 0 ? html`<p class="none">${t.missing.policies}</p>` : nothing}
      ${[...groups].map(
        ([key, members]) => html`<div class="group">
          <div class="group-heading" role="heading" aria-level=${this.headingLevelAt(2)}>${key.split(" ").map((kind) => kinds[kind as IncentiveKind]).join(" · ")}</div>
          <ul class="records">
            ${members.map((policy) => this.renderPolicy(t, policy))}
          </ul>
        </div>`,
      )}
      ${policies.length && absent.length ? html`<p class="none">${t.missing.kindNone}${formatList(this.locale, absent)}</p>` : nothing}
    </section>`;
  }

  private renderPolicy(t: Strings, policy: IncentivePolicy): TemplateResult {
    return html`<li class="record" part="policy">
      <div class="record-head">
        <span class="record-title">${this.worded(policy.title, policy.titleEn)}</span>
        ${this.weakMark(t, policy)}
      </div>
      <p class="byline">
        <span class=${policy.issuer ? "" : "none"}>${policy.issuer ? chineseName(this.locale, policy.issuer) : t.missing.issuer}</span> ·
        <span class=${policy.date ? "" : "none"}>${policy.date ? formatPartialDate(this.locale, policy.date) : t.missing.date}</span>
      </p>
      <p class="content">${this.worded(policy.content, policy.contentEn)}</p>
      ${this.renderSources(t, policy)}
    </li>`;
  }

  private renderDocuments(t: Strings, documents: readonly ImplementingDocument[]): TemplateResult {
    return html`<section class="documents" aria-labelledby="documents-heading">
      ${this.heading(t.headings.documents, "documents-heading")}
      ${documents.length === 0
        ? html`<p class="none">${t.missing.documents}</p>`
        : html`<ul class="links" part="documents">
            ${documents.map((document) => this.renderDocument(t, document))}
          </ul>`}
    </section>`;
  }

  /** A document as a link named by its publisher, title and date: the address is only where it leads. */
  private renderDocument(t: Strings, document: ImplementingDocument): TemplateResult {
    const href = document.url === null ? undefined : httpHref(document.url);
    const name = html`<span class="publisher ${document.publisher ? "" : "none"}">${document.publisher ? chineseName(this.locale, document.publisher) : t.missing.publisher}</span>
      <span class="record-title">${this.worded(document.title, document.titleEn)}</span>
      <span class="date ${document.date ? "" : "none"}">${document.date ? formatPartialDate(this.locale, document.date) : t.missing.date}</span>`;
    return html`<li class="document">
      ${href ? html`<a part="document" href=${href} target="_blank" rel="noopener noreferrer">${name}</a>` : html`<span part="document">${name}</span>`}
      ${this.weakMark(t, document)}
    </li>`;
  }

  private weakMark(t: Strings, record: Sourced): TemplateResult | typeof nothing {
    return weak.has(record.confidence) ? html`<span class="badge" part="weak" title=${t.weakHint}>${this.terms(confidences)[record.confidence]}</span>` : nothing;
  }

  /** A record's sources and how well they bear it out, folded. The notes of whoever gathered it stay in the data, for its keepers. */
  private renderSources(t: Strings, record: Sourced): TemplateResult {
    return html`<details class="sources" part="sources">
      <summary>${t.labels.sources}</summary>
      <p>${this.terms(confidences)[record.confidence]}</p>
      <p class="source">${t.sourcePrefix}${renderSources([record], this.locale)}</p>
    </details>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-province-profile": CjProvinceProfile;
  }
}
