import { type Consortium, type ConsortiumCounts, consortiumCounts, type Industry, type ProvinceConsortiumCounts, ValidationError } from "@chanjiao/sdk";
import { html, isServer, nothing, type PropertyValues, svg, type TemplateResult } from "lit";
import { controlsStyles } from "../shared/controls.styles.js";
import { CjDataElement } from "../shared/data-element.js";
import { CjSelectEvent } from "../shared/events.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { consortiumKinds } from "../shared/i18n/vocabulary/consortia.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { emptyState, loadingState } from "../shared/states.js";
import { consortiumMapStyles } from "./cj-consortium-map.styles.js";
import { type Bin, binOf, colourBins, divergingBins } from "./colour-bins.js";
import type { FigureFormat } from "./figure-export.js";
import type { GeoMap } from "./geo-map.js";
import type { GeoSourceError } from "./geo-source.js";
import { type Direction, nextTile, readingOrder } from "./grid-navigation.js";
import { CjMapStateEvent } from "./map-state-event.js";
import { type CategoryWords, type Figures, type MeasureId, measureIds, measures } from "./measures.js";
import { type MapKind, messages } from "./messages.js";
import { gridCols, gridRows, type Tile, tileGrid } from "./tile-grid.js";

/** What a map's `cj-select` carries: the province of a tile or table row, or a consortium of the panel. */
export type ConsortiumMapSelection = { type: "province"; province: ProvinceConsortiumCounts } | { type: "consortium"; consortium: Consortium };

/** A place drawn with a value: a province's tile, a row of the table, a bar. */
interface Place {
  code: string;
  name: string;
  value: number | undefined;
  /** The value in words, for a tile's accessible name, the table and the CSV. */
  amount: string;
}

const kinds: readonly MapKind[] = ["city", "industry", "all"];
const cell = 64;
const tileSize = 60;
const formats: readonly FigureFormat[] = ["csv", "svg", "png"];

/** A tile's name in one line, or two when it is long and has a space ("Inner Mongolia", "Hong Kong"), broken nearest its middle. */
function nameLines(name: string): string[] {
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  if (name.length <= 8 || spaces.length === 0) return [name];
  const middle = name.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, at), name.slice(at + 1)];
}

/** The width a line of a tile's text is squeezed to when it is long ("Heilongjiang", a category's word), else its own. */
const fitted = (line: string) => (line.length > 6 ? tileSize - 6 : nothing);
const arrowKeys: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

/** Largest value first; places without data last. */
const byValue = (a: Place, b: Place) => (b.value ?? -Infinity) - (a.value ?? -Infinity);

