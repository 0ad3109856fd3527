import { Chart } from "chart.js";
import { expect, fixture, html } from "@open-wc/testing";
import { longName } from "../test-support/hostile-corpus.js";
import { drawGeoMap } from "./geo-map.js";

// One synthetic square in longitude/latitude; nothing here is a real boundary.
const square = {
  type: "Feature",
  properties: { code: "650000" },
  geometry: { type: "Polygon", coordinates: [[[80, 40], [80, 44], [84, 44], [84, 40], [80, 40]]] },
};

async function tooltipOf(label: string, width: number) {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><canvas></canvas></div>`);
  const canvas = box.querySelector("canvas")!;
  const map = drawGeoMap(canvas, { type: "geojson", features: [square] as never }, {
    codeProperty: undefined,
    countOf: () => 3,
    colourOf: () => "#3b6fb6",
    labelOf: () => label,
    onSelect: () => {},
  });
  const chart = Chart.getChart(canvas)!;
  const { x, y } = (chart.getDatasetMeta(0).data[0] as unknown as { getCenterPoint(): { x: number; y: number } }).getCenterPoint();
  chart.tooltip!.setActiveElements([{ datasetIndex: 0, index: 0 }], { x, y });
  chart.update();
  const tooltip = chart.tooltip!;
  const result = { width: tooltip.width, lines: tooltip.body.flatMap((item) => item.lines), chartWidth: chart.width };
  map.destroy();
  return result;
}

describe("the geographic map's tooltip", () => {
  it("shows a region's label whole on one line", async () => {
    const { lines } = await tooltipOf("新疆：3 个", 1366);
    expect(lines).to.deep.equal(["新疆：3 个"]);
  });

  for (const width of [320, 1366]) {
    it(`never grows wider than its map or the viewport for a 10,000-character name (${width}px)`, async () => {
      const { width: tooltipWidth, lines, chartWidth } = await tooltipOf(longName, width);
      expect(tooltipWidth, "tooltip width").to.be.at.most(Math.min(chartWidth, window.innerWidth));
      expect(lines.length, "lines").to.be.at.most(3);
      expect(lines.at(-1)!.endsWith("…"), "the cut is marked").to.equal(true);
      expect(longName.startsWith(lines[0]!), "the name begins as the data gives it").to.equal(true);
    });
  }
});
