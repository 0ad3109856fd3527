import { ContextConsumer } from "@lit/context";
import type { BaseClient, Pathway, Programme } from "@chanjiao/sdk";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { clientContext } from "../shared/context.js";
import { CjSelectEvent } from "../shared/events.js";
import { headingLevel } from "../shared/heading-level.js";
import { formatNumber } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { localName } from "../shared/i18n/local-name.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
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
  /** The programmes at this step in the chosen region or school; empty when none was given. */
  programmes: Programme[];
}

// Enough to choose from without turning one step into a long list.
const programmesPerStep = 12;

/**
 * The growth pathways of a field (clause 9 of the policy): 中职 → 高职专科 → 职业本科, 五年一贯制,
 * 中本衔接, 职教高考 and 专升本, drawn as an SVG diagram with the entry route on each arrow, and the
 * same content as a list for screen readers. Given a `region` or `school-id`, each step lists the
 * programmes available at that level. Place it inside a `<cj-provider>`. Follows the nearest
 * `lang` (zh-CN by default, or en).
 *
 * @summary Growth pathways for a field, as a diagram and a list, with the programmes at each step.
 *
 * @attr major-category - The major category (专业大类) id, such as `mc-46`.
 * @attr major - A six-digit major code of the 2021 catalogue, such as `460103`; its category is used when `major-category` is not given.
 * @attr region - A GB/T 2260 code: list the programmes of this province or city at each step.
 * @attr school-id - List the programmes of this school at each step.
 * @attr view - `diagram` (default: the SVG, with the list kept for screen readers) or `list` (the list only, visible).
 * @attr heading-level - The heading level of the title (1 to 6, default 3); pathway names sit one level below.
 * @prop {string | undefined} majorCategory - Reflected from `major-category`.
 * @prop {string | undefined} major - Reflected from `major`.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {string | undefined} schoolId - Reflected from `school-id`.
 * @prop {"diagram" | "list"} view - Reflected from `view`.
 * @prop {number} headingLevel - From `heading-level`.
 *
 * @fires {CjSelectEvent<PathwayStepSelection>} cj-select - The user chose a step (click, Enter or Space); `event.value` is a `PathwayStepSelection` (`pathway`, `step`, `index`, `programmes`).
 * @fires {CjErrorEvent} cj-error - The pathways could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart pathway - The widget's box.
 * @csspart title - The title naming the field.
 * @csspart diagram - The SVG diagram.
 * @csspart step - One step box of the diagram (an SVG group; style it with `fill`/`stroke` on its `rect`).
 * @csspart list - The list of pathways and steps.
 * @csspart step-button - The button of a step in the list view.
 * @csspart programmes - The programmes listed at a step.
 * @csspart detail - Under the diagram: the programmes of the chosen step.
 * @csspart badge - The "示例数据 / Sample data" badge, shown when the pathways are generated.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour.
 * @cssprop [--cj-color-muted=#545d68] - Entry routes and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Arrows, the chosen step, focus ring, buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Background of the step boxes.
 * @cssprop [--cj-color-border=#d1d9e0] - Box outlines.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjPathway extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, pathwayStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    majorCategory: { attribute: "major-category", reflect: true },
    major: { reflect: true },
    region: { reflect: true },
    schoolId: { attribute: "school-id", reflect: true },
    view: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    selected: { state: true },
  };

  declare majorCategory: string | undefined;
  declare major: string | undefined;
  declare region: string | undefined;
  declare schoolId: string | undefined;
  declare view: "diagram" | "list";
  declare headingLevel: number;
  declare private selected: { pathwayId: string; index: number } | undefined;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.view = "diagram";
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private readonly data = new LoadController(this, {
    args: () =>
      this.client && (this.majorCategory || this.major)
        ? ([this.client, this.majorCategory || undefined, this.major || undefined, this.region || undefined, this.schoolId || undefined] as const)
        : undefined,
    load: ([client, majorCategoryId, majorCode, region, schoolId], signal) => loadPathways(client, { majorCategoryId, majorCode, region, schoolId }, signal),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("majorCategory") || changed.has("major")) this.selected = undefined;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client || !(this.majorCategory || this.major)) return this.frame(emptyState(this.client ? t.noField : t.noClient), false);
    const { state } = this.data;
    switch (state.status) {
      case "complete":
        return this.frame(state.value.pathways.length === 0 ? emptyState(t.none) : this.renderPathways(state.value), false);
      case "error":
        return this.frame(loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.failed, retryLabel: t.retry, onRetry: () => this.data.retry() }), false);
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<section class="pathway" part="pathway" aria-busy=${busy ? "true" : "false"}>${content}</section>`;
  }

  private renderPathways(data: PathwayData): TemplateResult {
    const t = this.i18n.pick(messages);
    const asList = this.view === "list";
    const title = t.title(data.category ? localName(this.i18n.locale, data.category) : t.anyField);
    return html`
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${this.level(0)}>${title}</div>
        ${sampleBadge(data.pathways.some((pathway) => pathway.sample), t)}
      </header>
      ${asList ? nothing : html`<div class="diagram">${pathwayDiagram(this.diagramRows(data), t.diagramLabel, (pathway, index) => this.choose(data, pathway, index))}</div>`}
      ${asList ? nothing : this.renderDetail(data)}
      <ol class="pathway-list${asList ? "" : " visually-hidden"}" part="list">
        ${data.pathways.map((pathway) => this.renderListItem(data, pathway, asList))}
      </ol>
    `;
  }

  private diagramRows(data: PathwayData): DiagramRow[] {
    const t = this.i18n.pick(messages);
    return data.pathways.map((pathway) => ({
      pathway,
      title: pathway.name,
      steps: pathway.steps.map((step, index) => {
        const offered = data.programmesByLevel?.get(step.level);
        const years = t.years(formatNumber(this.i18n.locale, step.years));
        const detail = data.programmesByLevel ? `${years} · ${t.programmeCount(formatNumber(this.i18n.locale, offered?.length ?? 0))}` : years;
        return {
          lines: [t.levels[step.level], detail] as [string, string],
          entry: step.entry ?? undefined,
          label: t.stepLabel(t.levels[step.level], detail, step.entry ? t.entry(step.entry) : undefined, pathway.name),
          selected: this.selected?.pathwayId === pathway.id && this.selected.index === index,
        };
      }),
    }));
  }

  private renderListItem(data: PathwayData, pathway: Pathway, interactive: boolean): TemplateResult {
    const t = this.i18n.pick(messages);
    return html`<li class="pathway-item">
      <div class="pathway-name" role="heading" aria-level=${this.level(1)}>${pathway.name}</div>
      <ol class="steps">
        ${pathway.steps.map((step, index) => {
          const text = [t.levels[step.level], t.years(formatNumber(this.i18n.locale, step.years)), step.entry ? t.entry(step.entry) : undefined]
            .filter((part) => part !== undefined)
            .join(this.i18n.locale === "en" ? ", " : "，");
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

  /** The programmes of the chosen step, under the diagram; announced when the choice changes. */
  private renderDetail(data: PathwayData): TemplateResult | typeof nothing {
    if (!data.programmesByLevel) return nothing;
    const t = this.i18n.pick(messages);
    const pathway = data.pathways.find((candidate) => candidate.id === this.selected?.pathwayId);
    const step = pathway?.steps[this.selected!.index];
    return html`<div class="detail" part="detail" aria-live="polite">
      ${pathway && step
        ? html`<p class="detail-title">${t.stepLabel(t.levels[step.level], t.years(formatNumber(this.i18n.locale, step.years)), undefined, pathway.name)}</p>
            ${this.renderProgrammes(data, step.level)}`
        : html`<p class="hint">${t.chooseStep}</p>`}
    </div>`;
  }

  private renderProgrammes(data: PathwayData, level: Pathway["steps"][number]["level"]): TemplateResult | typeof nothing {
    if (!data.programmesByLevel) return nothing;
    const t = this.i18n.pick(messages);
    const offered = data.programmesByLevel.get(level) ?? [];
    if (offered.length === 0) return html`<p class="no-programmes">${t.noProgrammes}</p>`;
    const shown = offered.slice(0, programmesPerStep);
    return html`<ul class="programmes" part="programmes">
      ${shown.map((programme) => {
        const school = data.schools.get(programme.schoolId)?.name;
        return html`<li>${programme.majorName}（${programme.majorCode}）${school ? html`<span class="school"> · ${school}</span>` : nothing}</li>`;
      })}
      ${offered.length > shown.length ? html`<li class="more">${t.more(formatNumber(this.i18n.locale, offered.length - shown.length))}</li>` : nothing}
    </ul>`;
  }

  private choose(data: PathwayData, pathway: Pathway, index: number): void {
    this.selected = { pathwayId: pathway.id, index };
    const step = pathway.steps[index]!;
    const offered = data.programmesByLevel?.get(step.level) ?? [];
    this.dispatchEvent(new CjSelectEvent<PathwayStepSelection>({ pathway, step, index, programmes: offered }));
  }

  private level(depth: number): string {
    return headingLevel(Number(headingLevel(this.headingLevel)) + depth);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-pathway": CjPathway;
  }
}