/**
 * Where the 市域产教联合体 and 行业产教融合共同体 are, and how talent demand, supply, their gap
 * and international cooperation spread over the country: a schematic tile grid of the 34
 * provincial-level divisions coloured by the chosen measure (a sequential scale for amounts, a
 * diverging one for the gap), with a legend, a list view of the same figures, and beside it the
 * ten highest provinces, or the cities of the province drilled into. With `geo-src` it draws the
 * site's own GeoJSON or TopoJSON as a choropleth instead (chart.js and chartjs-chart-geo are loaded
 * only then) and falls back to the grid, with a message, when that file cannot be used. Industry
 * communities count in every province of their lead and council organisations. The figures can be
 * downloaded as CSV, and the grid as SVG or PNG. Place it inside a `<cj-provider>`. Follows the
 * nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A map of consortia, talent and cooperation per province and city: tile grid, list, or the site's own geographic map.
 *
 * @attr measure - What colours the map: `consortia` (default), `gap` (talent demand minus supply), `demand`, `supply`, `cooperation` (international cooperation projects) or `pilot` (each province's latest Ministry–province reform pilot stage).
 * @attr kind - Which consortia the `consortia` measure counts: `city` (市域产教联合体), `industry` (行业产教融合共同体) or `all` (default).
 * @attr industry - Count only consortia of this priority industry, such as `新能源`.
 * @attr province - The code of the province drilled into, such as `320000`: its cities are shown beside the grid. Without it, all of China.
 * @attr view - `map` (default) or `list`: the table of the same figures.
 * @attr geo-src - URL of a GeoJSON FeatureCollection or TopoJSON topology the site supplies (an approved map, or a province's city boundaries).
 * @attr geo-code-property - The feature property holding the GB/T 2260 code; by default `code`, `adcode`, then `id`.
 * @prop {"consortia" | "gap" | "demand" | "supply" | "cooperation" | "pilot"} measure - Reflected from `measure`; set when the user chooses a measure.
 * @prop {"city" | "industry" | "all"} kind - Reflected from `kind`.
 * @prop {string | undefined} industry - Reflected from `industry`.
 * @prop {string | undefined} province - Reflected from `province`; set when the user drills into a province, cleared when they go back.
 * @prop {"map" | "list"} view - Reflected from `view`.
 * @prop {string | undefined} geoSrc - Reflected from `geo-src`.
 * @prop {string | undefined} geoCodeProperty - Reflected from `geo-code-property`.
 *
 * @fires {CjSelectEvent<ConsortiumMapSelection>} cj-select - The user selected a province (`event.value` is `{ type: "province", province }` with its counts) or a consortium of the panel (`{ type: "consortium", consortium }`).
 * @fires {CjMapStateEvent} cj-map-state - The user changed the measure, drilled into a province or went back to all of China; `event.measure` and `event.province` are the new state, for the page's URL.
 *
 * @csspart map - The whole widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart measure - The measure menu (a `<select>`).
 * @csspart grid - The SVG tile grid.
 * @csspart tile - One tile (a button) of the grid; the selected one also has part `tile-selected`.
 * @csspart tile-selected - The selected tile, in addition to `tile`.
 * @csspart geo - The canvas of the geographic map.
 * @csspart geo-message - Why the geo source was not used.
 * @csspart legend - The colour legend, above the grid.
 * @csspart view-toggle - The button that switches between the map and the list view.
 * @csspart download - Each download button (CSV, SVG, PNG).
 * @csspart table - The list view's table.
 * @csspart panel - Beside the grid: the ten highest provinces, or the province drilled into with its cities and consortia.
 * @csspart back - The button that goes back from a province to all of China.
 * @csspart bars - The ranked bars of provinces or cities.
 *
 * @cssprop [--cj-map-color-0=#eef1f4] - Sequential scale: fill of zero and of no data (dark scheme: #22272e).
 * @cssprop [--cj-map-color-1=#cfe3f7] - Sequential scale: the lowest bin.
 * @cssprop [--cj-map-color-2=#8dbde9] - Sequential scale: the second bin.
 * @cssprop [--cj-map-color-3=#2f6fb0] - Sequential scale: the third bin (white text).
 * @cssprop [--cj-map-color-4=#0b4f8c] - Sequential scale: the highest bin (white text).
 * @cssprop [--cj-map-diverging-0=#5e3c99] - Diverging scale: the strongest negative bin, such as a large surplus (white text).
 * @cssprop [--cj-map-diverging-1=#b2abd2] - Diverging scale: negative.
 * @cssprop [--cj-map-diverging-3=#fdb863] - Diverging scale: positive, such as a shortage.
 * @cssprop [--cj-map-diverging-4=#b35806] - Diverging scale: the strongest positive bin (white text).
 * @cssprop [--cj-map-category-0=#e69f00] - Categories (reform pilot): the first, 国家职业教育改革试验区 (dark text).
 * @cssprop [--cj-map-category-1=#56b4e9] - Categories: the second, 职业教育创新发展高地 (dark text).
 * @cssprop [--cj-map-category-2=#009e73] - Categories: the third, 省域现代职业教育体系建设新模式 (dark text).
 */
