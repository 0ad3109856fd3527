import { CatalogueLevel, Industry, majorSignals, talentGaps, type MajorSignalKind, type MajorSignals, type TalentGaps } from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import type { GraphicFormat } from "../shared/graphic-export.js";
import { CjSelectEvent } from "../shared/events.js";
import { formatNumber } from "../shared/i18n/format.js";
import { isChinese } from "../shared/i18n/local-name.js";
import type { CommonMessages, Locale } from "../shared/i18n/messages.js";
import { industries } from "../shared/i18n/vocabulary/industries.js";
import { catalogueLevels } from "../shared/i18n/vocabulary/levels.js";
import { loadPublishers } from "../shared/publisher-names.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources, sourceText } from "../shared/source-links.js";
import type { BoardGraphic } from "./board-export.js";
import { readChartTheme, sameTheme, type ChartTheme } from "./chart-theme.js";
import { talentBoardStyles } from "./cj-talent-board.styles.js";
import { gapRanking } from "./gap-ranking.js";
import { byDemand, gapColumns, hasSupply, rankByGap, ratioValue, type CellValue, type GapColumn, type GapItem } from "./gap-table.js";
import { boardGroupings, boardViews, defaultGroupBy, gapsQuery, type BoardGroupBy, type BoardView } from "./gaps-query.js";
import { fill, messages, type TalentBoardMessages } from "./messages.js";
import { pairedBars } from "./paired-bars.js";
import { themeProbe, themeProbeStyles } from "./theme-probe.js";
import { TrendChart } from "./trend-chart.js";

type Strings = CommonMessages & TalentBoardMessages;

/** The board's graphics, each downloadable as PNG and SVG. */
type GraphicKind = BoardGraphic["kind"];
const graphicFormats: readonly GraphicFormat[] = ["png", "svg"];

/** The User Timing mark of the board's first graphic drawn with data. */
const firstGraphicMark = "cj-talent-board:first-graphic";

/**
 * Talent demand against supply per group (clause 4's supply-demand platform). First the gaps as a
 * ranked, diverging bar chart (shortages to one side of zero, surpluses to the other, each bar
 * labelled with its figure and the ratio of demand to supply, major categories in persistent
 * shortage or surplus marked); then demand and supply as paired bars; then, when the answer covers
 * several years, every group's trend in grey with one highlighted, chosen by hovering over or
 * focusing a row of the ranking. A table of the same figures is the accessible view; each graphic
 * downloads as PNG and SVG (with its title and sources, named in the page's language), the figures
 * as CSV; the code that makes the files loads when a download is asked for. Place it inside a `<cj-provider>`. Follows the
 * nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * When its first graphic, the ranking, is drawn with data, the board adds the User Timing mark
 * `cj-talent-board:first-graphic` to the page's performance timeline (once per board), for a site's
 * real-user monitoring to read with `performance.getEntriesByName` or a `PerformanceObserver`.
 *
 * @summary A talent supply-demand board: ranked gaps, paired bars, trends, table, PNG, SVG and CSV.
 *
 * @attr region - A GB/T 2260 code; a province includes its cities. All regions when absent.
 * @attr period - A year (`2025`) or a range of years (`2024-2026`). All years when absent.
 * @attr group-by - `major-category` (default), `major-class` (专业类, one group per class slot across the levels), `industry`, `level` or `region`. By industry only demand is known.
 * @attr level - `中职`, `高职专科` or `职业本科`.
 * @attr industry - One of the policy's priority industries, such as `新一代信息技术`; narrows demand only.
 * @attr controls - When present, the board shows selects for grouping, level, industry and year.
 * @attr view - `chart` (default: charts and the ranked gaps) or `table`.
 * @prop {string | undefined} region - Reflected from `region`.
 * @prop {string | undefined} period - Reflected from `period`.
 * @prop {"major-category" | "major-class" | "industry" | "level" | "region"} groupBy - Reflected from `group-by`.
 * @prop {"中职" | "高职专科" | "职业本科" | undefined} level - Reflected from `level`.
 * @prop {string | undefined} industry - Reflected from `industry`.
 * @prop {boolean} controls - Reflected from `controls`.
 * @prop {"chart" | "table"} view - Reflected from `view`.
 *
 * @fires {CjSelectEvent<GapItem>} cj-select - A group was chosen: its row of the ranking or of the table activated (click, Enter or Space), or its trend line clicked; `event.value` is the group (`TalentGaps["items"][number]`: key, label, demand, supply, gap, ratio, trend).
 *
 * @csspart board - The board's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart title - The board's heading.
 * @csspart badge - The "示例数据 / Sample data" badge, shown when any figure is generated sample data.
 * @csspart toolbar - The view switch and the downloads.
 * @csspart download - The CSV download button.
 * @csspart download-png - Each graphic's PNG download button (ranking, paired bars, trend), in the graphic's caption.
 * @csspart download-svg - Each graphic's SVG download button (ranking, paired bars, trend), in the graphic's caption.
 * @csspart controls - The filter selects (with the `controls` attribute).
 * @csspart ranking - The box of the ranked gaps: caption, bars and the note on persistent imbalances.
 * @csspart gap-list - The ranked list of gaps, one button per group.
 * @csspart chart - The box of the paired bars of demand and supply.
 * @csspart trend - The box of the trend chart.
 * @csspart table - The table of figures.
 * @csspart source - The list of sources, with their http(s) links.
 *
 * @cssprop [--cj-color-demand=#0b57a4] - Demand bars and shortage bars (dark scheme: #6cb6ff).
 * @cssprop [--cj-color-supply=#b45309] - Supply bars and surplus bars (dark scheme: #f0a05a).
 * @cssprop [--cj-color-highlight=#1f2328] - The highlighted trend line; the others take `--cj-color-border` (dark scheme: #e6edf3).
 * @cssprop [--cj-chart-height=16rem] - Height of the trend chart.
 */
