import { createClient } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { Chart } from "chart.js";
import type { TemplateResult } from "lit";
import "../define.js";
import { hostileApiUrl } from "../test-support/api.js";
import { loaded, shadowRoots } from "../test-support/every-widget.js";
import { drawGeoMap } from "../consortium-map/geo-map.js";
import { TrendChart } from "../talent-board/trend-chart.js";
import { gapGroup } from "../test-support/gaps.js";
import { formula, hostileCorpus, hostileDemand, hostileIds, hostileRecords, longName } from "../test-support/hostile-corpus.js";
import { capturedDownloads } from "../test-support/downloads.js";
import { expectInsideBox, mount, part, shownText } from "../test-support/widgets.js";

declare global {
  interface Window {
    __pwned?: number;
  }
}

/**
 * Every widget showing the records of the hostile-input server, which holds nothing else: the
 * widgets that list every record (events, centres, the board's groups) list only hostile ones.
 */
const cases: Array<{ tag: keyof HTMLElementTagNameMap; template: TemplateResult }> = [
  { tag: "cj-cooperation-card", template: html`<cj-cooperation-card project-id=${hostileIds.project}></cj-cooperation-card>` },
  { tag: "cj-cooperation-list", template: html`<cj-cooperation-list country=${hostileIds.country}></cj-cooperation-list>` },
  { tag: "cj-consortium-card", template: html`<cj-consortium-card consortium-id=${hostileIds.consortium}></cj-consortium-card>` },
  { tag: "cj-school-profile", template: html`<cj-school-profile school-id=${hostileIds.school}></cj-school-profile>` },
  { tag: "cj-programme-list", template: html`<cj-programme-list school-id=${hostileIds.school}></cj-programme-list>` },
  { tag: "cj-talent-board", template: html`<cj-talent-board view="table"></cj-talent-board>` },
  { tag: "cj-event-list", template: html`<cj-event-list .now=${new Date("2024-11-21T12:00:00")}></cj-event-list>` },
  { tag: "cj-provincial-lists", template: html`<cj-provincial-lists province=${hostileIds.province}></cj-provincial-lists>` },
  { tag: "cj-pathway", template: html`<cj-pathway major-category="mc-51"></cj-pathway>` },
  { tag: "cj-consortium-map", template: html`<cj-consortium-map province=${hostileIds.province}></cj-consortium-map>` },
  { tag: "cj-practice-centres", template: html`<cj-practice-centres consortium-href="/consortia/{id}"></cj-practice-centres>` },
  { tag: "cj-province-profile", template: html`<cj-province-profile province=${hostileIds.province}></cj-province-profile>` },
];

const rtlOverride = "\u202E";

describe("hostile strings in stored records", () => {
  const dialogs: string[] = [];
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };

  before(() => {
    // A payload that ran would most likely announce itself through one of these.
    window.alert = (message?: unknown) => void dialogs.push(`alert ${String(message)}`);
    window.confirm = (message?: string) => (dialogs.push(`confirm ${message}`), false);
    window.prompt = (message?: string) => (dialogs.push(`prompt ${message}`), null);
  });

  after(() => Object.assign(window, original));

  for (const { tag, template } of cases) {
    describe(`<${tag}>`, () => {
      let widget: HTMLElement;
      let roots: ShadowRoot[];

      beforeEach(async () => {
        ({ widget } = await mount(tag, template, { baseUrl: await hostileApiUrl() }, { width: 320 }));
        await loaded(widget);
        roots = shadowRoots(widget);
      });

      it("runs no script from the data and opens no dialog", async () => {
        // Handlers such as onerror fire only after the browser tried to load the image.
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(window.__pwned).to.equal(undefined);
        expect(dialogs).to.deep.equal([]);
      });

      it("shows every hostile string as text", () => {
        const text = shownText(widget);
        const missing = hostileCorpus.filter((entry) => !text.includes(entry.shown)).map((entry) => entry.name);
        expect(missing).to.deep.equal([]);
      });

      it("creates no element or handler from the data", () => {
        for (const root of roots) {
          expect(root.querySelectorAll("script, img[src='x'], svg[onload], iframe, object, embed").length, "payload elements").to.equal(0);
          for (const element of root.querySelectorAll("*")) {
            const handlers = element.getAttributeNames().filter((name) => name.startsWith("on"));
            expect(handlers, `<${element.localName}> handlers`).to.deep.equal([]);
          }
        }
      });

      it("links only to http(s) URLs", () => {
        const links = roots.flatMap((root) => [...root.querySelectorAll<HTMLAnchorElement>("a[href]")]);
        for (const link of links) expect(new URL(link.href).protocol, link.getAttribute("href")!).to.be.oneOf(["http:", "https:"]);
      });

      it("keeps a 10,000-character name and a 5,000-character URL inside a 320px column", () => {
        expect(widget.scrollWidth, "widget scroll width").to.be.at.most(widget.clientWidth + 1);
        expect(widget.parentElement!.parentElement!.scrollWidth, "column scroll width").to.be.at.most(321);
        expectInsideBox(widget);
      });

      it("keeps a right-to-left override from reversing the text after it", () => {
        const overridden = roots.flatMap((root) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          const found: Text[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node as Text).data.includes(rtlOverride)) found.push(node as Text);
          return found;
        });
        expect(overridden.length, "text with the override").to.be.greaterThan(0);
        for (const text of overridden) {
          const element = text.parentElement!;
          // Isolated text is laid out apart from its neighbours, whatever direction marks it holds.
          expect(getComputedStyle(element).unicodeBidi, `<${element.localName} class="${element.className}">`).to.be.oneOf(["isolate", "isolate-override", "plaintext"]);
          expect(getComputedStyle(element.parentElement!).direction).to.equal("ltr");
        }
      });
    });
  }
});

