// The page side of the consortium map benchmark: renders the map with a client answering fixed
// counts, in tile mode or with a geo source, and resolves once it is drawn.
import { createClient } from "@chanjiao/sdk";
import "../src/provider/define.ts";
import "../src/consortium-map/define.ts";
import { tileGrid } from "../src/consortium-map/tile-grid.ts";

const counts = {
  totals: { city: 40, industry: 12, all: 52 },
  provinces: tileGrid.map((tile, index) => {
    const city = (index * 7) % 9;
    const industry = index % 4;
    return { code: tile.code, name: tile.code, shortName: tile.code.slice(0, 2), nameEn: tile.code, counts: { city, industry, all: city + industry }, cities: [] };
  }),
};

function benchClient() {
  return createClient({ baseUrl: "https://api.invalid/v1", retry: 0, fetch: async () => Response.json(counts) });
}

function mount(container, geoSrc) {
  const provider = document.createElement("cj-provider");
  provider.client = benchClient();
  const map = document.createElement("cj-consortium-map");
  if (geoSrc) map.setAttribute("geo-src", geoSrc);
  provider.append(map);
  container.append(provider);
  return map;
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

window.renderTileGrid = async (container) => {
  const map = mount(container);
  while (map.shadowRoot?.querySelectorAll('[part~="tile"]').length !== 34) await nextFrame();
};

let onDrawn = () => {};
window.renderGeoMap = async (container, geoSrc) => {
  // The same chart.js module the map loads on demand: a global plugin reports each drawn chart.
  const { Chart } = await import("chart.js");
  if (!Chart.registry.plugins.get("bench-drawn")) Chart.register({ id: "bench-drawn", afterRender: (chart) => onDrawn(chart) });
  const drawn = new Promise((resolve) => (onDrawn = resolve));
  mount(container, geoSrc);
  await drawn;
};
