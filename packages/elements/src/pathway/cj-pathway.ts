import type { CatalogueLevel, Major, Pathway, Programme } from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import { CjSelectEvent } from "../shared/events.js";
import { chineseName } from "../shared/i18n/chinese-name.js";
import { formatNumber } from "../shared/i18n/format.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { catalogueLevels } from "../shared/i18n/vocabulary/levels.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { pathwayStyles } from "./cj-pathway.styles.js";
import { messages } from "./messages.js";
import { pathwayDiagram, type DiagramRow } from "./pathway-diagram.js";
import { loadPathways, type PathwayData } from "./pathway-data.js";

/** What `cj-select` carries when the user chooses a step of a pathway. */
export interface PathwayStepSelection {
  pathway: Pathway;
  step: Pathway["steps"][number];
  /** The step's position in `pathway.steps`, from 0. */
  index: number;
  /** The catalogue's majors at this step: of the field, or of the given major's 专业类 slot. */
  majors: Major[];
  /** The programmes at this step in the chosen region or school; empty when none was given. */
  programmes: Programme[];
}

// Enough to choose from without turning one step into a long list.
const programmesPerStep = 12;

/**
 * The growth pathways of a field (clause 9 of the policy): 中职 → 高职专科 → 职业本科, 五年一贯制,
 * 中本衔接, 职教高考 and 专升本, drawn as an SVG diagram with the entry route on each arrow, and the
 * same content as a list for screen readers. Each step counts the field's majors in the 2021
 * catalogue (and its additions) at its level, and lists them when chosen; given a `major`, only
 * those of its 专业类 slot (the majors it leads on to, derived from the catalogue's structure). In a
 * narrow column the steps stack, the arrows pointing down. Given a `region` or
 * `school-id`, each step also lists the programmes available at that level. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary Growth pathways for a field, as a diagram and a list, with the programmes at each step.
 *
 * @attr major-category - The major category (专业大类) id, such as `mc-46`.
 * @attr major - A six-digit major code of the 2021 catalogue, such as `460103`: each step lists the majors of its 专业类 slot, and its category is used when `major-category` is not given.
 * @attr region - A GB/T 2260 code: list the programmes of this province or city at each step.
 * @attr school-id - List the programmes of this school at each step.
 * @attr view - `diagram` (default: the SVG, with the list kept for screen readers) or `list` (the list only, visible).
 * @prop {string | undefined} majorCategory - Reflected from `major-category`.
 * @prop {string | undefined} major - Reflected from `major`.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {string | undefined} schoolId - Reflected from `school-id`.
 * @prop {"diagram" | "list"} view - Reflected from `view`.
 *
 * @fires {CjSelectEvent<PathwayStepSelection>} cj-select - The user chose a step (click, Enter or Space); `event.value` is a `PathwayStepSelection` (`pathway`, `step`, `index`, `majors`, `programmes`).
 *
 * @csspart pathway - The widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart title - The title naming the field.
 * @csspart diagram - The diagram: rows of steps joined by arrows.
 * @csspart step - One step box of the diagram (a button; `aria-pressed` when chosen).
 * @csspart list - The list of pathways and steps.
 * @csspart step-button - The button of a step in the list view.
 * @csspart programmes - The programmes listed at a step.
 * @csspart majors - The catalogue's majors of the chosen step.
 * @csspart detail - Under the diagram (or the list): the majors and programmes of the chosen step.
 * @csspart badge - The "示例数据 / Sample data" badge, shown when the pathways are generated.
 */