describe("long values from the data at every width", () => {
  const measures = [
    { tag: "cj-consortium-map", template: html`<cj-consortium-map measure="cooperation" province=${hostileIds.province}></cj-consortium-map>` },
    { tag: "cj-consortium-map", template: html`<cj-consortium-map measure="gap" view="list"></cj-consortium-map>` },
  ] as const;
  for (const { tag, template } of [...cases, ...measures]) {
    for (const { width, lang } of [
      { width: 1366, lang: "zh-CN" },
      { width: 320, lang: "en" },
    ]) {
      it(`keep <${tag}> inside its ${width}px column in ${lang}: selects, chips, cells, legends and labels wrap or clip`, async () => {
        const { widget } = await mount(tag, template, { baseUrl: await hostileApiUrl() }, { width, lang });
        await loaded(widget);
        expectInsideBox(widget);
        expect(widget.scrollWidth, "widget scroll width").to.be.at.most(widget.clientWidth + 1);
        expect(widget.parentElement!.parentElement!.scrollWidth, "column scroll width").to.be.at.most(width + 1);
      });
    }
  }
});

/**
 * The canvas tooltips of every widget's charts, each shown for a group or region named with 10,000
 * characters. Chart.js sizes a tooltip to its longest line, and a Tooltip that one widget registers
 * (the map's) is registered for every chart of the page, the board's included.
 */
