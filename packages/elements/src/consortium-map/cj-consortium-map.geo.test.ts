import type { ConsortiumCounts } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendMouse } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import type { CjErrorEvent, CjSelectEvent } from "../shared/events.js";
import { apiUrl } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { blobUrl, geoJson, squares, topoJson } from "../test-support/geo-sources.js";
import type { CjConsortiumMap, ConsortiumMapSelection } from "./cj-consortium-map.js";
import { colourBins, binOf } from "./colour-bins.js";
import { GeoSourceError } from "./geo-source.js";

function part(map: CjConsortiumMap, name: string): HTMLElement | null {
  return map.shadowRoot!.querySelector(`[part~="${name}"]`);
}

async function mapWithGeo(src: string, codeProperty = "") {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider base-url=${await apiUrl()}><cj-consortium-map geo-src=${src} geo-code-property=${codeProperty}></cj-consortium-map></cj-provider>
    </div>
  `);
  const map = wrapper.querySelector("cj-consortium-map")!;
  await waitUntil(() => part(map, "geo-message") || (part(map, "geo") && chartOf(map)), "the geo map never settled", { timeout: 8000 });
  return { map, errors };
}

let ChartClass: typeof import("chart.js").Chart | undefined;
function chartOf(map: CjConsortiumMap) {
  const canvas = part(map, "geo") as HTMLCanvasElement | null;
  return canvas && ChartClass ? ChartClass.getChart(canvas) : undefined;
}

/** The projected centre of a drawn shape (chartjs-chart-geo's GeoFeature has one). */
function centreOf(element: object): { x: number; y: number } {
  return (element as { getCenterPoint(): { x: number; y: number } }).getCenterPoint();
}

/** The colour drawn at the centre of each shape, as `rgb(r, g, b)`, by region code. */
function drawnColours(map: CjConsortiumMap): Map<string, string> {
  const chart = chartOf(map)!;
  const canvas = chart.canvas;
  const context = canvas.getContext("2d")!;
  const ratio = chart.currentDevicePixelRatio;
  const colours = new Map<string, string>();
  chart.getDatasetMeta(0).data.forEach((element, index) => {
    const { x, y } = centreOf(element);
    const [r, g, b] = context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
    colours.set(String(chart.data.labels![index]), `rgb(${r}, ${g}, ${b})`);
  });
  return colours;
}

/** A CSS colour as the canvas reports it. */
function rgbOf(colour: string): number[] {
  return colour.match(/\d+/g)!.map(Number);
}

function asRgb(colour: string): string {
  const probe = document.createElement("canvas").getContext("2d")!;
  probe.fillStyle = colour;
  probe.fillRect(0, 0, 1, 1);
  const [r, g, b] = probe.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

describe("cj-consortium-map in geographic mode", () => {
  let counts: ConsortiumCounts;

  before(async () => {
    counts = (await (await fetch(`${await apiUrl()}/consortia/counts`)).json()) as ConsortiumCounts;
  });

  /** The bin of the colour scale a province's count falls in, and the bin whose colour is nearest to what was drawn. */
  function expectBinDrawn(map: CjConsortiumMap, code: string, drawn: string): void {
    const values = counts.provinces.flatMap((province) => [province.counts.all, ...province.cities.map((city) => city.counts.all)]);
    const bins = colourBins(Math.max(...values));
    const count = counts.provinces.find((province) => province.code === code)!.counts.all;
    const palette = bins.map((bin) => rgbOf(asRgb(getComputedStyle(map).getPropertyValue(`--_map-${bin.index}`).trim())));
    const [r, g, b] = rgbOf(drawn);
    // Anti-aliasing and colour management may shift a channel by a few units, never to another bin.
    const distances = palette.map(([pr, pg, pb]) => Math.abs(pr! - r!) + Math.abs(pg! - g!) + Math.abs(pb! - b!));
    const nearest = distances.indexOf(Math.min(...distances));
    expect(nearest, `${code} drawn ${drawn}`).to.equal(binOf(bins, count).index);
    expect(distances[nearest]).to.be.lessThan(16);
  }

  it("loads chartjs-chart-geo only now, and draws each GeoJSON shape in its count's colour", async () => {
    const requested = () => performance.getEntriesByType("resource").some((entry) => entry.name.includes("chartjs-chart-geo"));
    expect(requested()).to.equal(false);
    ({ Chart: ChartClass } = await import("chart.js"));
    const { map, errors } = await mapWithGeo(blobUrl(JSON.stringify(geoJson())));
    expect(requested()).to.equal(true);
    expect(errors).to.deep.equal([]);
    expect(part(map, "grid")).to.equal(null);
    const colours = drawnColours(map);
    expect([...colours.keys()].sort()).to.deep.equal(squares.map((square) => square.code).sort());
    for (const square of squares) expectBinDrawn(map, square.code, colours.get(square.code)!);
    expect(colours.get("320000")).to.not.equal(colours.get("540000"));
    expect(part(map, "legend")).to.not.equal(null);
    expect(part(map, "geo")!.getAttribute("aria-label")).to.include("列表视图");
  });

  it("draws a TopoJSON topology, with numeric adcodes", async () => {
    ({ Chart: ChartClass } = await import("chart.js"));
    const { map } = await mapWithGeo(blobUrl(JSON.stringify(topoJson())));
    const colours = drawnColours(map);
    expect([...colours.keys()].sort()).to.deep.equal(squares.map((square) => square.code).sort());
    for (const square of squares) expectBinDrawn(map, square.code, colours.get(square.code)!);
  });

  it("reads codes from `geo-code-property`, and selects the province of a clicked shape", async () => {
    ({ Chart: ChartClass } = await import("chart.js"));
    const { map } = await mapWithGeo(blobUrl(JSON.stringify(geoJson("gb"))), "gb");
    const chart = chartOf(map)!;
    const index = chart.data.labels!.indexOf("320000");
    const { x, y } = centreOf(chart.getDatasetMeta(0).data[index]!);
    const box = chart.canvas.getBoundingClientRect();
    const selected = nextEvent(map, "cj-select");
    await sendMouse({ type: "click", position: [Math.round(box.left + x), Math.round(box.top + y)] });
    const event = (await selected) as CjSelectEvent<ConsortiumMapSelection>;
    expect(event.value.type === "province" && event.value.province.code).to.equal("320000");
    expect(map.province).to.equal("320000");
  });

  const failures: Array<[string, () => string, GeoSourceError["reason"], string]> = [
    ["a 404", () => new URL("/no-such-map.geojson", location.href).href, "http", "地图文件无法获取。"],
    ["a file that is not JSON", () => blobUrl("<svg></svg>", "image/svg+xml"), "not-json", "地图文件不是 JSON。"],
    ["JSON that is neither GeoJSON nor TopoJSON", () => blobUrl(JSON.stringify({ type: "Feature", regions: [] })), "not-geo", "地图文件不是 GeoJSON 或 TopoJSON。"],
    ["shapes without a region code", () => blobUrl(JSON.stringify(geoJson("name-only"))), "no-codes", "地图文件中没有可识别的行政区划代码。"],
  ];
  for (const [what, source, reason, message] of failures) {
    it(`falls back to the tile grid with a message for ${what}`, async () => {
      const { map, errors } = await mapWithGeo(source());
      expect(part(map, "geo-message")!.textContent).to.include(message);
      expect(part(map, "geo")).to.equal(null);
      await map.updateComplete;
      expect(map.shadowRoot!.querySelectorAll('[part~="tile"]')).to.have.length(34);
      expect(errors).to.have.length(1);
      expect(errors[0]!.error).to.be.instanceOf(GeoSourceError);
      expect((errors[0]!.error as GeoSourceError).reason).to.equal(reason);
    });
  }
});
