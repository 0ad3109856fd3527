import { majorCategories, organisations, programmes, type MajorCategory, type Organisation, type Programme } from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { collect } from "../shared/collect.js";
import { CjDataElement } from "../shared/data-element.js";
import { CjSelectEvent } from "../shared/events.js";
import { fillHrefTemplate } from "../shared/href-template.js";
import { formatList, formatNumber } from "../shared/i18n/format.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { catalogueLevels } from "../shared/i18n/vocabulary/levels.js";
import { trainingModes } from "../shared/i18n/vocabulary/modes.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { recordsById } from "../shared/records-by-id.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
import { programmeListStyles } from "./cj-programme-list.styles.js";
import { messages } from "./messages.js";

interface ProgrammeData {
  programmes: Programme[];
  categories: Map<string, MajorCategory>;
  partners: Map<string, Organisation>;
}

/**
 * The programmes (专业) a school offers: major name and 2021 catalogue code, level, years, training
 * modes (订单培养, 学徒制, 五年一贯制, 中本衔接, ...), partner enterprises and enrolment plan, grouped
 * by major category, each linking to its growth pathway. Long lists are paged. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A school's programmes, grouped by major category, with links to their pathways.
 *
 * @attr school-id - The id of the school whose programmes to show.
 * @attr major-category - Show only this major category (its id, such as `mc-46`) instead of grouping by category.
 * @attr class-code - Show only this 专业类 (its four-digit code at the programmes' level, such as `5102` for 高职专科 计算机类) instead of grouping by category.
 * @attr layout - `cards` (default) or `compact` (one dense row per programme).
 * @attr pathway-href - Link template of each programme's pathway, such as `/pathways?major-category={majorCategoryId}`; `{field}` takes any field of the programme, URL-encoded. Without it the pathway control is a button that only fires `cj-select`.
 * @attr page-size - Programmes per page (default 50).
 * @prop {string | undefined} schoolId - Reflected from `school-id`.
 * @prop {string | undefined} majorCategory - Reflected from `major-category`.
 * @prop {string | undefined} classCode - Reflected from `class-code`.
 * @prop {"cards" | "compact"} layout - Reflected from `layout`.
 * @prop {string | undefined} pathwayHref - From `pathway-href`.
 * @prop {number} pageSize - From `page-size`.
 *
 * @fires {CjSelectEvent<Programme>} cj-select - The user activated a programme's pathway link or button (click, Enter or Space); `event.value` is the `Programme`.
 *
 * @csspart list - The widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart group - One major category: its heading and programmes.
 * @csspart group-heading - The heading of a major category.
 * @csspart programme - One programme's card or row.
 * @csspart name - The programme's major name.
 * @csspart meta - Code, level, years, enrolment plan and partners.
 * @csspart modes - The training-mode tags.
 * @csspart mode - One training-mode tag.
 * @csspart badge - The "示例数据 / Sample data" badge of generated records.
 * @csspart pathway-link - The link (or button) to the programme's pathway.
 * @csspart pager - The page navigation, shown when there is more than one page.
 * @csspart source - Where the records come from.
 */
