import {
  type Consortium,
  type ConsortiumCounts,
  consortia,
  consortiumCounts,
  type Industry,
  type ProvinceConsortiumCounts,
  ValidationError,
} from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, svg, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import { CjSelectEvent } from "../shared/events.js";
import { formatList } from "../shared/i18n/format.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { consortiumKinds } from "../shared/i18n/vocabulary/consortia.js";
import { emptyState, loadingState } from "../shared/states.js";
import { consortiumMapStyles } from "./cj-consortium-map.styles.js";
import { type Bin, binOf, colourBins } from "./colour-bins.js";
import type { GeoMap } from "./geo-map.js";
import { GeoSourceError, loadGeoSource } from "./geo-source.js";
import { type Direction, nextTile, readingOrder } from "./grid-navigation.js";
import { type MapKind, messages } from "./messages.js";
import { gridCols, gridRows, type Tile, tileGrid } from "./tile-grid.js";

/** What a map's `cj-select` carries: the province of a tile or table row, or a consortium of the panel. */
export type ConsortiumMapSelection = { type: "province"; province: ProvinceConsortiumCounts } | { type: "consortium"; consortium: Consortium };

const kinds: readonly MapKind[] = ["city", "industry", "all"];
const cell = 64;
const tileSize = 60;

/** A tile's name in one line, or two when it is long and has a space ("Inner Mongolia", "Hong Kong"), broken nearest its middle. */
function nameLines(name: string): string[] {
  const spaces = [...name.matchAll(/ /g)].map((match) => match.index);
  if (name.length <= 8 || spaces.length === 0) return [name];
  const middle = name.length / 2;
  const at = spaces.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  return [name.slice(0, at), name.slice(at + 1)];
}
const arrowKeys: Record<string, Direction> = { ArrowUp: "up", ArrowDown: "down", ArrowLeft: "left", ArrowRight: "right" };

/**
 * Where the 市域产教联合体 and 行业产教融合共同体 are: a schematic tile grid of the 34
 * provincial-level divisions coloured by how many consortia count in each, with a legend, a list
 * view of the same figures and a panel of the selected province's consortia. With `geo-src` it
 * draws the site's own GeoJSON or TopoJSON as a choropleth instead (chart.js and chartjs-chart-geo
 * are loaded only then) and falls back to the grid, with a message, when that file cannot be used.
 * Industry communities count in every province of their lead and council organisations. Place it
 * inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A map of consortia per province: tile grid, list, or the site's own geographic map.
 *
 * @attr kind - Which consortia to count: `city` (市域产教联合体), `industry` (行业产教融合共同体) or `all` (default).
 * @attr industry - Count only consortia of this priority industry, such as `新能源`.
 * @attr province - The code of the selected province, such as `320000`; set it to start with one selected.
 * @attr view - `map` (default) or `list`: the table of the same counts.
 * @attr geo-src - URL of a GeoJSON FeatureCollection or TopoJSON topology the site supplies (an approved map, or a province's city boundaries).
 * @attr geo-code-property - The feature property holding the GB/T 2260 code; by default `code`, `adcode`, then `id`.
 * @prop {"city" | "industry" | "all"} kind - Reflected from `kind`.
 * @prop {string | undefined} industry - Reflected from `industry`.
 * @prop {string | undefined} province - Reflected from `province`; set when the user selects a province.
 * @prop {"map" | "list"} view - Reflected from `view`.
 * @prop {string | undefined} geoSrc - Reflected from `geo-src`.
 * @prop {string | undefined} geoCodeProperty - Reflected from `geo-code-property`.
 *
 * @fires {CjSelectEvent<ConsortiumMapSelection>} cj-select - The user selected a province (`event.value` is `{ type: "province", province }` with its counts) or a consortium of the panel (`{ type: "consortium", consortium }`).
 *
 * @csspart map - The whole widget's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart grid - The SVG tile grid.
 * @csspart tile - One tile (a button) of the grid; the selected one also has part `tile-selected`.
 * @csspart tile-selected - The selected tile, in addition to `tile`.
 * @csspart geo - The canvas of the geographic map.
 * @csspart geo-message - Why the geo source was not used.
 * @csspart legend - The colour legend.
 * @csspart view-toggle - The button that switches between the map and the list view.
 * @csspart table - The list view's table.
 * @csspart panel - The selected province and its consortia.
 *
 * @cssprop [--cj-map-color-0=#eef1f4] - Fill of a division with no consortia (dark scheme: #22272e).
 * @cssprop [--cj-map-color-1=#cfe3f7] - Fill of the lowest bin of counts.
 * @cssprop [--cj-map-color-2=#8dbde9] - Fill of the second bin.
 * @cssprop [--cj-map-color-3=#3f86c9] - Fill of the third bin.
 * @cssprop [--cj-map-color-4=#0b4f8c] - Fill of the highest bin.
 */
