import { createClient, HttpError, talentGaps, type BaseClient, type TalentGaps } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys, sendMouse } from "@web/test-runner-commands";
import { Chart } from "chart.js";
import "../provider/define.js";
import "./define.js";
import type { CjErrorEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { gapGroup, gapsAnswer, gapsGrid } from "../test-support/gaps.js";
import type { CjTalentBoard } from "./cj-talent-board.js";
import type { GapItem } from "./gap-table.js";
import { settled } from "../test-support/widgets.js";

function part(board: CjTalentBoard, name: string): HTMLElement | null {
  return board.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(board: CjTalentBoard): string {
  return part(board, "board")!.textContent!.replace(/\s+/g, " ");
}

function barChart(board: CjTalentBoard): Chart {
  const chart = Chart.getChart(board.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.bar")!);
  if (!chart) throw new Error("no bar chart drawn");
  return chart;
}


interface BoardOptions {
  lang?: string;
  attributes?: Record<string, string>;
}

/** A board inside a provider holding `client`, and every cj-error it fires from the start. */
async function boardWith(client: BaseClient, options: BoardOptions = {}) {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${options.lang ?? "zh-CN"} class="tab" @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}><cj-talent-board></cj-talent-board></cj-provider>
    </div>
  `);
  const board = wrapper.querySelector("cj-talent-board")!;
  for (const [name, value] of Object.entries(options.attributes ?? {})) board.setAttribute(name, value);
  await settled(board);
  return { board, wrapper, errors };
}

function answering(gaps: TalentGaps) {
  return clientAnswering(() => gaps);
}

/** The data cells of the table view, row by row. */
function tableCells(board: CjTalentBoard): string[][] {
  return [...part(board, "table")!.querySelectorAll("tbody tr")].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
}

describe("cj-talent-board against the API server", () => {
  let baseUrl: string;

  before(async () => {
    baseUrl = await apiUrl();
  });

  it("draws bars with the API's figures for each group", async () => {
    const query = { groupBy: "majorCategory", region: "320000", period: "2023-2025" } as const;
    const expected = await createClient({ baseUrl }).read(talentGaps, query);
    expect(expected.items.length, "the seed has gaps for 江苏").to.be.greaterThan(1);
    const { board } = await boardWith(createClient({ baseUrl }), { attributes: { region: "320000", period: "2023-2025" } });

    const chart = barChart(board);
    const labels = chart.data.labels as string[];
    const [demand, supply] = chart.data.datasets;
    expect([...labels].sort()).to.deep.equal(expected.items.map((item) => item.label).sort());
    for (const item of expected.items) {
      const index = labels.indexOf(item.label);
      expect(demand!.data[index], `demand of ${item.label}`).to.equal(item.demand);
      expect(supply!.data[index], `supply of ${item.label}`).to.equal(item.supply);
    }
    expect(board.shadowRoot!.querySelector("canvas.trend"), "a trend chart for a range of years").to.not.equal(null);
    expect(Chart.getChart(board.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.trend")!)!.data.labels).to.deep.equal(["2023", "2024", "2025"]);
    expect(part(board, "badge")!.textContent).to.equal("示例数据");
  });

  it("groups by industry with demand only, and passes axe", async () => {
    const { board } = await boardWith(createClient({ baseUrl }), { attributes: { "group-by": "industry", period: "2025" } });
    const chart = barChart(board);
    expect(chart.data.datasets).to.have.length(1);
    expect(text(board)).to.include("供给未统计");
    expect(text(board)).to.not.include("无供给");
    expect(board.shadowRoot!.querySelector("canvas.trend"), "no trend for one year").to.equal(null);
    await expect(board).to.be.accessible();
  });

  it("reloads when a built-in control changes the grouping", async () => {
    const { board } = await boardWith(createClient({ baseUrl }), { attributes: { controls: "", period: "2025" } });
    const select = part(board, "controls")!.querySelector("select")!;
    select.value = "level";
    select.dispatchEvent(new Event("change"));
    await settled(board);
    expect(board.getAttribute("group-by")).to.equal("level");
    await waitUntil(() => (barChart(board).data.labels as string[]).every((label) => ["中职", "高职专科", "职业本科"].includes(label)), "not grouped by level");
    await expect(board).to.be.accessible();
  });
});

describe("cj-talent-board in English", () => {
  let baseUrl: string;

  before(async () => {
    baseUrl = await apiUrl();
  });

  it("names the seeded major categories, industries, levels and regions in English, and keeps each group's key", async () => {
    const client = createClient({ baseUrl });
    const cases = [
      { groupBy: "major-category", apiGroupBy: "majorCategory", names: ["Electronics and information", "Equipment manufacturing"] },
      { groupBy: "industry", apiGroupBy: "industry", names: ["New-generation information technology", "New materials"] },
      { groupBy: "level", apiGroupBy: "level", names: ["Higher vocational (associate)", "Vocational bachelor"] },
      { groupBy: "region", apiGroupBy: "region", names: ["Suzhou", "Shenzhen"] },
    ] as const;
    for (const { groupBy, apiGroupBy, names } of cases) {
      const expected = await client.read(talentGaps, { groupBy: apiGroupBy });
      const { board } = await boardWith(client, { lang: "en", attributes: { "group-by": groupBy, view: "table" } });
      const rows = tableCells(board).map(([label]) => label!);
      expect(rows.length, `${groupBy} groups`).to.equal(expected.items.length);
      for (const name of names) expect(rows, groupBy).to.include(name);
      expect(rows.filter((label) => /[\u4e00-\u9fff]/.test(label)), `${groupBy} groups left in Chinese`).to.deep.equal([]);
      const selected = nextEvent(board, "cj-select");
      part(board, "table")!.querySelector<HTMLButtonElement>("tbody th button")!.click();
      const { value } = await selected;
      expect(expected.items.map((item) => item.key), "the selected group's key").to.include((value as GapItem).key);
    }
  });

  it("lists the industries of its control in English, and names them in Chinese on a Chinese page", async () => {
    const { board, wrapper } = await boardWith(createClient({ baseUrl }), { lang: "en", attributes: { controls: "" } });
    const industryOptions = () => [...part(board, "controls")!.querySelectorAll("select")[2]!.options].map((option) => option.textContent!.trim());
    expect(industryOptions()).to.include("Energy-saving and new-energy vehicles");
    wrapper.setAttribute("lang", "zh-CN");
    await waitUntil(() => industryOptions().includes("节能与新能源汽车"), "the industries stayed in English");
  });
});

describe("cj-talent-board views", () => {
  const gaps = gapsAnswer([
    { ...gapGroup("mc-51", "电子与信息大类", 1200, 800), labelEn: "Electronics and information" },
    { ...gapGroup("mc-46", "装备制造大类", 500, 900), labelEn: "Equipment manufacturing" },
    { ...gapGroup("mc-52", "医药卫生大类", 300, 0), labelEn: "Medicine and health" },
  ]);

  it("ranks the gap list from the largest shortage to surpluses, with ratios", async () => {
    const { board } = await boardWith(answering(gaps));
    const entries = [...part(board, "gap-list")!.querySelectorAll("li")].map((entry) => entry.textContent!.replace(/\s+/g, " ").trim());
    expect(entries).to.deep.equal(["电子与信息大类 短缺 400 1.5×", "医药卫生大类 短缺 300 无供给", "装备制造大类 富余 400 0.56×"]);
  });

  it("shows the same figures as a table, and passes axe there", async () => {
    const { board } = await boardWith(answering(gaps), { lang: "en", attributes: { view: "table" } });
    expect(board.shadowRoot!.querySelector("canvas")).to.equal(null);
    expect(tableCells(board)).to.deep.equal([
      ["Electronics and information", "1,200", "800", "400", "1.5"],
      ["Medicine and health", "300", "0", "300", "No supply"],
      ["Equipment manufacturing", "500", "900", "-400", "0.56"],
    ]);
    expect([...part(board, "table")!.querySelectorAll("thead th")].map((cell) => cell.textContent)).to.deep.equal([
      "Major category",
      "Demand",
      "Supply",
      "Gap (demand − supply)",
      "Demand per graduate",
    ]);
    await expect(board).to.be.accessible();
  });

  it("switches between chart and table with its view buttons", async () => {
    const { board } = await boardWith(answering(gaps));
    const [chartButton, tableButton] = part(board, "toolbar")!.querySelectorAll<HTMLButtonElement>("[role=group] button");
    tableButton!.click();
    await board.updateComplete;
    expect(board.getAttribute("view")).to.equal("table");
    expect(tableButton!.getAttribute("aria-pressed")).to.equal("true");
    expect(part(board, "table")).to.not.equal(null);
    chartButton!.click();
    await board.updateComplete;
    expect(barChart(board).data.labels).to.have.length(3);
  });

  it("fires cj-select with the group when Enter or Space is pressed in the gap list and the table", async () => {
    const { board } = await boardWith(answering(gaps));
    const buttons = part(board, "gap-list")!.querySelectorAll("button");
    buttons[2]!.focus();
    let selected = nextEvent(board, "cj-select");
    await sendKeys({ press: "Enter" });
    expect(((await selected).value as GapItem).key).to.equal("mc-46");

    board.view = "table";
    await board.updateComplete;
    part(board, "table")!.querySelector<HTMLButtonElement>("tbody tr:first-child button")!.focus();
    selected = nextEvent(board, "cj-select");
    await sendKeys({ press: "Space" });
    expect((await selected).value).to.deep.equal(gaps.items[0]);
  });

  it("fires cj-select with the group whose bar is clicked", async () => {
    const { board, wrapper } = await boardWith(answering(gaps));
    const chart = barChart(board);
    const bar = chart.getDatasetMeta(0).data[1]!;
    const canvas = chart.canvas;
    const box = canvas.getBoundingClientRect();
    const seen: string[] = [];
    wrapper.addEventListener("cj-select", (event) => seen.push((event.value as GapItem).key));
    await sendMouse({ type: "click", position: [Math.round(box.left + bar.x), Math.round(box.top + chart.chartArea.bottom - 2)] });
    // chart.js handles pointer events on the next animation frame.
    await waitUntil(() => seen.length > 0, "no cj-select from the click");
    // The groups are shown ranked, so the second bar is the second-largest shortage.
    expect(seen).to.deep.equal(["mc-52"]);
  });
});

describe("cj-talent-board CSV", () => {
  let captured: Blob[];
  const original = URL.createObjectURL;

  beforeEach(() => {
    captured = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      captured.push(blob as Blob);
      return original.call(URL, blob);
    };
  });

  afterEach(() => {
    URL.createObjectURL = original;
  });

  it("downloads exactly the rows shown, as UTF-8 CSV with a BOM and defused formulas", async () => {
    const gaps = gapsAnswer([gapGroup("mc-51", '=HYPERLINK("x"),"大类"', 1200, 800), gapGroup("mc-52", "医药卫生大类", 300, 0)]);
    const { board } = await boardWith(answering(gaps));
    part(board, "download")!.click();
    expect(captured).to.have.length(1);
    const blob = captured[0]!;
    expect(blob.type).to.equal("text/csv;charset=utf-8");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    expect(csv).to.equal(
      [
        '"专业大类","需求","供给","缺口（需求−供给）","供需比（需求/供给）"',
        '"\'=HYPERLINK(""x""),""大类""",1200,800,400,1.5',
        '"医药卫生大类",300,0,300,"无供给"',
        "",
      ].join("\r\n"),
    );
  });

  it("adds each year's demand and supply when the answer covers several years", async () => {
    const gaps = gapsAnswer([{ ...gapGroup("mc-51", "电子与信息大类", 200, 100, [2024, 2025]), labelEn: "Electronics and information" }], { periods: [2024, 2025] });
    const { board } = await boardWith(answering(gaps), { lang: "en" });
    part(board, "download")!.click();
    const csv = new TextDecoder().decode(new Uint8Array(await captured[0]!.arrayBuffer()).slice(3));
    expect(csv.split("\r\n")[0]).to.equal(
      '"Major category","Demand","Supply","Gap (demand − supply)","Demand per graduate","Demand 2024","Supply 2024","Demand 2025","Supply 2025"',
    );
    expect(csv.split("\r\n")[1]).to.equal('"Electronics and information",200,100,100,2,100,50,100,50');
  });
});

describe("cj-talent-board edge cases", () => {
  it("says so when no group matches", async () => {
    const { board } = await boardWith(answering(gapsAnswer([])));
    expect(text(board)).to.include("所选条件下没有人才供需数据");
    expect(board.shadowRoot!.querySelector("canvas")).to.equal(null);
    expect(part(board, "download")!.hasAttribute("disabled")).to.equal(true);
    await expect(board).to.be.accessible();
  });

  it("draws a single group", async () => {
    const { board } = await boardWith(answering(gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 10)])));
    expect(barChart(board).data.labels).to.deep.equal(["电子与信息大类"]);
    expect(part(board, "gap-list")!.textContent).to.include("持平");
  });

  it("shows zero supply as no supply, never as infinity", async () => {
    const { board } = await boardWith(answering(gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 0)])), { lang: "en" });
    expect(text(board)).to.include("No supply");
    board.view = "table";
    await board.updateComplete;
    expect(text(board)).to.include("No supply");
    expect(text(board)).to.not.match(/Infinity|∞|NaN/);
  });

  it("formats very large numbers with the locale's grouping", async () => {
    const huge = gapsAnswer([{ ...gapGroup("mc-51", "电子与信息大类", 2_000_000_000, 1), labelEn: "Electronics and information" }]);
    const { board } = await boardWith(answering(huge), { lang: "en", attributes: { view: "table" } });
    expect(tableCells(board)[0]).to.deep.equal(["Electronics and information", "2,000,000,000", "1", "1,999,999,999", "2,000,000,000"]);
  });

  it("marks sample figures and links only the http(s) sources", async () => {
    const gaps = gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 5)], { sample: true, sources: ["Generator (https://example.org/a)", "javascript:alert(1)"] });
    const { board } = await boardWith(answering(gaps), { lang: "en" });
    expect(part(board, "badge")!.textContent).to.equal("Sample data");
    const links = [...part(board, "source")!.querySelectorAll("a")].map((link) => link.href);
    expect(links).to.deep.equal(["https://example.org/a"]);
    expect(part(board, "source")!.textContent).to.include("javascript:alert(1)");
  });

  it("shows the error state on a 500, fires cj-error, and recovers on Retry", async () => {
    let fail = true;
    const gaps = gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 5)]);
    const { board, errors } = await boardWith(clientAnswering(() => (fail ? new Response(null, { status: 500 }) : gaps)));
    expect(errors).to.have.length(1);
    expect(errors[0]!.error).to.be.instanceOf(HttpError);
    expect(errors[0]!.error).to.have.property("status", 500);
    expect(text(board)).to.include("人才供需数据加载失败");
    await expect(board).to.be.accessible();

    fail = false;
    part(board, "retry")!.click();
    await settled(board);
    expect(barChart(board).data.labels).to.deep.equal(["电子与信息大类"]);
  });
});

describe("cj-talent-board chart size and colours", () => {
  const gaps = gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 5), gapGroup("mc-46", "装备制造大类", 4, 8)]);

  it("fits its container after a hidden tab is shown at another width", async () => {
    const { board, wrapper } = await boardWith(answering(gaps));
    wrapper.style.width = "600px";
    await waitUntil(() => Math.abs(barChart(board).width - part(board, "chart")!.clientWidth) < 1, "the chart did not fit 600px");
    wrapper.style.display = "none";
    wrapper.style.width = "400px";
    await new Promise((resolve) => requestAnimationFrame(resolve));
    wrapper.style.display = "";
    const container = part(board, "chart")!;
    await waitUntil(() => Math.abs(barChart(board).width - container.clientWidth) < 1, "the chart kept its width from before it was hidden");
    expect(container.clientWidth).to.be.lessThan(400);
  });

  it("draws inside a shadow root of the page at its container's size", async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: "open" });
    const provider = document.createElement("cj-provider");
    provider.client = answering(gaps);
    const board = document.createElement("cj-talent-board");
    provider.append(board);
    root.append(provider);
    await settled(board);
    await waitUntil(() => Math.abs(barChart(board).width - part(board, "chart")!.clientWidth) < 1, "the chart did not fit its container");
  });

  it("takes its bar colours from --cj-color-demand and follows a change", async () => {
    const { board, wrapper } = await boardWith(answering(gaps));
    wrapper.style.setProperty("--cj-color-demand", "rgb(1, 2, 3)");
    await waitUntil(() => barChart(board).data.datasets[0]!.backgroundColor === "rgb(1, 2, 3)", "the demand colour was not applied");
    wrapper.style.setProperty("--cj-color-supply", "rgb(4, 5, 6)");
    await waitUntil(() => barChart(board).data.datasets[1]!.backgroundColor === "rgb(4, 5, 6)", "the supply colour did not follow");
  });

  it("destroys its charts when removed", async () => {
    const { board } = await boardWith(answering(gaps));
    const canvas = board.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.bar")!;
    board.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });
});