export class CjProgrammeList extends CjDataElement {
  static override legacyPart = "list";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, pagerStyles, programmeListStyles];

  static override properties = {
    schoolId: { attribute: "school-id", reflect: true },
    majorCategory: { attribute: "major-category", reflect: true },
    classCode: { attribute: "class-code", reflect: true },
    layout: { reflect: true },
    pathwayHref: { attribute: "pathway-href" },
    pageSize: { attribute: "page-size", type: Number },
    page: { state: true },
  };

  declare schoolId: string | undefined;
  declare majorCategory: string | undefined;
  declare classCode: string | undefined;
  declare layout: "cards" | "compact";
  declare pathwayHref: string | undefined;
  declare pageSize: number;
  declare private page: number;

  constructor() {
    super();
    this.layout = "cards";
    this.pageSize = 50;
    this.page = 1;
  }

  private readonly data = this.resource({
    args: () => (this.client && this.schoolId ? ([this.client, this.schoolId, this.majorCategory || undefined, this.classCode || undefined] as const) : undefined),
    task: async ([client, schoolId, majorCategoryId, classCode], signal): Promise<ProgrammeData> => {
      const [offered, categories] = await Promise.all([
        collect(client.collection(programmes).all({ schoolId, majorCategoryId, classCode, limit: 200 }, { signal })),
        collect(client.collection(majorCategories).all({ limit: 200 }, { signal })),
      ]);
      const partners = await recordsById(client, organisations, offered.flatMap((programme) => programme.partnerIds), signal);
      return { programmes: offered, categories: new Map(categories.map((category) => [category.id, category])), partners };
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("schoolId") || changed.has("majorCategory") || changed.has("classCode") || changed.has("pageSize")) this.page = 1;
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    const body = this.show(this.data, {
      missing: this.schoolId ? undefined : t.noSchool,
      complete: (data) => this.renderProgrammes(data),
      isEmpty: (data) => data.programmes.length === 0,
      empty: t.none,
      failed: t.failed,
      attributes: { schoolId: "school-id" },
    });
    return this.frame(body, { class: `layout-${this.layout === "compact" ? "compact" : "cards"}`, label: t.listLabel });
  }

  private renderProgrammes(data: ProgrammeData): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const sorted = sortByCategory(data.programmes, data.categories);
    const current = pageOf(sorted, this.page, this.pageSize);
    const grouped = !this.majorCategory && !this.classCode;
    const groups = grouped ? groupByCategory(current.items) : [{ categoryId: undefined, items: current.items }];
    const category = (id: string) => {
      const record = data.categories.get(id);
      return record ? localName(locale, record) : t.otherCategory;
    };
    return html`
      <p class="summary">${t.shown(formatNumber(locale, current.items.length), formatNumber(locale, sorted.length))}</p>
      ${groups.map(
        (group) => html`<div class="group" part="group">
          ${group.categoryId === undefined
            ? nothing
            : html`<div class="group-heading" part="group-heading" role="heading" aria-level=${this.headingLevelAt(0)}>
                ${category(group.categoryId)}
              </div>`}
          <ul class="programmes">
            ${group.items.map((programme) => this.renderProgramme(programme, data.partners, grouped ? 1 : 0))}
          </ul>
        </div>`,
      )}
      ${pager(this.locale, current, (page) => (this.page = page))}
      <p class="source" part="source">${t.sourcePrefix}${renderSources(current.items, this.locale)}</p>
    `;
  }

  private renderProgramme(programme: Programme, partners: Map<string, Organisation>, depth: number): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const partnerNames = programme.partnerIds.flatMap((id) => {
      const partner = partners.get(id);
      return partner ? [localName(locale, partner)] : [];
    });
    const rows: Array<[string, string | undefined]> = [
      [t.labels.code, programme.majorCode],
      [t.labels.level, this.terms(catalogueLevels)[programme.level]],
      [t.labels.years, t.years(formatNumber(locale, programme.years))],
      [t.labels.plan, programme.enrolmentPlan === null ? undefined : t.plan(formatNumber(locale, programme.enrolmentPlan))],
      [t.labels.partners, partnerNames.length > 0 ? formatList(locale, partnerNames) : undefined],
    ];
    return html`<li class="programme" part="programme">
      <div class="programme-head">
        <span class="name" part="name" role="heading" aria-level=${this.headingLevelAt(depth)} lang=${isChinese(locale) ? nothing : "zh-CN"}>${programme.majorName}</span>
        ${sampleBadge(programme.sample, t)}
      </div>
      <dl class="meta" part="meta">
        ${rows.map(([label, value]) => (value === undefined ? nothing : html`<div class="meta-row"><dt>${label}</dt><dd>${value}</dd></div>`))}
      </dl>
      ${programme.trainingModes.length > 0
        ? html`<ul class="modes" part="modes" aria-label=${t.labels.modes}>
            ${programme.trainingModes.map((mode) => html`<li class="mode" part="mode">${this.terms(trainingModes)[mode]}</li>`)}
          </ul>`
        : nothing}
      ${this.renderPathwayLink(programme)}
    </li>`;
  }

  private renderPathwayLink(programme: Programme): TemplateResult {
    const t = this.pick(messages);
    const select = () => this.dispatchEvent(new CjSelectEvent<Programme>(programme));
    const href = this.pathwayHref ? fillHrefTemplate(this.pathwayHref, programme) : undefined;
    const label = t.pathwayOf(programme.majorName);
    return href === undefined
      ? html`<button class="pathway-link" part="pathway-link" type="button" aria-label=${label} @click=${select}>${t.pathway}</button>`
      : html`<a class="pathway-link" part="pathway-link" href=${href} aria-label=${label} @click=${select}>${t.pathway}</a>`;
  }
}

/** Programmes in catalogue order: by category, then by major code. */
function sortByCategory(items: readonly Programme[], categories: Map<string, MajorCategory>): Programme[] {
  const order = (programme: Programme) => categories.get(programme.majorCategoryId)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => order(a) - order(b) || a.majorCode.localeCompare(b.majorCode) || a.id.localeCompare(b.id));
}

/** Consecutive runs of one category, so a page that starts mid-category repeats its heading. */
function groupByCategory(items: readonly Programme[]): Array<{ categoryId: string; items: Programme[] }> {
  const groups: Array<{ categoryId: string; items: Programme[] }> = [];
  for (const programme of items) {
    const last = groups.at(-1);
    if (last?.categoryId === programme.majorCategoryId) last.items.push(programme);
    else groups.push({ categoryId: programme.majorCategoryId, items: [programme] });
  }
  return groups;
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-programme-list": CjProgrammeList;
  }
}
