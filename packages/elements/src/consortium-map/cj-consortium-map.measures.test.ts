import type { CooperationProject, TalentGaps } from "@chanjiao/sdk";
import { expect, waitUntil } from "@open-wc/testing";
import { emulateMedia } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl } from "../test-support/api.js";
import { capturedDownloads } from "../test-support/downloads.js";
import { nextEvent } from "../test-support/events.js";
import { type MapSettings, mountMap, tile, tileValue } from "../test-support/consortium-map.js";
import { part, parts, settled } from "../test-support/widgets.js";
import { measureIds } from "./measures.js";

const jiangsu = "320000";

/** Relative luminance of a CSS `rgb()` colour (WCAG 2). */
function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The latest period's demand minus supply per province, as the map sums it from the API's cities. */
function latestGaps(gaps: TalentGaps, figure: (point: { demand: number; supply: number | null }) => number): Map<string, number> {
  const period = gaps.periods.at(-1);
  const byProvince = new Map<string, number>();
  for (const item of gaps.items) {
    const point = item.trend.find((candidate) => candidate.period === period)!;
    const province = `${item.key.slice(0, 2)}0000`;
    byProvince.set(province, (byProvince.get(province) ?? 0) + figure(point));
  }
  return byProvince;
}

describe("cj-consortium-map measures and drill-down", () => {
  const captured = capturedDownloads();
  let baseUrl: string;
  let gaps: TalentGaps;

  before(async () => {
    baseUrl = await apiUrl();
    gaps = (await (await fetch(`${baseUrl}/talent/gaps?groupBy=region`)).json()) as TalentGaps;
  });
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  const mapWith = (settings: MapSettings = {}) => mountMap(baseUrl, { width: 760, ...settings });

  it("switches to the talent gap from its menu: a diverging scale, the year, the sample badge, and an event for the URL", async () => {
    const map = await mapWith();
    const select = part(map, "measure") as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).to.deep.equal(measureIds);
    const announced = nextEvent(map, "cj-map-state");
    select.value = "gap";
    select.dispatchEvent(new Event("change"));
    const event = await announced;
    expect([event.measure, event.province]).to.deep.equal(["gap", undefined]);
    await settled(map);
    expect(map.getAttribute("measure")).to.equal("gap");
    const legend = part(map, "legend")!;
    expect(legend.querySelector(".legend-title")!.textContent).to.include(`人才缺口（${gaps.periods.at(-1)}年）`);
    expect(legend.querySelector('[part~="badge"]')!.textContent).to.equal("示例数据");
    const expected = latestGaps(gaps, (point) => point.demand - (point.supply ?? 0));
    for (const [code, gap] of expected) {
      expect(tileValue(map, code)).to.equal(gap > 0 ? `+${gap}` : String(gap));
      expect(tile(map, code).getAttribute("aria-label")).to.include(gap > 0 ? `短缺 ${gap.toLocaleString("zh-CN")} 人` : gap < 0 ? `富余 ${(-gap).toLocaleString("zh-CN")} 人` : "供需持平");
    }
    // A shortage and a surplus take colours from opposite ends; provinces without records say "no data".
    const shortage = [...expected].find(([, gap]) => gap > 0)![0];
    const surplus = [...expected].find(([, gap]) => gap < 0)![0];
    const fill = (code: string) => getComputedStyle(tile(map, code).querySelector("rect")!).fill;
    expect(fill(shortage)).to.not.equal(fill(surplus));
    const withoutData = "540000";
    expect(expected.has(withoutData)).to.equal(false);
    expect(tileValue(map, withoutData)).to.equal("–");
    expect(tile(map, withoutData).getAttribute("aria-label")).to.equal("西藏自治区，无数据");
  });

  it("takes `measure` and `province` from its attributes, as a page restores them from its URL, without an event", async () => {
    let events = 0;
    document.addEventListener("cj-map-state", () => (events += 1));
    const map = await mapWith({ measure: "demand", province: jiangsu });
    const expected = latestGaps(gaps, (point) => point.demand);
    expect(tileValue(map, jiangsu)).to.equal(String(expected.get(jiangsu)));
    const panel = part(map, "panel")!;
    expect(panel.querySelector('[role="heading"]')!.textContent).to.equal("江苏省");
    const period = gaps.periods.at(-1);
    const cities = gaps.items.filter((item) => item.key.startsWith("32"));
    const bars = [...panel.querySelectorAll(".bars li")].map((row) => [row.querySelector(".bar-name")!.textContent!.trim(), row.querySelector(".bar-value")!.textContent!.trim()]);
    const demandOf = (key: string) => cities.find((item) => item.key === key)!.trend.find((point) => point.period === period)!.demand;
    expect(bars).to.deep.equal([...cities].sort((a, b) => demandOf(b.key) - demandOf(a.key)).map((item) => [item.label, demandOf(item.key).toLocaleString("zh-CN")]));
    expect(panel.querySelector(".bars")!.getAttribute("aria-label")).to.equal("人才需求");
    expect(events).to.equal(0);
  });

  it("drills into a province and back, keeping the state in attributes and saying so in events", async () => {
    const map = await mapWith();
    const into = nextEvent(map, "cj-map-state");
    tile(map, jiangsu).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect([(await into).measure, (await into).province]).to.deep.equal(["consortia", jiangsu]);
    await settled(map);
    expect(map.getAttribute("province")).to.equal(jiangsu);
    expect(part(map, "panel")!.textContent).to.include("江苏省各城市");
    expect(part(map, "panel")!.textContent).to.include("苏州市");

    const out = nextEvent(map, "cj-map-state");
    (part(map, "back") as HTMLButtonElement).click();
    expect((await out).province).to.equal(undefined);
    await settled(map);
    expect(map.hasAttribute("province")).to.equal(false);
    expect(part(map, "back")).to.equal(null);
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal(jiangsu);
    expect(part(map, "panel")!.textContent).to.include("前十位");
  });

  it("shows a drilled province alone in a narrow box, with the way back", async () => {
    const map = await mapWith({ province: jiangsu, width: 320 });
    expect(part(map, "grid")!.getBoundingClientRect().width).to.equal(0);
    (part(map, "back") as HTMLButtonElement).click();
    await settled(map);
    const grid = part(map, "grid")!.getBoundingClientRect();
    // The grid fills the box and keeps the shape of its 7 × 8 cells.
    expect(grid.width).to.be.closeTo(320, 1);
    expect(grid.height / grid.width).to.be.closeTo((8 * 64 - 4) / (7 * 64 - 4), 0.01);
  });

  it("counts cooperation projects where their Chinese partners are", async () => {
    const projects = (await (await fetch(`${baseUrl}/cooperation-projects?limit=200`)).json()) as { items: CooperationProject[] };
    const inTianjin = projects.items.filter((project) => project.regions.some((code) => code.startsWith("12"))).length;
    expect(inTianjin).to.be.greaterThan(0);
    const map = await mapWith({ measure: "cooperation" });
    expect(tileValue(map, "120000")).to.equal(String(inTianjin));
    expect(part(map, "legend")!.textContent).to.include("国际合作项目数量");
    // The ranking beside the grid leaves out the provinces with none.
    const placed = new Set(projects.items.flatMap((project) => project.regions.map((code) => code.slice(0, 2))));
    expect(part(map, "panel")!.querySelectorAll(".bars li").length).to.equal(Math.min(10, placed.size));
  });

  it("names a measure it does not know, without a retry", async () => {
    const map = await mapWith({ measure: "nonsense" });
    expect(part(map, "map")!.textContent).to.include('measure="nonsense"');
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`writes tile text that passes WCAG AA on every fill of every measure (${scheme} scheme)`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const map = await mapWith();
      for (const measure of measureIds) {
        map.measure = measure;
        await settled(map);
        const bins = new Set<string>();
        for (const label of map.shadowRoot!.querySelectorAll<SVGGElement>(".label")) {
          const code = label.dataset["label"]!;
          const fill = getComputedStyle(tile(map, code).querySelector("rect")!).fill;
          const ink = getComputedStyle(label.querySelector("text")!).fill;
          bins.add(label.getAttribute("class")!);
          if (!label.classList.contains("bin-none")) expect(contrast(fill, ink), `${measure} ${code} ${ink} on ${fill}`).to.be.at.least(4.5);
        }
        expect(bins.size, measure).to.be.greaterThan(1);
      }
    });
  }

  it("offers the figures as CSV and the grid as SVG and PNG", async () => {
    const map = await mapWith({ measure: "supply" });
    for (const button of parts(map, "download")) button.click();
    await waitUntil(() => captured.length === 3, "three files were not saved", { timeout: 8000 });
    const byType = Object.fromEntries(captured.map((file) => [file.name.split(".").pop(), file]));
    expect(Object.keys(byType).sort()).to.deep.equal(["csv", "png", "svg"]);
    expect(byType["csv"]!.name).to.equal("毕业生供给.csv");
    const csv = await byType["csv"]!.text();
    expect(csv).to.include('"江苏省",');
    const svg = await byType["svg"]!.text();
    expect(svg).to.match(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).to.include("<title>毕业生供给</title>");
    expect(svg).to.include("江苏");
    expect(svg).to.not.include("tabindex");
    expect(byType["png"]!.type).to.equal("image/png");
    expect(byType["png"]!.size).to.be.greaterThan(1000);
  });

  it("passes an accessibility audit drilled into a province", async () => {
    await expect(await mapWith({ measure: "gap", province: jiangsu })).to.be.accessible();
  });

  for (const measure of measureIds) {
    it(`passes an accessibility audit on the ${measure} measure`, async () => {
      await expect(await mapWith({ measure })).to.be.accessible();
    });
  }
});