export class CjConsortiumMap extends CjDataElement {
  static override legacyPart = "map";
  static override styles = [...CjDataElement.styles, consortiumMapStyles];

  static override properties = {
    kind: { reflect: true },
    industry: { reflect: true },
    province: { reflect: true },
    view: { reflect: true },
    geoSrc: { attribute: "geo-src", reflect: true },
    geoCodeProperty: { attribute: "geo-code-property", reflect: true },
    activeCode: { state: true },
  };

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
  // the SDK refuses the other settings.
  private readonly counts = this.resource({
    args: () => (this.client ? ([this.client, this.industryFilter, kinds.includes(this.kind)] as const) : undefined),
    task: ([client, industry, knownKind], signal) =>
      knownKind
        ? client.read(consortiumCounts, { industry }, { signal })
        : Promise.reject(new ValidationError("settings of <cj-consortium-map>", [{ path: "kind", message: `must be one of ${kinds.join(", ")}` }])),
  });

  private readonly selected = this.resource({
    args: () => (this.client && this.province ? ([this.client, this.province, this.countedKind, this.industryFilter] as const) : undefined),
    task: ([client, region, kind, industry], signal) =>
      client.collection(consortia).list({ region, kind: kind === "all" ? undefined : kind, industry, limit: 200 }, { signal }),
  });

