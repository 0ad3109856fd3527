import { ContextConsumer } from "@lit/context";
import { CatalogueLevel, Industry, talentGaps, type BaseClient, type TalentGaps } from "@chanjiao/sdk";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { clientContext } from "../shared/context.js";
import { downloadCsv, toCsv } from "../shared/csv.js";
import { CjSelectEvent } from "../shared/events.js";
import { formatNumber } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import type { Locale } from "../shared/i18n/messages.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { BoardCharts } from "./board-charts.js";
import { readChartTheme, sameTheme, type ChartTheme } from "./chart-theme.js";
import { talentBoardStyles } from "./cj-talent-board.styles.js";
import { gapColumns, hasSupply, rankByGap, ratioValue, type CellValue, type GapColumn, type GapItem } from "./gap-table.js";
import { boardGroupings, boardViews, gapsQuery, type BoardGroupBy, type BoardView } from "./gaps-query.js";
import { fill, messages } from "./messages.js";
import { industryNamesEn } from "./industry-names-en.js";
import { themeProbe, themeProbeStyles } from "./theme-probe.js";

type Strings = (typeof messages)["en"];

/**
 * Talent demand against supply per group (clause 4's supply-demand platform): a bar chart of
 * demand and supply, the gaps ranked from the largest shortage to the largest surplus with the
 * ratio of demand to supply, a trend line per group when the answer covers several years, and a
 * table of the same figures (the accessible view), downloadable as CSV. Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary A talent supply-demand board: chart, ranked gaps, trends, table and CSV.
 *
 * @attr region - A GB/T 2260 code; a province includes its cities. All regions when absent.
 * @attr period - A year (`2025`) or a range of years (`2024-2026`). All years when absent.
 * @attr group-by - `major-category` (default), `industry`, `level` or `region`. By industry only demand is known.
 * @attr level - `中职`, `高职专科` or `职业本科`.
 * @attr industry - One of the policy's priority industries, such as `新一代信息技术`; narrows demand only.
 * @attr controls - When present, the board shows selects for grouping, level, industry and year.
 * @attr view - `chart` (default: charts and the ranked gaps) or `table`.
 * @attr heading-level - The heading level of the board's title (1 to 6). Default 3.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {string | undefined} period - Reflected from `period`.
 * @prop {"major-category" | "industry" | "level" | "region"} groupBy - Reflected from `group-by`.
 * @prop {"中职" | "高职专科" | "职业本科" | undefined} level - Reflected from `level`.
 * @prop {string | undefined} industry - Reflected from `industry`.
 * @prop {boolean} controls - Reflected from `controls`.
 * @prop {"chart" | "table"} view - Reflected from `view`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 *
 * @fires {CjSelectEvent<GapItem>} cj-select - A group was chosen: its bar or trend line clicked, or its entry in the gap list or table activated (click, Enter or Space); `event.value` is the group (`TalentGaps["items"][number]`: key, label, demand, supply, gap, ratio, trend).
 * @fires {CjErrorEvent} cj-error - The figures could not be loaded; `event.error` is the SDK's error (`HttpError`, `ValidationError`, `NetworkError`, `TimeoutError`).
 *
 * @csspart board - The board's box.
 * @csspart title - The board's heading.
 * @csspart badge - The "示例数据 / Sample data" badge, shown when any figure is generated sample data.
 * @csspart toolbar - The view switch and the CSV download.
 * @csspart download - The CSV download button.
 * @csspart controls - The filter selects (with the `controls` attribute).
 * @csspart chart - The box of the bar chart.
 * @csspart trend - The box of the trend chart.
 * @csspart gap-list - The ranked list of gaps.
 * @csspart table - The table of figures.
 * @csspart source - The list of sources, with their http(s) links.
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-demand=#0b57a4] - Demand bars (dark scheme: #6cb6ff).
 * @cssprop [--cj-color-supply=#b45309] - Supply bars (dark scheme: #f0a05a).
 * @cssprop [--cj-color-series-1=#0b57a4] - Trend lines use `--cj-color-series-1` to `--cj-color-series-8` in turn.
 * @cssprop [--cj-chart-height=20rem] - Height of each chart.
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels, axis text, secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, pressed buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Background.
 * @cssprop [--cj-color-border=#d1d9e0] - Borders, grid lines and loading placeholders.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjTalentBoard extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, talentBoardStyles, themeProbeStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    region: { reflect: true },
    period: { reflect: true },
    groupBy: { attribute: "group-by", reflect: true },
    level: { reflect: true },
    industry: { reflect: true },
    controls: { type: Boolean, reflect: true },
    view: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
  };

  declare region: string | undefined;
  declare period: string | undefined;
  declare groupBy: string;
  declare level: string | undefined;
  declare industry: string | undefined;
  declare controls: boolean;
  declare view: string;
  declare headingLevel: number;

  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);
  private readonly charts = new BoardCharts();
  private theme: ChartTheme | undefined;
  /** Every year an answer has covered, offered by the year select. */
  private readonly knownPeriods = new Set<number>();
  private ranked: { gaps: TalentGaps; locale: Locale; items: GapItem[] } | undefined;

  private readonly gaps = new LoadController(this, {
    args: () => {
      const client = this.client;
      if (!client) return undefined;
      const { groupBy, region, period, level, industry } = this;
      return [client, groupBy, region, period, level, industry] as const;
    },
    load: ([client, groupBy, region, period, level, industry], signal) =>
      client.read(talentGaps, gapsQuery({ groupBy, region, period, level, industry }), { signal }),
  });

  constructor() {
    super();
    this.groupBy = "major-category";
    this.controls = false;
    this.view = "chart";
    this.headingLevel = 3;
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.charts.destroy();
  }

  protected override willUpdate(): void {
    const { state } = this.gaps;
    if (state.status !== "complete") return;
    for (const period of state.value.periods) this.knownPeriods.add(period);
    const { locale } = this.i18n;
    if (this.ranked?.gaps !== state.value || this.ranked.locale !== locale) {
      const items = state.value.items.map((item) => ({ ...item, label: this.nameInLocale(item.label, item.labelEn) }));
      this.ranked = { gaps: state.value, locale, items: rankByGap(items) };
    }
  }

  /**
   * A group's name in the page's language: the data names regions and major categories in both,
   * industries and levels in Chinese only.
   */
  private nameInLocale(name: string, nameEn?: string): string {
    if (this.i18n.locale === "zh-CN") return name;
    return nameEn ?? industryNamesEn[name] ?? messages.en.levels[name as CatalogueLevel] ?? name;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const bar = this.renderRoot.querySelector<HTMLCanvasElement>("canvas.bar");
    const ranked = this.shownGroups();
    if (!bar || !ranked) {
      this.charts.destroy();
      return;
    }
    this.theme ??= readChartTheme(this);
    const items = ranked.items;
    this.charts.sync(
      { bar, trend: this.renderRoot.querySelector<HTMLCanvasElement>("canvas.trend") },
      {
        items,
        periods: ranked.gaps.periods,
        theme: this.theme,
        locale: this.i18n.locale,
        labels: this.i18n.pick(messages),
        onSelect: (index) => {
          const item = items[index];
          if (item) this.select(item);
        },
      },
    );
  }

  /** The groups on show, ranked, once an answer has arrived. */
  private shownGroups(): { gaps: TalentGaps; items: GapItem[] } | undefined {
    return this.gaps.state.status === "complete" ? this.ranked : undefined;
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    const { state } = this.gaps;
    const data = state.status === "complete" ? state.value : undefined;
    const busy = this.client !== undefined && (state.status === "pending" || state.status === "idle");
    return html`<section class="board" part="board" aria-busy=${busy ? "true" : "false"} aria-labelledby="title">
      ${themeProbe(this.onThemeChange)}
      <header class="header">
        <div class="title" part="title" id="title" role="heading" aria-level=${this.clampedHeadingLevel()}>${t.title}</div>
        ${sampleBadge(data?.sample, t)}
        ${this.renderToolbar(t, data !== undefined && data.items.length > 0)}
      </header>
      ${this.controls ? this.renderControls(t) : nothing} ${this.renderBody(t)}
    </section>`;
  }

  private renderBody(t: Strings): TemplateResult {
    if (!this.client) return emptyState(t.noClient);
    const { state } = this.gaps;
    if (state.status === "error") return loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.gapsFailed, retryLabel: t.retry, onRetry: () => this.gaps.retry() });
    const shown = this.shownGroups();
    if (!shown) return loadingState(t.loading);
    if (shown.items.length === 0) return emptyState(t.empty);
    const body = this.currentView() === "table" ? this.renderTable(t, shown.gaps, shown.items) : this.renderCharts(t, shown.gaps, shown.items);
    return html`${body}${this.renderSources(t, shown.gaps)}`;
  }

  private renderToolbar(t: Strings, hasData: boolean): TemplateResult {
    const current = this.currentView();
    return html`<div class="toolbar" part="toolbar">
      <div class="toolbar" role="group" aria-label=${t.viewLabel}>
        ${boardViews.map(
          (view) =>
            html`<button type="button" aria-pressed=${view === current ? "true" : "false"} @click=${() => (this.view = view)}>${t.views[view]}</button>`,
        )}
      </div>
      <button type="button" part="download" ?disabled=${!hasData} @click=${this.download}>${t.downloadCsv}</button>
    </div>`;
  }

  private renderControls(t: Strings): TemplateResult {
    const choice = (label: string, current: string | undefined, options: Array<[string, string]>, set: (value: string | undefined) => void) => {
      // A value set by the page that the list does not offer is still shown as chosen.
      const all = current && !options.some(([value]) => value === current) ? [...options, [current, current] as [string, string]] : options;
      return html`<label
        >${label}
        <select @change=${(event: Event) => set((event.target as HTMLSelectElement).value || undefined)}>
          ${all.map(([value, text]) => html`<option value=${value} ?selected=${value === (current ?? "")}>${text}</option>`)}
        </select></label
      >`;
    };
    const years = [...this.knownPeriods].sort((a, b) => a - b);
    const periods: Array<[string, string]> = [["", t.allPeriods], ...years.map((year): [string, string] => [String(year), String(year)])];
    if (years.length > 1) periods.push([`${years[0]}-${years.at(-1)}`, `${years[0]}–${years.at(-1)}`]);
    return html`<fieldset class="controls" part="controls">
      <legend class="visually-hidden">${t.filtersLabel}</legend>
      ${choice(
        t.groupByLabel,
        this.groupBy,
        boardGroupings.map((group) => [group, t.groupHeadings[group]]),
        (value) => (this.groupBy = value ?? "major-category"),
      )}
      ${choice(t.levelLabel, this.level, [["", t.all], ...CatalogueLevel.options.map((level): [string, string] => [level, t.levels[level]])], (value) => (this.level = value))}
      ${choice(t.industryLabel, this.industry, [["", t.all], ...Industry.options.map((industry): [string, string] => [industry, this.nameInLocale(industry)])], (value) => (this.industry = value))}
      ${choice(t.periodLabel, this.period, periods, (value) => (this.period = value))}
    </fieldset>`;
  }

  private renderCharts(t: Strings, gaps: TalentGaps, items: GapItem[]): TemplateResult {
    const group = this.groupName(t);
    const trendLabel = hasSupply(items) ? t.trendGapLabel : t.trendDemandLabel;
    return html`
      <div class="chart" part="chart"><canvas class="bar" role="img" aria-label=${fill(t.barChartLabel, { group })}></canvas></div>
      ${gaps.periods.length > 1
        ? html`<div class="chart" part="trend"><canvas class="trend" role="img" aria-label=${fill(trendLabel, { group })}></canvas></div>`
        : nothing}
      <ol class="gaps" part="gap-list" aria-label=${t.gapListLabel}>
        ${items.map(
          (item) =>
            html`<li>
              <button type="button" @click=${() => this.select(item)}>
                <span class="gap-label">${item.label}</span>
                <span class="gap-figure">${this.gapText(t, item)}</span>
                <span class="gap-ratio">${this.ratioText(t, item)}</span>
              </button>
            </li>`,
        )}
      </ol>
    `;
  }

  private renderTable(t: Strings, gaps: TalentGaps, items: GapItem[]): TemplateResult {
    const [first, ...rest] = this.columns(t, gaps);
    return html`<div class="table-wrap">
      <table part="table">
        <caption class="visually-hidden">${t.title}</caption>
        <thead>
          <tr>
            ${[first!, ...rest].map((column) => html`<th scope="col">${column.header}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${items.map(
            (item) =>
              html`<tr>
                <th scope="row"><button type="button" @click=${() => this.select(item)}>${item.label}</button></th>
                ${rest.map((column) => html`<td>${this.cellText(column, column.value(item))}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderSources(t: Strings, gaps: TalentGaps): TemplateResult | typeof nothing {
    if (gaps.sources.length === 0) return nothing;
    return html`<ul class="sources" part="source">
      ${gaps.sources.map((source) => html`<li>${t.sourcePrefix}${renderSource(source)}</li>`)}
    </ul>`;
  }

  private gapText(t: Strings, item: GapItem): string {
    const { locale } = this.i18n;
    if (item.gap === null) return `${t.demand} ${formatNumber(locale, item.demand)}`;
    if (item.gap === 0) return t.balanced;
    return `${item.gap > 0 ? t.shortage : t.surplus} ${formatNumber(locale, Math.abs(item.gap))}`;
  }

  private ratioText(t: Strings, item: GapItem): string {
    const ratio = ratioValue(item, t);
    return typeof ratio === "number" ? `${formatNumber(this.i18n.locale, ratio, 2)}×` : ratio;
  }

  private cellText(column: GapColumn, value: CellValue): string {
    return typeof value === "number" ? formatNumber(this.i18n.locale, value, column.fractionDigits) : value;
  }

  private columns(t: Strings, gaps: TalentGaps): GapColumn[] {
    return gapColumns(gaps, t.groupHeadings[this.groupByKey()], t);
  }

  private groupByKey(): BoardGroupBy {
    return (boardGroupings as readonly string[]).includes(this.groupBy) ? (this.groupBy as BoardGroupBy) : "major-category";
  }

  private groupName(t: Strings): string {
    return t.groups[this.groupByKey()];
  }

  private currentView(): BoardView {
    return this.view === "table" ? "table" : "chart";
  }

  private select(item: GapItem): void {
    this.dispatchEvent(new CjSelectEvent<GapItem>(item));
  }

  /** The CSV of the rows on show: same columns and order as the table, numbers without grouping. */
  private readonly download = (): void => {
    const shown = this.shownGroups();
    if (!shown) return;
    const columns = this.columns(this.i18n.pick(messages), shown.gaps);
    const rows = [columns.map((column) => column.header), ...shown.items.map((item) => columns.map((column) => roundRatio(column, column.value(item))))];
    const name = ["talent-gaps", this.groupByKey(), this.region, this.period].filter(Boolean).join("-");
    downloadCsv(`${name}.csv`, toCsv(rows));
  };

  private readonly onThemeChange = (): void => {
    const next = readChartTheme(this);
    if (sameTheme(this.theme, next)) return;
    this.theme = next;
    this.requestUpdate();
  };

  private clampedHeadingLevel(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)));
  }
}

/** A number written to CSV with the decimals the table shows. */
function roundRatio(column: GapColumn, value: CellValue): CellValue {
  if (typeof value !== "number" || column.fractionDigits === undefined) return value;
  const scale = 10 ** column.fractionDigits;
  return Math.round(value * scale) / scale;
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-talent-board": CjTalentBoard;
  }
}
