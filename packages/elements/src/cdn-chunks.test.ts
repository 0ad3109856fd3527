import { expect } from "@open-wc/testing";
import { builtGraph, staticClosure, type BuiltFile } from "./test-support/cdn-graph.js";

// The CDN build as a page fetches it: the loader and every chunk it can reach.
const loaderUrl = new URL("../dist/cdn/chanjiao.js", import.meta.url).href;

// An error message of chart.js and a chart type of chartjs-chart-geo: present once their code is.
const chartJsCode = "Canvas is already in use";
const chartGeoCode = "choropleth";

const widgets = [
  "cooperation-card",
  "cooperation-list",
  "practice-centres",
  "event-list",
  "talent-board",
  "provincial-lists",
  "programme-list",
  "pathway",
  "school-profile",
  "consortium-map",
  "consortium-card",
  "province-profile",
  "demand-form",
];

const contains = (files: BuiltFile[], text: string): string[] => files.filter((file) => file.code.includes(text)).map((file) => file.url);

describe("the CDN loader's chunks", () => {
  let graph: Map<string, BuiltFile>;
  let widgetChunks: Map<string, string>;

  before(async () => {
    graph = await builtGraph(loaderUrl);
    widgetChunks = new Map(
      graph.get(loaderUrl)!.dynamicImports.map((url) => [/\/chunks\/([a-z-]+)-[\w-]{8}\.js$/.exec(url)?.[1] ?? url, url]),
    );
  });

  it("has one chunk per widget, named after its folder, and the provider's core, next to the loader", () => {
    expect([...widgetChunks.keys()].sort()).to.deep.equal([...widgets, "core"].sort());
    for (const url of widgetChunks.values()) expect(url.startsWith(new URL("chunks/", loaderUrl).href), url).to.equal(true);
  });

  it("keeps the widgets, lit and the SDK's schemas out of the loader", () => {
    const [loader, ...imported] = staticClosure(graph, loaderUrl);
    expect(imported.map((file) => file.url)).to.deep.equal([]);
    // A template tag of lit and a collection path of the SDK: present once their code is.
    for (const code of ["lit$", "cooperation-projects"]) expect(loader!.code, code).to.not.include(code);
  });

  it("keeps chart.js out of the loader and of every widget, the board's trend fetching it once the ranking is drawn", () => {
    expect(contains(staticClosure(graph, loaderUrl), chartJsCode)).to.deep.equal([]);
    for (const [widget, url] of widgetChunks) expect(contains(staticClosure(graph, url), chartJsCode), widget).to.deep.equal([]);
    const board = staticClosure(graph, widgetChunks.get("talent-board")!);
    const trend = board.flatMap((file) => file.dynamicImports).flatMap((url) => contains(staticClosure(graph, url), chartJsCode));
    expect(trend).to.have.length(1);
  });

  it("keeps chartjs-chart-geo in the geographic map's own chunk, loaded on demand", () => {
    for (const [widget, url] of widgetChunks) expect(contains(staticClosure(graph, url), chartGeoCode), widget).to.deep.equal([]);
    const map = staticClosure(graph, widgetChunks.get("consortium-map")!);
    const geoChunks = map.flatMap((file) => file.dynamicImports).filter((url) => graph.get(url)!.code.includes(chartGeoCode));
    expect(geoChunks).to.have.length(1);
    expect(contains([...graph.values()], chartGeoCode)).to.deep.equal(geoChunks);
  });

  it("carries none of what must never reach a host page", () => {
    // Data is never parsed as HTML, and zod's global config belongs to the host page.
    for (const file of graph.values()) {
      for (const forbidden of ["unsafeHTML", "unsafe-html", ".config(", "insertAdjacentHTML"]) {
        expect(file.code, `${forbidden} in ${file.url}`).to.not.include(forbidden);
      }
    }
  });
});