  private readonly geo = this.resource({
    args: () => (this.geoSrc ? ([this.geoSrc, this.geoCodeProperty || undefined] as const) : undefined),
    task: async ([src, codeProperty], signal) => {
      const source = await loadGeoSource(new URL(src, document.baseURI).href, codeProperty, signal);
      // Only now: the tile grid never loads chart.js.
      const module = await import("./geo-map.js");
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

  private renderCounts(data: ConsortiumCounts): TemplateResult {
    const t = this.pick(messages);
    const kind = this.countedKind;
    const bins = colourBins(Math.max(0, ...data.provinces.map((province) => province.counts[kind])));
    return html`
      <div class="toolbar">
        <button type="button" class="toggle" part="view-toggle" aria-pressed=${this.view === "list" ? "true" : "false"} @click=${this.toggleView}>
          ${t.showList}
        </button>
      </div>
      ${data.totals[kind] === 0 ? html`<p class="note" role="status">${t.noneCounted}</p>` : nothing}
      ${this.view === "list" ? this.renderTable(data) : this.renderFigure(data, bins)}
      ${this.renderPanel(data)}
    `;
  }

  private renderFigure(data: ConsortiumCounts, bins: Bin[]): TemplateResult {
    const t = this.pick(messages);
    const geo = this.geo.state;
    let figure: TemplateResult;
    let geoMessage: TemplateResult | typeof nothing = nothing;
    if (geo.status === "complete") {
      figure = html`<div class="geo"><canvas part="geo" role="img" aria-label=${t.geoLabel(this.countedKind)}></canvas></div>`;
    } else if (geo.status === "pending") {
      figure = loadingState(t.loading, 6);
    } else {
      if (geo.status === "error") {
        const reason = geo.error instanceof GeoSourceError ? geo.error.reason : "http";
        geoMessage = html`<p class="geo-message" part="geo-message" role="alert">${t.geoFailed[reason]} ${t.geoFallback}</p>`;
      }
      figure = html`${this.renderGrid(data, bins)}<p class="note">${t.schematicNote}</p>`;
    }
    return html`${geoMessage}
      <div class="figure" @focusin=${this.onGridFocus}>${figure}${this.renderLegend(bins)}</div>`;
  }

  private renderGrid(data: ConsortiumCounts, bins: Bin[]): TemplateResult {
    const t = this.pick(messages);
    const kind = this.countedKind;
    const byCode = new Map(data.provinces.map((province) => [province.code, province]));
    const active = this.activeCode ?? (this.province && byCode.has(this.province) ? this.province : readingOrder(tileGrid)[0]!.code);
    const drawn = tileGrid.map((tile) => {
      const province = byCode.get(tile.code);
      return { tile, province, count: province?.counts[kind] ?? 0, name: province ? this.tileName(province) : tile.code };
    });
    const tiles = drawn.map(({ tile, province, count }) => {
      const selected = tile.code === this.province;
      return svg`<g
        class="tile bin-${binOf(bins, count).index}${selected ? " selected" : ""}"
        part=${selected ? "tile tile-selected" : "tile"}
        role="button"
        data-code=${tile.code}
        tabindex=${tile.code === active ? "0" : "-1"}
        aria-label=${t.tileLabel(province ? this.regionName(province) : tile.code, count, kind)}
        aria-pressed=${selected ? "true" : "false"}
        transform="translate(${tile.col * cell} ${tile.row * cell})"
        @click=${() => this.selectProvince(tile.code)}
      ><rect width=${tileSize} height=${tileSize} rx="6"></rect></g>`;
    });
    // The labels sit in their own layer above the buttons, so that each button's name is its
    // aria-label alone (with the full name and the kind) rather than also the short visible text.
    const labels = drawn.map(({ tile, count, name }) => {
      const lines = nameLines(name);
      return svg`<g class="label bin-${binOf(bins, count).index}" data-label=${tile.code} transform="translate(${tile.col * cell} ${tile.row * cell})">
        <text class="tile-name" y=${25 - (lines.length - 1) * 10}>${lines.map(
          (line, index) =>
            svg`<tspan x=${tileSize / 2} dy=${index === 0 ? 0 : 12} textLength=${line.length > 7 ? tileSize - 6 : nothing} lengthAdjust="spacingAndGlyphs">${line}</tspan>`,
        )}</text>
        <text class="tile-count" x=${tileSize / 2} y="47">${count}</text>
      </g>`;
    });
    const width = gridCols * cell - (cell - tileSize);
    const height = gridRows * cell - (cell - tileSize);
    // width and height give the SVG its aspect ratio, so CSS can scale it without clipping rows.
    return html`<svg
      class="grid"
      part="grid"
      role="group"
      aria-label=${t.gridLabel(kind)}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      @keydown=${this.onGridKey}
    >${tiles}<g class="labels" aria-hidden="true">${labels}</g></svg>`;
  }

  private renderLegend(bins: Bin[]): TemplateResult {
    const t = this.pick(messages);
    return html`<div class="legend" part="legend">
      <p class="legend-title">${t.legendTitle(this.countedKind)}</p>
      <ul>
        ${bins.map(
          (bin) => html`<li><svg class="swatch bin-${bin.index}" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10"></rect></svg>
            ${bin.from === bin.to ? String(bin.from) : `${bin.from}–${bin.to}`}</li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTable(data: ConsortiumCounts): TemplateResult {
    const t = this.pick(messages);
    return html`<table class="table" part="table">
      <caption>${t.listCaption(this.countedKind)}</caption>
      <thead>
        <tr>
          <th scope="col">${t.columns.province}</th>
          <th scope="col">${t.columns.city}</th>
          <th scope="col">${t.columns.industry}</th>
          <th scope="col">${t.columns.all}</th>
        </tr>
      </thead>
      <tbody>
        ${readingOrder(tileGrid).map((tile) => {
          const province = data.provinces.find((item) => item.code === tile.code);
          if (!province) return nothing;
          return html`<tr>
            <th scope="row">
              <button type="button" class="link" aria-pressed=${province.code === this.province ? "true" : "false"} @click=${() => this.selectProvince(province.code)}>
                ${this.regionName(province)}
              </button>
            </th>
            <td>${province.counts.city}</td>
            <td>${province.counts.industry}</td>
            <td>${province.counts.all}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderPanel(data: ConsortiumCounts): TemplateResult {
    const t = this.pick(messages);
    const province = data.provinces.find((item) => item.code === this.province);
    const state = this.selected.state;
    const failure = state.status === "error" ? this.failure(this.selected, state.error, { failed: t.consortiaFailed, attributes: { region: "province" } }) : undefined;
    // The panel loads on its own after the counts: it says so, as the widget's box does.
    const busy = state.status === "pending" ? "true" : "false";
    // A `province` the API refused is no province of the counts either: the panel says why.
    if (!province) return html`<div class="panel" part="panel" aria-busy=${busy}>${failure ?? html`<p class="note">${t.selectHint}</p>`}</div>`;
    const kind = this.countedKind;
    const cityNames = new Map(province.cities.map((city) => [city.code, this.regionName(city)]));
    const cities = kind === "industry" ? [] : province.cities.filter((city) => city.counts.city > 0);
    let list: TemplateResult;
    if (failure) list = failure;
    else if (state.status !== "complete") list = loadingState(t.loading, 3);
    else if (state.value.items.length === 0) list = emptyState(t.noConsortiaHere);
    else
      list = html`<ul class="consortia">
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
    return html`<div class="panel" part="panel" aria-busy=${busy}>
      <div class="panel-title" role="heading" aria-level=${this.headingLevelAt()}>${this.regionName(province)}</div>
      <p class="meta">${t.panelSummary(province.counts[kind], kind)}</p>
      ${cities.length > 0
        ? html`<p class="cities"><span class="meta">${t.cities}</span>${formatList(this.locale, cities.map((city) => `${this.regionName(city)} ${city.counts.city}`))}</p>`
        : nothing}
      ${list}
    </div>`;
  }

  protected override updated(): void {
    this.drawGeoMap();
  }

  private drawGeoMap(): void {
    const canvas = this.renderRoot.querySelector<HTMLCanvasElement>("canvas[part~='geo']");
    if (this.geoMap && this.geoMap.canvas !== canvas) this.destroyGeoMap();
    const geo = this.geo.state;
    const counts = this.counts.state;
    if (!canvas || geo.status !== "complete" || counts.status !== "complete") return;
    const t = this.pick(messages);
    const kind = this.countedKind;
    const values = new Map<string, number>();
    for (const province of counts.value.provinces) {
      values.set(province.code, province.counts[kind]);
      for (const city of province.cities) values.set(city.code, city.counts[kind]);
    }
    const names = new Map(counts.value.provinces.flatMap((province) => [[province.code, this.regionName(province)], ...province.cities.map((city) => [city.code, this.regionName(city)] as const)]));
    const bins = colourBins(Math.max(0, ...values.values()));
    const style = getComputedStyle(this);
    const colours = bins.map((bin) => style.getPropertyValue(`--_map-${bin.index}`).trim());
    const options = {
      codeProperty: this.geoCodeProperty || undefined,
      countOf: (code: string) => values.get(code),
      colourOf: (count: number) => colours[binOf(bins, count).index]!,
      labelOf: (code: string, count: number) => t.tileLabel(names.get(code) ?? code, count, kind),
      onSelect: (code: string) => this.selectProvince(`${code.slice(0, 2)}0000`),
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

  private selectProvince(code: string): void {
    const state = this.counts.state;
    const province = state.status === "complete" ? state.value.provinces.find((item) => item.code === code) : undefined;
    if (!province) return;
    this.province = code;
    this.activeCode = code;
    this.dispatchEvent(new CjSelectEvent<ConsortiumMapSelection>({ type: "province", province }));
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
      this.selectProvince(from.code);
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