describe("long values in the charts' tooltips", () => {
  // One synthetic square in longitude/latitude; nothing here is a real boundary.
  const square = { type: "Feature", properties: { code: "650000" }, geometry: { type: "Polygon", coordinates: [[[80, 40], [80, 44], [84, 44], [84, 40], [80, 40]]] } };
  const theme = { demand: "#0b57a4", supply: "#b45309", highlight: "#1f2328", text: "#59636e", grid: "#d1d9e0", ink: "#1f2328", surface: "#ffffff" };
  const charts: Array<{ widget: string; chart: string; shown: boolean; draw(canvas: HTMLCanvasElement, label: string): Promise<() => void> }> = [
    {
      widget: "cj-consortium-map",
      chart: "geographic map",
      shown: true,
      draw: async (canvas, label) => {
        const map = drawGeoMap(canvas, { type: "geojson", features: [square] as never }, { codeProperty: undefined, countOf: () => 3, colourOf: () => "#3b6fb6", labelOf: () => label, onSelect: () => {} });
        return () => map.destroy();
      },
    },
    {
      widget: "cj-talent-board",
      // Its highlighted group is named in the hint above the chart, which wraps; a tooltip stays off.
      chart: "trend chart",
      shown: false,
      draw: async (canvas, label) => {
        const trend = new TrendChart();
        const items = [gapGroup("mc-51", label, 10, 5, [2024, 2025]), gapGroup("mc-52", `${label}B`, 4, 8, [2024, 2025])];
        trend.sync(canvas, { items, periods: [2024, 2025], theme, locale: "zh-CN", highlighted: 0, onSelect: () => {}, onHighlight: () => {} });
        // chart.js arrives on its own the first time a trend is drawn.
        await trend.ready;
        return () => trend.destroy();
      },
    },
  ];

  /** Draws a chart in a box `width` pixels wide, shows the tooltip of its first element, and answers what it drew. */
  async function tooltipOf(draw: (canvas: HTMLCanvasElement, label: string) => Promise<() => void>, label: string, width: number) {
    const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; height: 240px"><canvas></canvas></div>`);
    const canvas = box.querySelector("canvas")!;
    const destroy = await draw(canvas, label);
    try {
      const chart = Chart.getChart(canvas)!;
      const element = chart.getDatasetMeta(0).data[0] as unknown as { getCenterPoint(): { x: number; y: number } };
      chart.tooltip!.setActiveElements([{ datasetIndex: 0, index: 0 }], element.getCenterPoint());
      chart.update();
      const { opacity, x, width: tooltipWidth, body, options } = chart.tooltip!;
      const lines = body?.flatMap((item) => item.lines) ?? [];
      // Chart.js lays out a disabled tooltip too, but draws only an enabled one.
      return { shown: options.enabled && opacity > 0 && lines.length > 0, x, width: tooltipWidth, lines, chartWidth: chart.width };
    } finally {
      destroy();
    }
  }

  for (const { widget, chart: name, shown, draw } of charts) {
    for (const width of [320, 1366]) {
      it(`keeps the tooltip of <${widget}>'s ${name} inside the chart and the viewport for a 10,000-character name (${width}px)`, async () => {
        const tooltip = await tooltipOf(draw, longName, width);
        expect(tooltip.shown, "a tooltip is drawn").to.equal(shown);
        if (!shown) return;
        expect(tooltip.width, "tooltip width").to.be.at.most(Math.min(tooltip.chartWidth, window.innerWidth));
        expect(tooltip.x, "tooltip left").to.be.at.least(0);
        expect(tooltip.x + tooltip.width, "tooltip right").to.be.at.most(tooltip.chartWidth);
        expect(tooltip.lines.length, "lines").to.be.at.most(3);
        expect(tooltip.lines.at(-1)!.endsWith("…"), "the cut is marked").to.equal(true);
        expect(longName.startsWith(tooltip.lines[0]!), "the name begins as the data gives it").to.equal(true);
      });
    }
  }

  it("shows a short region label whole on one line", async () => {
    expect((await tooltipOf(charts[0]!.draw, "新疆：3 个", 1366)).lines).to.deep.equal(["新疆：3 个"]);
  });
});

describe("hostile strings through the talent-demand write API", () => {
  it("keeps a published occupation as sent, and the board for its region runs none of it", async () => {
    const baseUrl = await hostileApiUrl();
    const { items } = await createClient({ baseUrl }).talentDemand.list({ region: hostileIds.province, limit: 200 });
    expect(items.map((posting) => posting.occupation)).to.deep.equal(hostileDemand.map((posting) => posting.occupation));
    const { widget } = await mount("cj-talent-board", html`<cj-talent-board region=${hostileIds.province} view="table"></cj-talent-board>`, { baseUrl }, { width: 320 });
    await loaded(widget);
    expect(part(widget, "table")!.querySelectorAll("tbody tr").length, "groups drawn").to.be.greaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(window.__pwned).to.equal(undefined);
  });
});

describe("hostile strings in the talent board's table", () => {
  it("wraps a long group name instead of stretching the table to its length", async () => {
    const { widget } = await mount("cj-talent-board", html`<cj-talent-board view="table"></cj-talent-board>`, { baseUrl: await hostileApiUrl() }, { width: 320 });
    await loaded(widget);
    const labelCells = [...part(widget, "table")!.querySelectorAll<HTMLElement>("tbody tr > :first-child")];
    expect(labelCells.length, "groups drawn").to.be.greaterThan(0);
    const widest = Math.max(...labelCells.map((cell) => cell.getBoundingClientRect().width));
    expect(widest, "the widest group name cell").to.be.at.most(widget.getBoundingClientRect().width);
  });
});

describe("hostile strings in the talent board's CSV download", () => {
  const captured = capturedDownloads();

  it("keeps every string as text and defuses the formula", async () => {
    const { widget } = await mount("cj-talent-board", html`<cj-talent-board></cj-talent-board>`, { baseUrl: await hostileApiUrl() });
    await loaded(widget);
    part(widget, "download")!.click();
    await waitUntil(() => captured.length === 1, "no CSV", { timeout: 8000 });
    const csv = new TextDecoder().decode(new Uint8Array(await captured[0]!.arrayBuffer()).slice(3));
    const labels = csv.split("\r\n").slice(1, -1).map((row) => row.slice(0, row.lastIndexOf('",') + 1));
    const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;
    const expected = hostileRecords.majorCategories.map(({ name }) => quoted(name === formula ? `'${formula}` : name));
    expect(labels.sort()).to.deep.equal(expected.sort());
  });
});
