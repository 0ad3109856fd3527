import { type Consortium, type ConsortiumCounts, createClient } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import type { CjErrorEvent, CjSelectEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import type { CjConsortiumMap, ConsortiumMapSelection } from "./cj-consortium-map.js";
import { settled } from "../test-support/widgets.js";
import { type MapSettings, mountMap, tile } from "../test-support/consortium-map.js";

const jiangsu = "320000";

function part(map: CjConsortiumMap, name: string): HTMLElement | null {
  return map.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function tiles(map: CjConsortiumMap): SVGGElement[] {
  return [...map.shadowRoot!.querySelectorAll<SVGGElement>('[part~="tile"]')];
}

async function panelSettled(map: CjConsortiumMap): Promise<HTMLElement> {
  await waitUntil(() => part(map, "panel") && !part(map, "panel")!.querySelector(".state-loading") && part(map, "panel")!.querySelector("ul, .state"), "the panel kept loading", {
    timeout: 8000,
  });
  return part(map, "panel")!;
}

function label(map: CjConsortiumMap, code: string, which: "name" | "count"): string {
  return map.shadowRoot!.querySelector(`[data-label="${code}"] .tile-${which}`)!.textContent!;
}

function loadedUrls(): string[] {
  return performance.getEntriesByType("resource").map((entry) => entry.name);
}

describe("cj-consortium-map (tile grid) against the API server", () => {
  let baseUrl: string;
  let counts: ConsortiumCounts;
  const countOf = (code: string, kind: "city" | "industry" | "all", data = counts) => data.provinces.find((item) => item.code === code)!.counts[kind];

  before(async () => {
    baseUrl = await apiUrl();
    counts = (await (await fetch(`${baseUrl}/consortia/counts`)).json()) as ConsortiumCounts;
  });

  const mapWith = (settings: MapSettings = {}) => mountMap(baseUrl, settings);

  it("draws 34 tiles, one per division, named with the API's counts", async () => {
    const map = await mapWith({ kind: "city" });
    const drawn = tiles(map);
    expect(drawn).to.have.length(34);
    expect(new Set(drawn.map((item) => item.dataset["code"])).size).to.equal(34);
    for (const province of counts.provinces) {
      const accessibleName = tile(map, province.code).getAttribute("aria-label");
      expect(accessibleName).to.equal(`${province.name}，${province.counts.city} 个市域产教联合体`);
      expect(label(map, province.code, "count")).to.equal(String(province.counts.city));
    }
    expect(label(map, jiangsu, "name")).to.equal("江苏");
  });

  it("colours tiles by count with a legend whose first bin is zero alone", async () => {
    const map = await mapWith();
    const zero = counts.provinces.find((item) => item.counts.all === 0)!;
    const most = [...counts.provinces].sort((a, b) => b.counts.all - a.counts.all)[0]!;
    const fill = (code: string) => getComputedStyle(tile(map, code).querySelector("rect")!).fill;
    expect(fill(zero.code)).to.not.equal(fill(most.code));
    expect(tiles(map).filter((item) => fill(item.dataset["code"]!) === fill(zero.code)).length).to.equal(
      counts.provinces.filter((item) => item.counts.all === 0).length,
    );
    const legend = [...part(map, "legend")!.querySelectorAll("li")].map((item) => item.textContent!.trim());
    expect(legend[0]).to.equal("0");
    expect(legend.at(-1)).to.include(String(most.counts.all));
    expect(getComputedStyle(part(map, "legend")!.querySelector(".swatch rect")!).fill).to.equal(fill(zero.code));
  });

  it("is one tab stop; arrows move between neighbours, Home and End to the ends, Enter selects", async () => {
    const map = await mapWith({ province: jiangsu });
    expect(tiles(map).filter((item) => item.getAttribute("tabindex") === "0").map((item) => item.dataset["code"])).to.deep.equal([jiangsu]);
    tile(map, jiangsu).focus();
    await sendKeys({ press: "ArrowRight" });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal("310000");
    expect(tiles(map).filter((item) => item.getAttribute("tabindex") === "0")).to.have.length(1);
    await sendKeys({ press: "ArrowLeft" });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal("330000");
    await sendKeys({ press: "Home" });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal("230000");
    await sendKeys({ press: "End" });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal("810000");
    await sendKeys({ press: "ArrowLeft" });
    await sendKeys({ press: "ArrowUp" });
    await map.updateComplete;
    expect(map.shadowRoot!.activeElement?.getAttribute("data-code")).to.equal("440000");

    const selected = nextEvent(map, "cj-select");
    await sendKeys({ press: "Enter" });
    const event = (await selected) as CjSelectEvent<ConsortiumMapSelection>;
    expect(event.value.type).to.equal("province");
    expect(event.value.type === "province" && event.value.province.code).to.equal("440000");
    expect(map.province).to.equal("440000");
    expect(tile(map, "440000").getAttribute("aria-pressed")).to.equal("true");
    expect(tile(map, jiangsu).getAttribute("aria-pressed")).to.equal("false");
  });

  it("starts drilled into `province` and lists its cities and consortia, each consortium selectable", async () => {
    const map = await mapWith({ province: jiangsu, kind: "city" });
    const panel = await panelSettled(map);
    const listed = (await (await fetch(`${baseUrl}/consortia?region=${jiangsu}&kind=city`)).json()) as { items: Consortium[] };
    expect(panel.textContent).to.include("江苏省");
    const names = [...panel.querySelectorAll(".consortia li button")].map((button) => button.textContent!.trim());
    expect(names).to.deep.equal(listed.items.map((item) => item.name));
    expect(panel.textContent).to.include("苏州市");

    const chosen = nextEvent(map, "cj-select");
    (panel.querySelector(".consortia li button") as HTMLButtonElement).click();
    const event = (await chosen) as CjSelectEvent<ConsortiumMapSelection>;
    expect(event.value.type === "consortium" && event.value.consortium.id).to.equal(listed.items[0]!.id);
  });

  it("counts industry communities in every province of their organisations", async () => {
    const map = await mapWith({ kind: "industry" });
    for (const province of counts.provinces) {
      expect(label(map, province.code, "count")).to.equal(String(province.counts.industry));
    }
    // More provinces than communities have a count: one community counts in several.
    const withCommunities = counts.provinces.filter((item) => item.counts.industry > 0).length;
    expect(withCommunities).to.be.greaterThan(0);
  });

  it("filters by `industry` with the API's counts for that industry", async () => {
    const industry = "节能与新能源汽车";
    const filtered = (await (await fetch(`${baseUrl}/consortia/counts?industry=${encodeURIComponent(industry)}`)).json()) as ConsortiumCounts;
    const map = await mapWith({ industry });
    for (const province of filtered.provinces) {
      expect(label(map, province.code, "count")).to.equal(String(countOf(province.code, "all", filtered)));
    }
    expect(filtered.totals.all).to.be.lessThan(counts.totals.all);
  });

  it("has a list view of the same counts whose rows drill into a province", async () => {
    const map = await mapWith();
    (part(map, "view-toggle") as HTMLButtonElement).click();
    await map.updateComplete;
    expect(map.view).to.equal("list");
    expect(part(map, "grid")).to.equal(null);
    const rows = [...part(map, "table")!.querySelectorAll("tbody tr")];
    expect(rows).to.have.length(34);
    for (const row of rows) {
      const name = row.querySelector("th")!.textContent!.trim();
      const province = counts.provinces.find((item) => item.name === name)!;
      expect(row.querySelector("td")!.textContent!.trim()).to.equal(`${province.counts.all} 个联合体和共同体`);
    }
    const selected = nextEvent(map, "cj-select");
    (rows.find((row) => row.textContent!.includes("江苏省"))!.querySelector("button") as HTMLButtonElement).click();
    await selected;
    expect(map.province).to.equal(jiangsu);
    await panelSettled(map);
    (part(map, "view-toggle") as HTMLButtonElement).click();
    await map.updateComplete;
    expect(tiles(map)).to.have.length(34);
  });

  it("speaks English when the page does", async () => {
    const map = await mapWith({ kind: "city", lang: "en" });
    expect(tile(map, jiangsu).getAttribute("aria-label")).to.equal(`Jiangsu, ${countOf(jiangsu, "city")} city-level consortia`);
    expect(part(map, "view-toggle")!.textContent!.trim()).to.equal("List view");
  });

  it("writes long English names on two lines instead of squeezing them into the tile", async () => {
    const map = await mapWith({ lang: "en" });
    const lines = (code: string) => [...map.shadowRoot!.querySelectorAll(`[data-label="${code}"] .tile-name tspan`)].map((line) => line.textContent);
    expect(lines("150000")).to.deep.equal(["Inner", "Mongolia"]);
    expect(lines("810000")).to.deep.equal(["Hong", "Kong"]);
    expect(lines(jiangsu)).to.deep.equal(["Jiangsu"]);
    for (const name of map.shadowRoot!.querySelectorAll<SVGTextElement>(".tile-name")) {
      // Up to 12 characters ("Heilongjiang") a line is narrowed a little at most, and stays legible.
      for (const line of name.querySelectorAll("tspan")) expect(line.textContent!.length, line.textContent!).to.be.at.most(12);
      expect(name.getBBox().width, name.textContent!).to.be.at.most(60);
    }
  });

  it("passes an accessibility audit in map and list views", async () => {
    const map = await mapWith({ province: jiangsu });
    await panelSettled(map);
    await expect(map).to.be.accessible();
    map.view = "list";
    await map.updateComplete;
    await expect(map).to.be.accessible();
  });

  it("never loads chart.js or chartjs-chart-geo for the tile grid", async () => {
    await mapWith();
    expect(loadedUrls().filter((url) => /chartjs-chart-geo|chart\.js|geo-map/.test(url))).to.deep.equal([]);
  });
});

describe("cj-consortium-map states", () => {
  it("shows an error with a retry, fires cj-error, and recovers", async () => {
    const real = createClient({ baseUrl: await apiUrl() });
    let fail = true;
    const client = clientAnswering(async (url) => {
      if (fail) return new Response("{}", { status: 503 });
      return real.consortia.counts();
    });
    const errors: CjErrorEvent[] = [];
    const wrapper = await fixture<HTMLElement>(html`
      <div @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
        <cj-provider .client=${client}><cj-consortium-map></cj-consortium-map></cj-provider>
      </div>
    `);
    const map = wrapper.querySelector("cj-consortium-map")!;
    await settled(map);
    expect(part(map, "retry")).to.not.equal(null);
    expect(errors).to.have.length(1);
    fail = false;
    (part(map, "retry") as HTMLButtonElement).click();
    await settled(map);
    expect(tiles(map)).to.have.length(34);
  });

  it("says so when nothing is counted, and still draws every tile", async () => {
    const client = clientAnswering(() => ({
      totals: { city: 0, industry: 0, all: 0 },
      provinces: [{ code: "320000", name: "江苏省", shortName: "江苏", nameEn: "Jiangsu", counts: { city: 0, industry: 0, all: 0 }, cities: [] }],
    }));
    const wrapper = await fixture<HTMLElement>(html`<cj-provider .client=${client}><cj-consortium-map></cj-consortium-map></cj-provider>`);
    const map = wrapper.querySelector("cj-consortium-map")!;
    await settled(map);
    expect(part(map, "map")!.textContent).to.include("没有符合条件的联合体");
    expect(tiles(map)).to.have.length(34);
    expect(tile(map, "320000").classList.contains("bin-0")).to.equal(true);
  });

  it("asks for a provider when it has no client", async () => {
    const map = await fixture<CjConsortiumMap>(html`<cj-consortium-map></cj-consortium-map>`);
    expect(part(map, "map")!.textContent).to.include("cj-provider");
  });
});