export class CjPathway extends CjDataElement {
  static override legacyPart = "pathway";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, pathwayStyles];

  static override properties = {
    majorCategory: { attribute: "major-category", reflect: true },
    major: { reflect: true },
    region: { reflect: true },
    schoolId: { attribute: "school-id", reflect: true },
    view: { reflect: true },
    selected: { state: true },
  };

  declare majorCategory: string | undefined;
  declare major: string | undefined;
  declare region: string | undefined;
  declare schoolId: string | undefined;
  declare view: "diagram" | "list";
  declare private selected: { pathwayId: string; index: number } | undefined;

  constructor() {
    super();
    this.view = "diagram";
  }

  private readonly data = this.resource({
    args: () =>
      this.client && (this.majorCategory || this.major)
        ? ([this.client, this.majorCategory || undefined, this.major || undefined, this.region || undefined, this.schoolId || undefined] as const)
        : undefined,
    task: ([client, majorCategoryId, majorCode, region, schoolId], signal) => loadPathways(client, { majorCategoryId, majorCode, region, schoolId }, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("majorCategory") || changed.has("major")) this.selected = undefined;
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.frame(
      this.show(this.data, {
        missing: this.majorCategory || this.major ? undefined : t.noField,
        complete: (data) => this.renderPathways(data),
        isEmpty: (data) => data.pathways.length === 0,
        empty: t.none,
        failed: t.failed,
        notFound: t.unknownMajor,
      }),
    );
  }

  private renderPathways(data: PathwayData): TemplateResult {
    const t = this.pick(messages);
    const asList = this.view === "list";
    const title = t.title(data.category ? localName(this.locale, data.category) : t.anyField);
    return html`
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${this.headingLevelAt(0)}>${title}</div>
        ${sampleBadge(data.pathways.some((pathway) => pathway.sample), t)}
      </header>
      ${data.major ? this.renderSlot(data.major) : nothing}
      ${asList ? nothing : html`<div class="diagram">${pathwayDiagram(this.diagramRows(data), t.diagramLabel, (pathway, index) => this.choose(data, pathway, index))}</div>`}
      <ol class="pathway-list${asList ? "" : " visually-hidden"}" part="list">
        ${data.pathways.map((pathway) => this.renderListItem(data, pathway, asList))}
      </ol>
      ${this.renderDetail(data)}
    `;
  }

  private diagramRows(data: PathwayData): DiagramRow[] {
    const t = this.pick(messages);
    return data.pathways.map((pathway) => ({
      pathway,
      title: pathway.name,
      steps: pathway.steps.map((step, index) => {
        const detail = this.stepDetail(data, step);
        return {
          lines: [this.terms(catalogueLevels)[step.level], detail] as [string, string],
          entry: step.entry ? t.arrowEntry(step.entry) : undefined,
          label: t.stepLabel(this.terms(catalogueLevels)[step.level], detail, step.entry ? t.entry(step.entry) : undefined, pathway.name),
          selected: this.selected?.pathwayId === pathway.id && this.selected.index === index,
        };
      }),
    }));
  }

  private renderSlot(major: Major): TemplateResult {
    const { lead, rest } = this.pick(messages).slotOf(major.code);
    return html`<p class="slot">${lead}${chineseName(this.locale, major.name)}${rest}</p>`;
  }

  /** The years of a step and the number of the catalogue's majors at its level. */
  private stepDetail(data: PathwayData, step: Pathway["steps"][number]): string {
    const t = this.pick(messages);
    return t.stepDetail(formatNumber(this.locale, step.years), formatNumber(this.locale, data.majorsByLevel.get(step.level)?.length ?? 0));
  }

  private renderListItem(data: PathwayData, pathway: Pathway, interactive: boolean): TemplateResult {
    const t = this.pick(messages);
    return html`<li class="pathway-item">
      <div class="pathway-name" role="heading" aria-level=${this.headingLevelAt(1)}>${pathway.name}</div>
      <ol class="steps">
        ${pathway.steps.map((step, index) => {
          const text = [this.terms(catalogueLevels)[step.level], this.stepDetail(data, step), step.entry ? t.entry(step.entry) : undefined]
            .filter(Boolean)
            .join(isChinese(this.locale) ? "，" : ", ");
          return html`<li class="step-item">
            ${interactive
              ? html`<button class="step-button" part="step-button" type="button" @click=${() => this.choose(data, pathway, index)}>${text}</button>`
              : html`<span>${text}</span>`}
            ${this.renderProgrammes(data, step.level)}
          </li>`;
        })}
      </ol>
    </li>`;
  }

  /** The catalogue's majors and the programmes of the chosen step, under the diagram or the list; announced when the choice changes. */
  private renderDetail(data: PathwayData): TemplateResult {
    const t = this.pick(messages);
    const pathway = data.pathways.find((candidate) => candidate.id === this.selected?.pathwayId);
    const step = pathway?.steps[this.selected!.index];
    return html`<div class="detail" part="detail" aria-live="polite">
      ${pathway && step
        ? html`<p class="detail-title">${t.stepLabel(this.terms(catalogueLevels)[step.level], this.stepDetail(data, step), undefined, pathway.name)}</p>
            <ul class="programmes majors" part="majors">
              ${(data.majorsByLevel.get(step.level) ?? []).map((major) => html`<li>${chineseName(this.locale, major.name)}（${major.code}）</li>`)}
            </ul>
            ${data.programmesByLevel ? html`<p>${t.programmesHere}</p>${this.renderProgrammes(data, step.level)}` : nothing}`
        : html`<p class="hint">${t.chooseStep}</p>`}
    </div>`;
  }

  private renderProgrammes(data: PathwayData, level: CatalogueLevel): TemplateResult | typeof nothing {
    if (!data.programmesByLevel) return nothing;
    const t = this.pick(messages);
    const offered = data.programmesByLevel.get(level) ?? [];
    if (offered.length === 0) return html`<p class="no-programmes">${t.noProgrammes}</p>`;
    const shown = offered.slice(0, programmesPerStep);
    return html`<ul class="programmes" part="programmes">
      ${shown.map((programme) => {
        const school = data.schools.get(programme.schoolId)?.name;
        return html`<li>${chineseName(this.locale, programme.majorName)}（${programme.majorCode}）${school ? html`<span class="school"> · ${chineseName(this.locale, school)}</span>` : nothing}</li>`;
      })}
      ${offered.length > shown.length ? html`<li class="more">${t.more(formatNumber(this.locale, offered.length - shown.length))}</li>` : nothing}
    </ul>`;
  }

  private choose(data: PathwayData, pathway: Pathway, index: number): void {
    this.selected = { pathwayId: pathway.id, index };
    const step = pathway.steps[index]!;
    const offered = data.programmesByLevel?.get(step.level) ?? [];
    this.dispatchEvent(new CjSelectEvent<PathwayStepSelection>({ pathway, step, index, majors: data.majorsByLevel.get(step.level) ?? [], programmes: offered }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-pathway": CjPathway;
  }
}