export class CjConsortiumMap extends CjDataElement {
  static override legacyPart = "map";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, controlsStyles, consortiumMapStyles];

  static override properties = {
    measure: { reflect: true },
    kind: { reflect: true },
    industry: { reflect: true },
    province: { reflect: true },
    view: { reflect: true },
    geoSrc: { attribute: "geo-src", reflect: true },
    geoCodeProperty: { attribute: "geo-code-property", reflect: true },
    activeCode: { state: true },
  };

  declare measure: MeasureId;
  declare kind: MapKind;
  declare industry: string | undefined;
  declare province: string | undefined;
  declare view: "map" | "list";
  declare geoSrc: string | undefined;
  declare geoCodeProperty: string | undefined;
  /** The tile that holds the grid's one tab stop. */
  declare activeCode: string | undefined;

  private geoMap: { map: GeoMap; canvas: HTMLCanvasElement } | undefined;

  constructor() {
    super();
    this.measure = "consortia";
    this.kind = "all";
    this.view = "map";
  }

  private get countedKind(): MapKind {
    return kinds.includes(this.kind) ? this.kind : "all";
  }

  private get industryFilter(): Industry | undefined {
    return this.industry ? (this.industry as Industry) : undefined;
  }

  // The counts hold every kind, so no query would refuse an unknown `kind`: it is refused here, as
  // the SDK refuses the other settings. They also name every province, whatever the measure.
  private readonly counts = this.resource({
    args: () => (this.client ? ([this.client, this.industryFilter, kinds.includes(this.kind)] as const) : undefined),
    task: ([client, industry, knownKind], signal) =>
      knownKind
        ? client.read(consortiumCounts, { industry }, { signal })
        : Promise.reject(new ValidationError("settings of <cj-consortium-map>", [{ path: "kind", message: `must be one of ${kinds.join(", ")}` }])),
  });

  private readonly figures = this.resource({
    args: () => {
      const counts = this.counts.state;
      return this.client && counts.status === "complete" ? ([this.client, counts.value, this.measure, this.countedKind] as const) : undefined;
    },
    task: ([client, counts, measure, kind], signal): Promise<Figures> =>
      measureIds.includes(measure)
        ? measures[measure].read({ client, counts, kind, signal })
        : Promise.reject(new ValidationError("settings of <cj-consortium-map>", [{ path: "measure", message: `must be one of ${measureIds.join(", ")}` }])),
  });

  private readonly selected = this.resource({
    args: () =>
      this.client && this.province && this.measure === "consortia" ? ([this.client, this.province, this.countedKind, this.industryFilter] as const) : undefined,
    task: async ([client, region, kind, industry], signal) => (await import("./province-consortia.js")).provinceConsortia(client, region, kind, industry, signal),
  });

  private readonly geo = this.resource({
    args: () => (this.geoSrc && !isServer ? ([this.geoSrc, this.geoCodeProperty || undefined] as const) : undefined),
    task: async ([src, codeProperty], signal) => {
      // Only now: the tile grid never loads chart.js, nor the GeoJSON reader.
      const [{ loadGeoSource }, module] = await Promise.all([import("./geo-source.js"), import("./geo-map.js")]);
      const source = await loadGeoSource(new URL(src, document.baseURI).href, codeProperty, signal);
      return { source, module };
    },
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.destroyGeoMap();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("geoSrc") || changed.has("geoCodeProperty")) this.destroyGeoMap();
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.frame(this.show(this.counts, { complete: (data) => this.renderCounts(data), failed: t.countsFailed, lines: 6 }));
  }

  /**
   * The view drawn. On the server a map of the site's geo source is drawn as its list: chart.js
   * draws that map on a canvas, which has no markup to send, so the table of the same figures is
   * what a reader without JavaScript or a search engine reads, until the browser draws the map.
   */
  private get shownView(): "map" | "list" {
    return isServer && this.geoSrc ? "list" : this.view;
  }

  private get measureId(): MeasureId {
    return measureIds.includes(this.measure) ? this.measure : "consortia";
  }

  private get measureName(): string {
    return this.pick(messages).measures[this.measureId].name(this.countedKind);
  }

  private amount(value: number | undefined): string {
    const t = this.pick(messages);
    return value === undefined ? t.noData : t.measures[this.measureId].amount(value, this.countedKind);
  }

  /** A place's value in words; for a measure of categories, every category the place has. */
  private describe(figures: Figures, code: string): string {
    return figures.categories?.(this.locale).of(code) ?? this.amount(figures.values.get(code));
  }

  /** The bins of the measure's scale for `values`: for categories, one per category. */
  private binsFor(values: ReadonlyArray<number | undefined>, categories?: CategoryWords): Bin[] {
    if (categories) return categories.names.map((_, index) => ({ index, from: index, to: index }));
    const known = values.filter((value) => value !== undefined);
    if (measures[this.measureId].scale === "diverging") return divergingBins(Math.max(0, ...known.map(Math.abs)));
    return colourBins(Math.max(0, ...known));
  }

  private binClass(bins: readonly Bin[], value: number | undefined): string {
    return value === undefined ? "bin-none" : `bin-${binOf(bins, value).index}`;
  }

  private renderCounts(data: ConsortiumCounts): TemplateResult {
    const t = this.pick(messages);
    const figures = this.figures.state;
    let body: unknown;
    if (figures.status === "error") body = this.failure(this.figures, figures.error, { failed: t.figuresFailed });
    else if (figures.status !== "complete") body = loadingState(t.loading, 6);
    else body = this.renderFigures(data, figures.value);
    return html`
      <div class="toolbar">
        <label class="control measure">
          <span>${t.measure}</span>
          <select part="measure" @change=${this.onMeasure}>
            ${measureIds.map((id) => html`<option value=${id} ?selected=${id === this.measureId}>${t.measures[id].name(this.countedKind)}</option>`)}
          </select>
        </label>
        <span class="actions">
          <button type="button" class="toggle" part="view-toggle" aria-pressed=${this.shownView === "list" ? "true" : "false"} @click=${this.toggleView}>${t.showList}</button>
          <span class="downloads" role="group" aria-label=${t.download}>
            ${formats.map(
              (format) =>
                html`<button type="button" class="toggle" part="download" ?disabled=${figures.status !== "complete" || (format !== "csv" && this.shownView === "list")} @click=${() => this.download(format)}>
                  ${format.toUpperCase()}
                </button>`,
            )}
          </span>
        </span>
      </div>
      ${this.measureId === "consortia" && data.totals[this.countedKind] === 0 ? html`<p class="note" role="status">${t.noneCounted}</p>` : nothing}
      ${body}
    `;
  }

  /** The 34 provinces in reading order, with the measure's values. */
  private provinces(data: ConsortiumCounts, figures: Figures): Place[] {
    const byCode = new Map(data.provinces.map((province) => [province.code, province]));
    return readingOrder(tileGrid).flatMap((tile) => {
      const province = byCode.get(tile.code);
      return province ? [{ code: tile.code, name: this.regionName(province), value: figures.values.get(tile.code), amount: this.describe(figures, tile.code) }] : [];
    });
  }

  private renderFigures(data: ConsortiumCounts, figures: Figures): TemplateResult {
    const provinces = this.provinces(data, figures);
    const categories = figures.categories?.(this.locale);
    const bins = this.binsFor(
      provinces.map((place) => place.value),
      categories,
    );
    const scale = measures[this.measureId].scale;
    const drilled = data.provinces.find((item) => item.code === this.province);
    return html`<div class="layout scale-${scale}${drilled ? " drilled" : ""}">
      <div class="national">
        ${this.renderLegend(bins, figures, provinces.some((place) => place.value === undefined), categories)}
        ${this.shownView === "list" ? this.renderTable(provinces) : this.renderFigure(data, provinces, bins, categories)}
      </div>
      ${drilled
        ? this.renderProvince(drilled, figures)
        : this.province && this.measureId === "consortia"
          ? this.renderUnknownProvince()
          : this.renderTop(provinces, !categories)}
    </div>`;
  }

  private renderFigure(data: ConsortiumCounts, provinces: Place[], bins: Bin[], categories: CategoryWords | undefined): TemplateResult {
    const t = this.pick(messages);
    const geo = this.geo.state;
    let figure: TemplateResult;
    let geoMessage: TemplateResult | typeof nothing = nothing;
    if (geo.status === "complete") {
      figure = html`<div class="geo"><canvas part="geo" role="img" aria-label=${t.geoLabel(this.measureName)}></canvas></div>`;
    } else if (geo.status === "pending") {
      figure = loadingState(t.loading, 6);
    } else {
      if (geo.status === "error") {
        const reason = geo.error instanceof Error && "reason" in geo.error ? (geo.error as GeoSourceError).reason : "http";
        geoMessage = html`<p class="geo-message" part="geo-message" role="alert">${t.geoFailed[reason]} ${t.geoFallback}</p>`;
      }
      figure = html`${this.renderGrid(data, provinces, bins, categories)}<p class="note">${t.schematicNote}</p>`;
    }
    return html`${geoMessage}
      <div class="figure" @focusin=${this.onGridFocus}>${figure}</div>`;
  }

  private renderGrid(data: ConsortiumCounts, provinces: Place[], bins: Bin[], categories: CategoryWords | undefined): TemplateResult {
    const t = this.pick(messages);
    const byCode = new Map(data.provinces.map((province) => [province.code, province]));
    const places = new Map(provinces.map((place) => [place.code, place]));
    const active = this.activeCode ?? (this.province && byCode.has(this.province) ? this.province : readingOrder(tileGrid)[0]!.code);
    // Exact up to four digits, so that a tile says what the table says; larger values in short form (1.05万, 11K).
    const signDisplay = measures[this.measureId].scale === "diverging" ? "exceptZero" : "auto";
    const exact = new Intl.NumberFormat(this.locale, { useGrouping: false, signDisplay });
    const compact = new Intl.NumberFormat(this.locale, { notation: "compact", maximumSignificantDigits: 3, signDisplay });
    const short = (value: number) => categories?.short[value] ?? (Math.abs(value) < 10_000 ? exact : compact).format(value);
    const drawn = tileGrid.map((tile) => {
      const province = byCode.get(tile.code);
      const value = places.get(tile.code)?.value;
      return { tile, value, name: province ? this.tileName(province) : tile.code, bin: this.binClass(bins, value) };
    });
    const tiles = drawn.map(({ tile, bin }) => {
      const selected = tile.code === this.province;
      const label = t.tileLabel(places.get(tile.code)?.name ?? tile.code, places.get(tile.code)?.amount ?? t.noData);
      return svg`<g
        class="tile ${bin}${selected ? " selected" : ""}"
        part=${selected ? "tile tile-selected" : "tile"}
        role="button"
        data-code=${tile.code}
        tabindex=${tile.code === active ? "0" : "-1"}
        aria-label=${label}
        aria-pressed=${selected ? "true" : "false"}
        transform="translate(${tile.col * cell} ${tile.row * cell})"
        @click=${() => this.drill(tile.code)}
      >${categories ? svg`<title>${label}</title>` : nothing}<rect width=${tileSize} height=${tileSize} rx="6"></rect></g>`;
    });
    // The labels sit in their own layer above the buttons, so that each button's name is its
    // aria-label alone (with the full name and the amount) rather than also the short visible text.
    const labels = drawn.map(({ tile, value, name, bin }) => {
      const lines = nameLines(name);
      const count = value === undefined ? "–" : short(value);
      return svg`<g class="label ${bin}" data-label=${tile.code} transform="translate(${tile.col * cell} ${tile.row * cell})">
        <text class="tile-name" y=${25 - (lines.length - 1) * 10}>${lines.map(
          (line, index) =>
            svg`<tspan x=${tileSize / 2} dy=${index === 0 ? 0 : 13} textLength=${fitted(line)} lengthAdjust="spacingAndGlyphs">${line}</tspan>`,
        )}</text>
        <text class="tile-count" x=${tileSize / 2} y="48" textLength=${fitted(count)} lengthAdjust="spacingAndGlyphs">${count}</text>
      </g>`;
    });
    const width = gridCols * cell - (cell - tileSize);
    const height = gridRows * cell - (cell - tileSize);
    // width and height give the SVG its aspect ratio, so CSS can scale it without clipping rows.
    return html`<svg
      class="grid"
      part="grid"
      role="group"
      aria-label=${t.gridLabel(this.measureName)}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      @keydown=${this.onGridKey}
    >${tiles}<g class="labels" aria-hidden="true">${labels}</g></svg>`;
  }

  private renderLegend(bins: Bin[], figures: Figures, missing: boolean, categories: CategoryWords | undefined): TemplateResult {
    const t = this.pick(messages);
    const number = new Intl.NumberFormat(this.locale);
    const swatch = (bin: string, text: string) =>
      html`<li><svg class="swatch ${bin}" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10"></rect></svg>${text}</li>`;
    return html`<div class="legend" part="legend">
      <p class="legend-title">${this.measureName}${figures.period ? t.period(figures.period) : ""} ${sampleBadge(figures.sample, t)}</p>
      <ul>
        ${categories
          ? categories.names.map((name, index) => swatch(`bin-${index}`, name))
          : bins.map((bin) => swatch(`bin-${bin.index}`, bin.from === bin.to ? number.format(bin.from) : `${number.format(bin.from)} – ${number.format(bin.to)}`))}
        ${missing ? swatch("bin-none", categories?.none ?? t.noData) : nothing}
      </ul>
    </div>`;
  }

  private renderTable(places: Place[]): TemplateResult {
    const t = this.pick(messages);
    return html`<table class="table" part="table">
      <caption>${t.listCaption(this.measureName)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.columns.province}</th>
          <th scope="col">${this.measureName}</th>
        </tr>
      </thead>
      <tbody>
        ${places.map(
          (place) => html`<tr>
            <th scope="row">
              <button type="button" class="link" aria-pressed=${place.code === this.province ? "true" : "false"} @click=${() => this.drill(place.code)}>${place.name}</button>
            </th>
            <td>${place.amount}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  /** Places as ranked bars, each as long as its value against the largest; province names drill down. */
  private renderBars(places: Place[], drills: boolean): TemplateResult {
    const shown = places.filter((place) => place.value !== undefined).sort(byValue);
    const bins = this.binsFor(shown.map((place) => place.value));
    const reach = Math.max(1, ...shown.map((place) => Math.abs(place.value!)));
    const diverging = measures[this.measureId].scale === "diverging";
    const number = new Intl.NumberFormat(this.locale);
    // An amount is the bar's number, named by the list; a gap says which way it goes.
    return html`<ol class="bars" part="bars" aria-label=${this.measureName}>
      ${shown.map((place) => {
        const length = (Math.abs(place.value!) / reach) * (diverging ? 50 : 100);
        const x = diverging ? (place.value! < 0 ? 50 - length : 50) : 0;
        return html`<li>
          <span class="bar-name">${drills ? html`<button type="button" class="link" @click=${() => this.drill(place.code)}>${place.name}</button>` : place.name}</span>
          <svg class="bar ${this.binClass(bins, place.value)}" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect x=${x} width=${Math.max(length, 0.5)} height="10"></rect>
          </svg>
          <span class="bar-value">${diverging ? this.amount(place.value) : number.format(place.value!)}</span>
        </li>`;
      })}
    </ol>`;
  }

  /** The hint to choose a province and, for a measure of amounts (`ranked`), the ten highest. */
  private renderTop(provinces: Place[], ranked: boolean): TemplateResult {
    const t = this.pick(messages);
    return html`<div class="panel" part="panel">
      <p class="note">${t.selectHint}</p>
      ${ranked
        ? html`<div class="panel-title" role="heading" aria-level=${this.headingLevelAt()}>${t.top}</div>
            ${this.renderBars(provinces.filter((place) => place.value).sort(byValue).slice(0, 10), true)}`
        : nothing}
    </div>`;
  }

  private renderProvince(province: ProvinceConsortiumCounts, figures: Figures): TemplateResult {
    const t = this.pick(messages);
    const name = this.regionName(province);
    const cities: Place[] = figures.cities
      .filter((city) => city.code.startsWith(province.code.slice(0, 2)))
      .map((city) => ({ code: city.code, name: this.regionName(city), value: figures.values.get(city.code), amount: this.describe(figures, city.code) }));
    return html`<div class="panel" part="panel">
      <button type="button" class="back" part="back" @click=${this.back}>← ${t.back}</button>
      <div class="panel-title" role="heading" aria-level=${this.headingLevelAt()}>${name}</div>
      <p class="meta">${t.summary(`${this.measureName}${figures.period ? t.period(figures.period) : ""}`, this.describe(figures, province.code))}</p>
      ${figures.categories
        ? nothing /* a category (a reform pilot's stage) is a province's own: its cities have none */
        : html`<div class="panel-subtitle" role="heading" aria-level=${this.headingLevelAt(1)}>${t.citiesOf(name)}</div>
            ${cities.length > 0 ? this.renderBars(cities, false) : html`<p class="note">${t.noCities}</p>`}`}
      ${this.measureId === "consortia" ? this.renderConsortia(province) : nothing}
    </div>`;
  }

  /** A `province` that is no province of the counts: the API's refusal of it says why, or the hint to choose one. */
  private renderUnknownProvince(): TemplateResult {
    const t = this.pick(messages);
    const state = this.selected.state;
    return html`<div class="panel" part="panel">
      ${state.status === "error" ? this.failure(this.selected, state.error, { failed: t.consortiaFailed, attributes: { region: "province" } }) : html`<p class="note">${t.selectHint}</p>`}
    </div>`;
  }

  private renderConsortia(province: ProvinceConsortiumCounts): TemplateResult {
    const t = this.pick(messages);
    const state = this.selected.state;
    if (state.status === "error") return this.failure(this.selected, state.error, { failed: t.consortiaFailed, attributes: { region: "province" } });
    if (state.status !== "complete") return loadingState(t.loading, 3);
    if (state.value.items.length === 0) return emptyState(t.noConsortiaHere);
    const cityNames = new Map(province.cities.map((city) => [city.code, this.regionName(city)]));
    return html`<ul class="consortia" aria-busy="false">
      ${state.value.items.map((consortium) => {
        const city = consortium.kind === "city" && consortium.region ? cityNames.get(consortium.region) : undefined;
        return html`<li>
          <button type="button" class="link" @click=${() => this.dispatchEvent(new CjSelectEvent<ConsortiumMapSelection>({ type: "consortium", consortium }))}>
            ${consortium.name}
          </button>
          <span class="meta">${this.terms(consortiumKinds)[consortium.kind]}${city ? ` · ${city}` : ""}</span>
        </li>`;
      })}
    </ul>`;
  }

  protected override updated(): void {
    this.drawGeoMap();
  }

  private drawGeoMap(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>("canvas[part~='geo']");
    if (this.geoMap && this.geoMap.canvas !== canvas) this.destroyGeoMap();
    const geo = this.geo.state;
    const counts = this.counts.state;
    const figures = this.figures.state;
    if (!canvas || geo.status !== "complete" || counts.status !== "complete" || figures.status !== "complete") return;
    const t = this.pick(messages);
    const values = figures.value.values;
    const names = new Map([
      ...counts.value.provinces.map((province) => [province.code, this.regionName(province)] as const),
      ...figures.value.cities.map((city) => [city.code, this.regionName(city)] as const),
    ]);
    const bins = this.binsFor([...values.values()], figures.value.categories?.(this.locale));
    const style = getComputedStyle(this.renderRoot.querySelector(".layout")!);
    const colours = bins.map((bin) => style.getPropertyValue(`--_bin-${bin.index}`).trim());
    const options = {
      codeProperty: this.geoCodeProperty || undefined,
      countOf: (code: string) => values.get(code),
      colourOf: (value: number) => colours[binOf(bins, value).index]!,
      labelOf: (code: string) => t.tileLabel(names.get(code) ?? code, this.describe(figures.value, code)),
      onSelect: (code: string) => this.drill(`${code.slice(0, 2)}0000`),
    };
    if (this.geoMap) this.geoMap.map.update(options);
    else this.geoMap = { canvas, map: geo.value.module.drawGeoMap(canvas, geo.value.source, options) };
  }

  private destroyGeoMap(): void {
    this.geoMap?.map.destroy();
    this.geoMap = undefined;
  }

  private tileName(province: ProvinceConsortiumCounts): string {
    return isChinese(this.locale) ? province.shortName : province.nameEn;
  }

  private regionName(region: { name: string; nameEn: string }): string {
    return localName(this.locale, region);
  }

  private readonly toggleView = (): void => {
    this.view = this.view === "list" ? "map" : "list";
  };

  private readonly onMeasure = (event: Event): void => {
    this.measure = (event.target as HTMLSelectElement).value as MeasureId;
    this.announceState();
  };

  private announceState(): void {
    this.dispatchEvent(new CjMapStateEvent({ measure: this.measureId, province: this.province || undefined }));
  }

  /** Shows a province's cities beside the grid. */
  private drill(code: string): void {
    const state = this.counts.state;
    const province = state.status === "complete" ? state.value.provinces.find((item) => item.code === code) : undefined;
    if (!province) return;
    this.province = code;
    this.activeCode = code;
    this.dispatchEvent(new CjSelectEvent<ConsortiumMapSelection>({ type: "province", province }));
    this.announceState();
  }

  /** Back to all of China, with the focus on the province's tile (or row) it came from. */
  private readonly back = (): void => {
    const from = this.province;
    this.province = undefined;
    this.announceState();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement | SVGGElement>(`[data-code="${from}"], .table button[aria-pressed="true"]`)?.focus());
  };

  private async download(format: FigureFormat): Promise<void> {
    const counts = this.counts.state;
    const figures = this.figures.state;
    if (counts.status !== "complete" || figures.status !== "complete") return;
    const t = this.pick(messages);
    const rows = [[t.columns.province, this.measureName], ...this.provinces(counts.value, figures.value).map((place) => [place.name, figures.value.categories ? place.amount : (place.value ?? "")])];
    const { saveFigure } = await import("./figure-export.js");
    const background = getComputedStyle(this.renderRoot.querySelector(".base")!).backgroundColor;
    await saveFigure(format, this.measureName, rows, this.renderRoot.querySelector<SVGSVGElement>("svg.grid"), background === "rgba(0, 0, 0, 0)" ? "#ffffff" : background);
  }

  // Listened for around the grid, not on it: Chromium gives an <svg> with a focus listener a tab stop of its own.
  private readonly onGridFocus = (event: FocusEvent): void => {
    const code = (event.target as Element).getAttribute("data-code");
    if (code) this.activeCode = code;
  };

  private readonly onGridKey = (event: KeyboardEvent): void => {
    const code = (event.target as Element).getAttribute("data-code");
    const from = tileGrid.find((tile) => tile.code === code);
    if (!from) return;
    let to: Tile | undefined;
    if (event.key in arrowKeys) to = nextTile(tileGrid, from, arrowKeys[event.key]!);
    else if (event.key === "Home") to = readingOrder(tileGrid)[0];
    else if (event.key === "End") to = readingOrder(tileGrid).at(-1);
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      this.drill(from.code);
      return;
    } else return;
    event.preventDefault();
    if (!to) return;
    this.activeCode = to.code;
    void this.updateComplete.then(() => this.renderRoot.querySelector<SVGGElement>(`[data-code="${to.code}"]`)?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-consortium-map": CjConsortiumMap;
  }
}
