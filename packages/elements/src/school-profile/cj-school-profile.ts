import { consortia, practiceCentres, schools, type Consortium, type PracticeCentre, type School, type SchoolStatistics } from "@chanjiao/sdk";
import { html, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { CjDataElement } from "../shared/data-element.js";
import { formatNumber, formatPercent } from "../shared/i18n/format.js";
import { localName } from "../shared/i18n/local-name.js";
import { consortiumKinds } from "../shared/i18n/vocabulary/consortia.js";
import { schoolLevels } from "../shared/i18n/vocabulary/levels.js";
import { practiceCentreKinds } from "../shared/i18n/vocabulary/practice.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
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
 * belongs to. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A school's teachers, teaching resources, practice centres and consortia.
 *
 * @attr school-id - The id of the school to show.
 * @prop {string | undefined} schoolId - Reflected from `school-id`.
 *
 * @fires {CjSelectEvent<School>} cj-select - The user activated the school's name (click, Enter or Space); `event.value` is the `School`.
 *
 * @csspart profile - The widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart title - The school's name, a heading holding a button.
 * @csspart figures - The teacher and resource figures.
 * @csspart figure - One figure: its value over its label.
 * @csspart badge - The "示例数据 / Sample data" badge of generated figures.
 * @csspart centres - The list of practice centres the school runs.
 * @csspart consortia - The list of consortia the school belongs to.
 * @csspart source - Where the school and its figures come from.
 */
export class CjSchoolProfile extends CjDataElement {
  static override legacyPart = "profile";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, schoolProfileStyles];

  static override properties = {
    schoolId: { attribute: "school-id", reflect: true },
  };

  declare schoolId: string | undefined;

  private readonly data = this.resource({
    args: () => (this.client && this.schoolId ? ([this.client, this.schoolId] as const) : undefined),
    task: async ([client, id], signal): Promise<ProfileData> => {
      const [school, centres, memberships] = await Promise.all([
        client.collection(schools).get(id, { signal }),
        collect(client.collection(practiceCentres).all({ operatorId: id, limit: 200 }, { signal })),
        collect(client.collection(consortia).all({ organisationId: id, limit: 200 }, { signal })),
      ]);
      return { school, centres, consortia: memberships };
    },
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.showRecord(this.data, "school-id", {
      missing: this.schoolId ? undefined : t.noSchool,
      complete: (data) => this.renderProfile(data),
      failed: t.failed,
      notFound: t.notFound,
    });
  }

  private renderProfile({ school, centres, consortia: memberships }: ProfileData): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const name = localName(locale, school);
    return html`
      ${this.recordHeader(
        school,
        name,
        0,
        html`<span class="level"><span class="visually-hidden">${t.labels.level}：</span>${this.terms(schoolLevels)[school.level]}</span>`,
      )}
      ${school.statistics ? this.renderStatistics(school.statistics) : html`<p class="none">${t.noStatistics}</p>`}
      ${this.renderRelated("centres", t.labels.centres, t.noCentres, centres.map((centre) => [centre.name, this.terms(practiceCentreKinds)[centre.kind]]))}
      ${this.renderRelated("consortia", t.labels.consortia, t.noConsortia, memberships.map((consortium) => [consortium.name, this.terms(consortiumKinds)[consortium.kind]]))}
      <p class="source" part="source">${t.sourcePrefix}${renderSources([school, ...(school.statistics ? [school.statistics] : [])], this.locale)}</p>
    `;
  }

  /** A section of what the school runs or belongs to (`part`), each by name and kind. */
  private renderRelated(part: "centres" | "consortia", title: string, none: string, named: Array<[name: string, kind: string]>): TemplateResult {
    return html`<section class="related">
      <div class="section-heading" role="heading" aria-level=${this.headingLevelAt(1)}>${title}</div>
      ${named.length === 0
        ? html`<p class="none">${none}</p>`
        : html`<ul class="names" part=${part}>
            ${named.map(([name, kind]) => html`<li>${name} <span class="kind">${kind}</span></li>`)}
          </ul>`}
    </section>`;
  }

  private renderStatistics(statistics: SchoolStatistics): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
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
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-school-profile": CjSchoolProfile;
  }
}