export class CjTalentBoard extends CjDataElement {
  static override legacyPart = "board";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, talentBoardStyles, themeProbeStyles];

  static override properties = {
    region: { reflect: true },
    period: { reflect: true },
    groupBy: { attribute: "group-by", reflect: true },
    level: { reflect: true },
    industry: { reflect: true },
    controls: { type: Boolean, reflect: true },
    view: { reflect: true },
    highlighted: { state: true },
  };

  declare region: string | undefined;
  declare period: string | undefined;
  declare groupBy: string;
  declare level: string | undefined;
  declare industry: string | undefined;
  declare controls: boolean;
  declare view: string;
  /** The key of the group whose trend is highlighted; the largest shortage until one is chosen. */
  declare private highlighted: string | undefined;

  private readonly trend = new TrendChart();
  private theme: ChartTheme | undefined;
  /** Every year an answer has covered, offered by the year select. */
  private readonly knownPeriods = new Set<number>();
  private ranked: { gaps: TalentGaps; locale: Locale; items: GapItem[] } | undefined;
  private firstGraphicMarked = false;

  private readonly gaps = this.resource({
    args: () => {
      const client = this.client;
      if (!client) return undefined;
      const { groupBy, region, period, level, industry } = this;
      return [client, groupBy, region, period, level, industry] as const;
    },
    // Its sources are citation texts: with the publishers' table, so that their links show named at once.
    task: async ([client, groupBy, region, period, level, industry], signal) =>
      (await Promise.all([client.read(talentGaps, gapsQuery({ groupBy, region, period, level, industry }), { signal }), loadPublishers()]))[0],
  });

  /**
   * The API's persistent imbalances up to the last year shown, for major categories across every
   * level and industry. They only mark the ranking: when they cannot be loaded the board shows
   * its figures without them.
   */
  private readonly signals = this.resource({
    args: () => {
      const { client, groupBy, region, level, industry } = this;
      const shown = this.gaps.value;
      if (!client || groupBy !== "major-category" || level || industry || !shown?.items.length) return undefined;
      // Without a period the board shows every year, and the API's signals end at the latest.
      return [client, region, this.period ? shown.periods.at(-1) : undefined] as const;
    },
    task: ([client, region, period], signal): Promise<MajorSignals | undefined> =>
      client.read(majorSignals, { ...(region && { region }), ...(period && { period }) }, { signal }).catch(() => undefined),
  });
  constructor() {
    super();
    this.groupBy = "major-category";
    this.controls = false;
    this.view = "chart";
  }

  /** Settles once every load the board has started has finished and the result is drawn, the trend chart too. */
  override get loadComplete(): Promise<void> {
    return super.loadComplete.then(() => this.trend.ready);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.trend.destroy();
  }

  protected override willUpdate(): void {
    const { state } = this.gaps;
    if (state.status !== "complete") return;
    for (const period of state.value.periods) this.knownPeriods.add(period);
    const { locale } = this;
    if (this.ranked?.gaps !== state.value || this.ranked.locale !== locale) {
      const items = state.value.items.map((item) => ({ ...item, label: this.nameInLocale(item.label, item.labelEn) }));
      this.ranked = { gaps: state.value, locale, items: rankByGap(items) };
    }
  }

  /**
   * A group's name in the page's language: the data names regions, major categories and classes in both,
   * industries and levels in Chinese only.
   */
  private nameInLocale(name: string, nameEn?: string): string {
    if (isChinese(this.locale)) return name;
    return nameEn ?? this.terms(industries)[name as Industry] ?? this.terms(catalogueLevels)[name as CatalogueLevel] ?? name;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.firstGraphicMarked && this.shownGroups() && this.renderRoot.querySelector('[part~="gap-list"]')) {
      this.firstGraphicMarked = true;
      performance.mark(firstGraphicMark);
    }
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>("canvas.trend");
    const ranked = this.shownGroups();
    if (!canvas || !ranked) return this.trend.destroy();
    this.theme ??= readChartTheme(this);
    const { items } = ranked;
    const at = (index: number, then: (item: GapItem) => void) => {
      const item = items[index];
      if (item) then(item);
    };
    this.trend.sync(canvas, {
      items,
      periods: ranked.gaps.periods,
      theme: this.theme,
      locale: this.locale,
      highlighted: Math.max(0, items.indexOf(this.highlightedItem(items)!)),
      onSelect: (index) => at(index, (item) => this.select(item)),
      onHighlight: (index) => at(index, this.highlight),
    });
  }

  private highlightedItem(items: readonly GapItem[]): GapItem | undefined {
    return items.find((item) => item.key === this.highlighted) ?? items[0];
  }

  private readonly highlight = (item: GapItem): void => {
    this.highlighted = item.key;
  };

  /** What the marks of persistent imbalance mean, when any group is marked. */
  private signalNote(t: Strings): string | undefined {
    const signals = this.signals.value;
    if (!signals?.items.length) return undefined;
    return fill(t.signalNote, { periods: signals.periods.length, threshold: formatNumber(this.locale, signals.threshold, 2) });
  }

  /** The persistent imbalances of the groups on show, by key. */
  private signalsByKey(): Map<string, MajorSignalKind> {
    return new Map(this.signals.value?.items.map((item) => [item.majorCategoryId, item.signal]));
  }

  /** The groups on show, ranked, once an answer has arrived. */
  private shownGroups(): { gaps: TalentGaps; items: GapItem[] } | undefined {
    return this.gaps.state.status === "complete" ? this.ranked : undefined;
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    const data = this.gaps.value;
    const body = this.show(this.gaps, {
      complete: () => {
        const shown = this.shownGroups()!;
        const view = this.currentView() === "table" ? this.renderTable(t, shown.gaps, shown.items) : this.renderCharts(t, shown.gaps, shown.items);
        return html`${view}${this.renderSources(t, shown.gaps)}`;
      },
      isEmpty: (gaps) => gaps.items.length === 0,
      empty: t.empty,
      failed: t.gapsFailed,
    });
    return this.frame(
      html`${themeProbe(this.onThemeChange)}
        <header class="header">
          <div class="title" part="title" id="title" role="heading" aria-level=${this.headingLevelAt()}>${t.title}</div>
          ${sampleBadge(data?.sample, t)} ${this.renderToolbar(t, data !== undefined && data.items.length > 0)}
        </header>
        ${this.controls ? this.renderControls(t) : nothing} ${body}`,
      { labelledby: "title" },
    );
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

  /** A graphic's caption with its PNG and SVG downloads beside it. */
  private renderCaption(t: Strings, kind: GraphicKind, caption: string): TemplateResult {
    return html`<figcaption class="caption">
      <span>${caption}</span>
      <span class="downloads" role="group" aria-label=${fill(t.downloadFigure, { figure: caption })}>
        <span aria-hidden="true">${t.download}</span>
        ${graphicFormats.map((format) => html`<button type="button" part="download-${format}" @click=${() => this.downloadGraphic(kind, format)}>${format.toUpperCase()}</button>`)}
      </span>
    </figcaption>`;
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
        (value) => (this.groupBy = value ?? defaultGroupBy),
      )}
      ${choice(t.levelLabel, this.level, [["", t.all], ...CatalogueLevel.options.map((level): [string, string] => [level, this.terms(catalogueLevels)[level]])], (value) => (this.level = value))}
      ${choice(t.industryLabel, this.industry, [["", t.all], ...Industry.options.map((industry): [string, string] => [industry, this.nameInLocale(industry)])], (value) => (this.industry = value))}
      ${choice(t.periodLabel, this.period, periods, (value) => (this.period = value))}
    </fieldset>`;
  }

  private renderCharts(t: Strings, gaps: TalentGaps, items: GapItem[]): TemplateResult {
    const group = this.groupName(t);
    const supplyKnown = hasSupply(items);
    const signals = this.signalsByKey();
    const note = this.signalNote(t);
    const number = (value: number) => formatNumber(this.locale, value);
    const highlighted = this.highlightedItem(items);
    const caption = captions(t, supplyKnown);
    return html`
      <figure class="figure" part="ranking">
        ${this.renderCaption(t, "ranking", caption.ranking)}
        ${gapRanking({
          items,
          supplyKnown,
          signals,
          highlighted: highlighted?.key,
          words: { label: caption.ranking, shortageSide: t.shortage, surplusSide: t.surplus, ratioHeading: t.ratioShort, persistent: t.persistent },
          figure: (item) => ({ short: this.barFigure(t, item, supplyKnown), spoken: this.gapText(t, item) }),
          ratio: (item) => (supplyKnown ? this.ratioText(t, item) : ""),
          onSelect: (item) => this.select(item),
          onHighlight: this.highlight,
        })}
        ${supplyKnown ? nothing : html`<p class="note">${t.supplyNotRecorded}</p>`}
        ${note ? html`<p class="note">${note}</p>` : nothing}
      </figure>
      ${supplyKnown
        ? html`<figure class="figure" part="chart">
            ${this.renderCaption(t, "paired", caption.paired)}
            ${pairedBars({
              items: byDemand(items),
              words: { label: fill(t.pairedLabel, { group }), demand: t.demand, supply: t.supply },
              format: number,
              spoken: (item) => `${t.demand} ${number(item.demand)} ${t.supply} ${item.supply === null ? t.supplyNotRecorded : number(item.supply)}`,
            })}
          </figure>`
        : nothing}
      ${gaps.periods.length > 1
        ? html`<figure class="figure" part="trend">
            ${this.renderCaption(t, "trend", caption.trend)}
            <p class="note">${fill(t.trendHint, { group: highlighted?.label ?? "" })}</p>
            <div class="trend">
              <canvas class="trend" role="img" aria-label=${fill(supplyKnown ? t.trendGapLabel : t.trendDemandLabel, { group })}></canvas>
            </div>
          </figure>`
        : nothing}
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
      ${gaps.sources.map((source) => html`<li>${t.sourcePrefix}${renderSources([{ source }], this.locale)}</li>`)}
    </ul>`;
  }

  private gapText(t: Strings, item: GapItem): string {
    const { locale } = this;
    if (item.gap === null) return `${t.demand} ${formatNumber(locale, item.demand)}`;
    if (item.gap === 0) return t.balanced;
    return `${item.gap > 0 ? t.shortage : t.surplus} ${formatNumber(locale, Math.abs(item.gap))}`;
  }

  /** The figure at a bar's end: the size of the gap (its side says which), or the demand where no supply is recorded. */
  private barFigure(t: Strings, item: GapItem, supplyKnown: boolean): string {
    if (!supplyKnown) return formatNumber(this.locale, item.demand);
    return item.gap === null ? t.supplyNotRecorded : formatNumber(this.locale, Math.abs(item.gap));
  }

  private ratioText(t: Strings, item: GapItem): string {
    const ratio = ratioValue(item, t);
    return typeof ratio === "number" ? `${formatNumber(this.locale, ratio, 2)}×` : ratio;
  }

  private cellText(column: GapColumn, value: CellValue): string {
    return typeof value === "number" ? formatNumber(this.locale, value, column.fractionDigits) : value;
  }

  private columns(t: Strings, gaps: TalentGaps): GapColumn[] {
    return gapColumns(gaps, t.groupHeadings[this.groupByKey()], t);
  }

  private groupByKey(): BoardGroupBy {
    return (boardGroupings as readonly string[]).includes(this.groupBy) ? (this.groupBy as BoardGroupBy) : defaultGroupBy;
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
  private readonly download = async (): Promise<void> => {
    const shown = this.shownGroups();
    if (!shown) return;
    const t = this.pick(messages);
    const columns = this.columns(t, shown.gaps);
    const rows = [columns.map((column) => column.header), ...shown.items.map((item) => columns.map((column) => roundRatio(column, column.value(item))))];
    const { saveCsv } = await import("./board-export.js");
    saveCsv(this.fileName(t), rows);
  };

  /** A graphic as an image (`png`) or a vector graphic (`svg`), in the board's colours, drawn from the figures on show. */
  private async downloadGraphic(kind: GraphicKind, format: GraphicFormat): Promise<void> {
    const shown = this.shownGroups();
    if (!shown) return;
    const t = this.pick(messages);
    const { items, gaps } = shown;
    const supplyKnown = hasSupply(items);
    const number = (value: number) => formatNumber(this.locale, value);
    const caption = captions(t, supplyKnown)[kind];
    const sources = gaps.sources.map((source) => `${t.sourcePrefix}${sourceText(source, this.locale)}`);
    const sheet = {
      title: `${t.title} · ${caption}`,
      theme: readChartTheme(this),
      font: getComputedStyle(this).fontFamily,
      notes: [kind === "ranking" ? this.signalNote(t) : undefined, gaps.sample ? t.sample : undefined, ...sources].filter((note) => note !== undefined),
    };
    const graphic: BoardGraphic =
      kind === "ranking"
        ? {
            kind,
            input: {
              ...sheet,
              items,
              supplyKnown,
              signals: this.signalsByKey(),
              words: { shortageSide: t.shortage, surplusSide: t.surplus, ratioHeading: t.ratioShort, persistent: t.persistent },
              figure: (item) => this.barFigure(t, item, supplyKnown),
              ratio: (item) => (supplyKnown ? this.ratioText(t, item) : ""),
            },
          }
        : kind === "paired"
          ? { kind, input: { ...sheet, items: byDemand(items), words: { demand: t.demand, supply: t.supply }, format: number } }
          : { kind, input: { ...sheet, items, periods: gaps.periods, highlighted: Math.max(0, items.indexOf(this.highlightedItem(items)!)), othersWord: t.otherGroups, format: number } };
    const { saveBoardGraphic } = await import("./board-export.js");
    await saveBoardGraphic(format, this.fileName(t, caption), graphic);
  }

  /** A download's name in the page's language: the board, the graphic, the grouping and the filters. */
  private fileName(t: Strings, graphic?: string): string {
    return [t.title, graphic, t.groupHeadings[this.groupByKey()], this.region, this.period].filter(Boolean).join("-").replace(/[\\/:*?"<>|]+/g, "-");
  }

  private readonly onThemeChange = (): void => {
    const next = readChartTheme(this);
    if (sameTheme(this.theme, next)) return;
    this.theme = next;
    this.requestUpdate();
  };

}

/** Each graphic's caption: what the ranking and the trend show depends on whether supply is recorded. */
function captions(t: Strings, supplyKnown: boolean): Record<GraphicKind, string> {
  return { ranking: supplyKnown ? t.gapListLabel : t.demandListLabel, paired: t.pairedTitle, trend: supplyKnown ? t.trendGapTitle : t.trendDemandTitle };
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
