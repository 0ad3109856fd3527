import { ContextConsumer } from "@lit/context";
import {
  consortia,
  HttpError,
  practiceCentres,
  schools,
  type BaseClient,
  type Consortium,
  type PracticeCentre,
  type School,
  type SchoolStatistics,
} from "@chanjiao/sdk";
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { clientContext } from "../shared/context.js";
import { CjSelectEvent } from "../shared/events.js";
import { headingLevel } from "../shared/heading-level.js";
import { formatNumber, formatPercent } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { localName } from "../shared/i18n/local-name.js";
import { LoadController } from "../shared/load-controller.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { emptyState, errorState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { schoolProfileStyles } from "./cj-school-profile.styles.js";
import { messages } from "./messages.js";

interface ProfileData {
  school: School;
  centres: PracticeCentre[];
  consortia: Consortium[];
}

const resourceKeys = ["coreCourses", "textbooks", "resourceLibraries", "onlineCourses", "simulationBases"] as const;

/**
 * A school's profile for clauses 6 to 8 of the policy: its level, 双师型 teacher ratio, industry
 * mentor posts (产业导师特聘岗), teaching resources (core courses, textbooks, resource libraries,
 * online courses, virtual simulation bases), the practice centres it runs and the consortia it
 * belongs to. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A school's teachers, teaching resources, practice centres and consortia.
 *
 * @attr school-id - The id of the school to show.
 * @attr heading-level - The heading level of the school's name (1 to 6, default 3); section headings sit one level below.
 * @prop {string | undefined} schoolId - Reflected from `school-id`.
 * @prop {number} headingLevel - From `heading-level`.
 *
 * @fires {CjSelectEvent<School>} cj-select - The user activated the school's name (click, Enter or Space); `event.value` is the `School`.
 * @fires {CjErrorEvent} cj-error - The school could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart profile - The widget's box.
 * @csspart title - The school's name, a heading holding a button.
 * @csspart figures - The teacher and resource figures.
 * @csspart figure - One figure: its value over its label.
 * @csspart badge - The "示例数据 / Sample data" badge of generated figures.
 * @csspart centres - The list of practice centres the school runs.
 * @csspart consortia - The list of consortia the school belongs to.
 * @csspart source - Where the school and its figures come from.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour.
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Figures, links, focus ring, buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Background.
 * @cssprop [--cj-color-border=#d1d9e0] - Borders.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjSchoolProfile extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, schoolProfileStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    schoolId: { attribute: "school-id", reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
  };

  declare schoolId: string | undefined;
  declare headingLevel: number;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private readonly data = new LoadController(this, {
    args: () => (this.client && this.schoolId ? ([this.client, this.schoolId] as const) : undefined),
    load: async ([client, id], signal): Promise<ProfileData> => {
      const [school, centres, memberships] = await Promise.all([
        client.collection(schools).get(id, { signal }),
        collect(client.collection(practiceCentres).all({ operatorId: id, limit: 200 }, { signal })),
        collect(client.collection(consortia).all({ organisationId: id, limit: 200 }, { signal })),
      ]);
      return { school, centres, consortia: memberships };
    },
  });

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client || !this.schoolId) return this.frame(emptyState(this.client ? t.noSchool : t.noClient), false);
    const { state } = this.data;
    switch (state.status) {
      case "complete":
        return this.frame(this.renderProfile(state.value), false);
      case "error": {
        const notFound = state.error instanceof HttpError && state.error.status === 404;
        return this.frame(errorState(notFound ? t.notFound : t.failed, { label: t.retry, onRetry: () => this.data.retry() }), false);
      }
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<article class="profile" part="profile" aria-busy=${busy ? "true" : "false"}>${content}</article>`;
  }

  private renderProfile({ school, centres, consortia: memberships }: ProfileData): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const name = localName(locale, school);
    const sources = [...new Set([school.source, ...(school.statistics ? [school.statistics.source] : [])])];
    return html`
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${this.level(0)}>
          <button type="button" @click=${() => this.dispatchEvent(new CjSelectEvent<School>(school))}>${name}</button>
        </div>
        <span class="level"><span class="visually-hidden">${t.labels.level}：</span>${t.levels[school.level]}</span>
      </header>
      ${school.statistics ? this.renderStatistics(school.statistics) : html`<p class="none">${t.noStatistics}</p>`}
      <section class="related">
        <div class="section-heading" role="heading" aria-level=${this.level(1)}>${t.labels.centres}</div>
        ${centres.length === 0
          ? html`<p class="none">${t.noCentres}</p>`
          : html`<ul class="names" part="centres">
              ${centres.map((centre) => html`<li>${centre.name} <span class="kind">${t.centreKinds[centre.kind]}</span></li>`)}
            </ul>`}
      </section>
      <section class="related">
        <div class="section-heading" role="heading" aria-level=${this.level(1)}>${t.labels.consortia}</div>
        ${memberships.length === 0
          ? html`<p class="none">${t.noConsortia}</p>`
          : html`<ul class="names" part="consortia">
              ${memberships.map((consortium) => html`<li>${consortium.name} <span class="kind">${t.consortiumKinds[consortium.kind]}</span></li>`)}
            </ul>`}
      </section>
      <p class="source" part="source">${t.sourcePrefix}${sources.map((source, index) => html`${index > 0 ? "；" : ""}${renderSource(source)}`)}</p>
    `;
  }

  private renderStatistics(statistics: SchoolStatistics): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const figures: Array<[string, string]> = [
      [t.labels.teachers, formatNumber(locale, statistics.fullTimeTeachers)],
      [t.labels.dualRatio, formatPercent(locale, statistics.dualQualifiedRatio)],
      [t.labels.mentorPosts, formatNumber(locale, statistics.industryMentorPosts)],
      ...resourceKeys.map((key): [string, string] => [t.resources[key], formatNumber(locale, statistics.resources[key])]),
    ];
    return html`<section class="statistics">
      <div class="statistics-head">
        <span class="year">${t.statisticsYear(String(statistics.year))}</span>
        ${sampleBadge(statistics.sample, t)}
      </div>
      <dl class="figures" part="figures">
        ${figures.map(([label, value]) => html`<div class="figure" part="figure"><dt>${label}</dt><dd>${value}</dd></div>`)}
      </dl>
    </section>`;
  }

  private level(depth: number): string {
    return headingLevel(Number(headingLevel(this.headingLevel)) + depth);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-school-profile": CjSchoolProfile;
  }
}
