import { createClient, HttpError, majorSignals, talentGaps, type BaseClient, type TalentGaps } from "@chanjiao/sdk";
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
import { capturedDownloads } from "../test-support/downloads.js";
import { expectInsideBox, settled } from "../test-support/widgets.js";

function part(board: CjTalentBoard, name: string): HTMLElement | null {
  return board.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(board: CjTalentBoard): string {
  return part(board, "board")!.textContent!.replace(/\s+/g, " ");
}

function trendChart(board: CjTalentBoard): Chart {
  const chart = Chart.getChart(board.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.trend")!);
  if (!chart) throw new Error("no trend chart drawn");
  return chart;
}

/** The ranking's rows as a reader meets them: name, mark of a persistent imbalance, figure in words, ratio. */
function rankingRows(board: CjTalentBoard): Array<{ label: string; signal: string; spoken: string; ratio: string; bar: string }> {
  return [...part(board, "gap-list")!.querySelectorAll("li")].map((row) => ({
    label: row.querySelector(".label")!.textContent!,
    signal: row.querySelector(".signal")?.textContent ?? "",
    spoken: row.querySelector(".visually-hidden")!.textContent!,
    ratio: row.querySelector(".ratio")!.textContent!,
    bar: row.querySelector("svg text")!.textContent!,
  }));
}

/** The paired bars' rows: name and the widths of the demand and supply bars. */
function pairedRows(board: CjTalentBoard): Array<{ label: string; spoken: string }> {
  return [...part(board, "chart")!.querySelectorAll("li")].map((row) => ({
    label: row.querySelector(".label")!.textContent!,
    spoken: row.querySelector(".visually-hidden")!.textContent!,
  }));
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

  it("ranks the API's gaps, pairs demand with supply, and marks the API's persistent imbalances", async () => {
    const client = createClient({ baseUrl });
    const query = { groupBy: "majorCategory", region: "320000", period: "2021-2025" } as const;
    const expected = await client.read(talentGaps, query);
    const signals = await client.read(majorSignals, { region: "320000", period: 2025 });
    expect(expected.items.length, "the seed has gaps for 江苏").to.be.greaterThan(1);
    expect(signals.items.length, "the seed has persistent imbalances in 江苏").to.be.greaterThan(0);
    const { board } = await boardWith(client, { attributes: { region: "320000", period: "2021-2025" } });

    const rows = rankingRows(board);
    const byGap = [...expected.items].sort((a, b) => b.gap! - a.gap!);
    expect(rows.map((row) => row.label)).to.deep.equal(byGap.map((item) => item.label));
    expect(rows.map((row) => row.bar)).to.deep.equal(byGap.map((item) => Math.abs(item.gap!).toLocaleString("zh-CN")));
    expect(rows.map((row) => row.spoken)).to.deep.equal(byGap.map((item) => `${item.gap! > 0 ? "短缺" : "富余"} ${Math.abs(item.gap!).toLocaleString("zh-CN")}`));
    const marked = rows.filter((row) => row.signal).map((row) => [row.label, row.signal]);
    expect(marked).to.have.deep.members(signals.items.map((item) => [item.label, item.signal === "shortage" ? "持续短缺" : "持续富余"]));
    expect(part(board, "ranking")!.textContent).to.include("近5年".replace("5", String(signals.periods.length)));

    // Groups of equal demand (categories no priority industry draws on have none) keep the ranking's order.
    const byDemand = [...byGap].sort((a, b) => b.demand - a.demand);
    expect(pairedRows(board).map((row) => row.label)).to.deep.equal(byDemand.map((item) => item.label));
    expect(pairedRows(board)[0]!.spoken).to.equal(`需求 ${byDemand[0]!.demand.toLocaleString("zh-CN")} 供给 ${byDemand[0]!.supply!.toLocaleString("zh-CN")}`);
    expect(trendChart(board).data.labels).to.deep.equal(["2021", "2022", "2023", "2024", "2025"]);
    expect(part(board, "badge")!.textContent).to.equal("示例数据");
    await expect(board).to.be.accessible();
  });

  it("groups by industry with demand only, and passes axe", async () => {
    const { board } = await boardWith(createClient({ baseUrl }), { attributes: { "group-by": "industry", period: "2025" } });
    expect(part(board, "chart"), "no paired bars without supply").to.equal(null);
    expect(rankingRows(board).every((row) => row.spoken.startsWith("需求 ")), "demand bars").to.equal(true);
    expect(text(board)).to.include("人才需求排名");
    expect(text(board)).to.include("供给未统计");
    expect(text(board)).to.not.include("无供给");
    expect(board.shadowRoot!.querySelector("canvas.trend"), "no trend for one year").to.equal(null);
    await expect(board).to.be.accessible();
  });

  it("groups by 专业类 from its control, each class named once across the levels, and passes axe", async () => {
    const client = createClient({ baseUrl });
    const expected = await client.read(talentGaps, { groupBy: "majorClass", period: "2025" });
    const { board } = await boardWith(client, { attributes: { controls: "", period: "2025" } });
    const select = part(board, "controls")!.querySelector("select")!;
    expect([...select.options].map((option) => option.textContent!.trim())).to.include("专业类");
    select.value = "major-class";
    select.dispatchEvent(new Event("change"));
    await settled(board);
    expect(board.getAttribute("group-by")).to.equal("major-class");
    await waitUntil(() => rankingRows(board).length === expected.items.length, "not grouped by class");
    const labels = rankingRows(board).map((row) => row.label);
    expect(labels).to.include("计算机类");
    expect(new Set(labels).size).to.equal(labels.length);
    await expect(board).to.be.accessible();
    board.view = "table";
    await board.updateComplete;
    expect(part(board, "table")!.querySelector("thead th")!.textContent).to.equal("专业类");
  });

  it("reloads when a built-in control changes the grouping", async () => {
    const { board } = await boardWith(createClient({ baseUrl }), { attributes: { controls: "", period: "2025" } });
    const select = part(board, "controls")!.querySelector("select")!;
    select.value = "level";
    select.dispatchEvent(new Event("change"));
    await settled(board);
    expect(board.getAttribute("group-by")).to.equal("level");
    await waitUntil(() => rankingRows(board).every((row) => ["中职", "高职专科", "职业本科"].includes(row.label)), "not grouped by level");
    await expect(board).to.be.accessible();
  });
});

describe("cj-talent-board in English", () => {
  let baseUrl: string;

  before(async () => {
    baseUrl = await apiUrl();
  });

  it("names the seeded major categories, classes, industries, levels and regions in English, and keeps each group's key", async () => {
    const client = createClient({ baseUrl });
    const cases = [
      { groupBy: "major-category", apiGroupBy: "majorCategory", names: ["Electronics and information", "Equipment manufacturing"] },
      { groupBy: "major-class", apiGroupBy: "majorClass", names: ["Computing"] },
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

  it("ranks the gaps from the largest shortage to surpluses, shortages and surpluses on either side of zero, with ratios", async () => {
    const { board } = await boardWith(answering(gaps));
    expect(rankingRows(board).map(({ label, spoken, ratio }) => [label, spoken, ratio])).to.deep.equal([
      ["电子与信息大类", "短缺 400", "1.5×"],
      ["医药卫生大类", "短缺 300", "无供给"],
      ["装备制造大类", "富余 400", "0.56×"],
    ]);
    const bars = [...part(board, "gap-list")!.querySelectorAll("rect")].map((bar) => bar.getBoundingClientRect());
    const zero = part(board, "gap-list")!.querySelector("line")!.getBoundingClientRect().left;
    expect(bars[0]!.left, "a shortage starts at zero").to.be.closeTo(zero, 1);
    expect(bars[2]!.right, "a surplus ends at zero").to.be.closeTo(zero, 1);
    expect(bars[0]!.width, "equal gaps, equal bars").to.be.closeTo(bars[2]!.width, 0.5);
    expect(text(board)).to.include("← 富余").and.to.include("短缺 →");
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
    expect(rankingRows(board)).to.have.length(3);
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

  it("highlights the trend of the row hovered over or focused, the largest shortage until then", async () => {
    const grid = gapsGrid(4, 3);
    const { board } = await boardWith(answering(grid));
    const highlightedLine = () => trendChart(board).data.datasets.findIndex((dataset) => dataset.borderWidth === 3);
    const rows = part(board, "gap-list")!.querySelectorAll("button");
    expect(highlightedLine()).to.equal(0);
    expect(rows[0]!.classList.contains("highlighted")).to.equal(true);
    rows[2]!.focus();
    await board.updateComplete;
    expect(highlightedLine(), "focus").to.equal(2);
    expect(part(board, "trend")!.textContent).to.include(`突出显示：${rankingRows(board)[2]!.label}`);
    rows[1]!.dispatchEvent(new MouseEvent("mouseenter"));
    await board.updateComplete;
    expect(highlightedLine(), "hover").to.equal(1);
  });
});

describe("cj-talent-board CSV", () => {
  const captured = capturedDownloads();

  it("downloads exactly the rows shown, as UTF-8 CSV with a BOM and defused formulas", async () => {
    const gaps = gapsAnswer([gapGroup("mc-51", '=HYPERLINK("x"),"大类"', 1200, 800), gapGroup("mc-52", "医药卫生大类", 300, 0)]);
    const { board } = await boardWith(answering(gaps));
    part(board, "download")!.click();
    await waitUntil(() => captured.length === 1, "no CSV", { timeout: 8000 });
    expect(captured).to.have.length(1);
    const blob = captured[0]!;
    expect(blob.name).to.equal("人才供需-专业大类.csv");
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
    await waitUntil(() => captured.length === 1, "no CSV", { timeout: 8000 });
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
    expect(rankingRows(board).map((row) => [row.label, row.spoken])).to.deep.equal([["电子与信息大类", "持平"]]);
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
    expect(rankingRows(board).map((row) => row.label)).to.deep.equal(["电子与信息大类"]);
  });
});

describe("cj-talent-board chart size and colours", () => {
  const gaps = gapsGrid(3, 3);

  it("fits its trend chart to its container after a hidden tab is shown at another width", async () => {
    const { board, wrapper } = await boardWith(answering(gaps));
    wrapper.style.width = "600px";
    await waitUntil(() => Math.abs(trendChart(board).width - part(board, "trend")!.querySelector("div")!.clientWidth) < 1, "the chart did not fit 600px");
    wrapper.style.display = "none";
    wrapper.style.width = "400px";
    await new Promise((resolve) => requestAnimationFrame(resolve));
    wrapper.style.display = "";
    const container = part(board, "trend")!.querySelector("div")!;
    await waitUntil(() => Math.abs(trendChart(board).width - container.clientWidth) < 1, "the chart kept its width from before it was hidden");
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
    await waitUntil(() => Math.abs(trendChart(board).width - part(board, "trend")!.querySelector("div")!.clientWidth) < 1, "the chart did not fit its container");
  });

  it("takes its colours from --cj-color-demand, --cj-color-supply and --cj-color-highlight and follows a change", async () => {
    const mixed = gapsAnswer([gapGroup("mc-51", "电子与信息大类", 10, 5, [2024, 2025]), gapGroup("mc-46", "装备制造大类", 4, 8, [2024, 2025])], { periods: [2024, 2025] });
    const { board, wrapper } = await boardWith(answering(mixed));
    const fill = (selector: string) => getComputedStyle(part(board, "gap-list")!.querySelector(selector)!).fill;
    wrapper.style.setProperty("--cj-color-demand", "rgb(1, 2, 3)");
    wrapper.style.setProperty("--cj-color-supply", "rgb(4, 5, 6)");
    expect(fill("rect.shortage")).to.equal("rgb(1, 2, 3)");
    expect(fill("rect.surplus")).to.equal("rgb(4, 5, 6)");
    wrapper.style.setProperty("--cj-color-highlight", "rgb(7, 8, 9)");
    await waitUntil(() => trendChart(board).data.datasets[0]!.borderColor === "rgb(7, 8, 9)", "the highlight colour did not follow");
  });

  it("destroys its trend chart when removed", async () => {
    const { board } = await boardWith(answering(gaps));
    const canvas = board.shadowRoot!.querySelector<HTMLCanvasElement>("canvas.trend")!;
    board.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });

  for (const width of [320, 1366]) {
    it(`keeps 10,000-character names inside a ${width}px column`, async () => {
      const long = "职业教育产教融合共同体".repeat(910).slice(0, 10_000);
      const wide = gapsAnswer([gapGroup("mc-51", long, 10, 5, [2024, 2025]), gapGroup("mc-46", `${long}B`, 4, 8, [2024, 2025])], { periods: [2024, 2025], sources: [long] });
      const { board, wrapper } = await boardWith(answering(wide), { attributes: { controls: "" } });
      wrapper.style.width = `${width}px`;
      await board.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expectInsideBox(board);
      expect(board.getBoundingClientRect().width).to.be.at.most(width);
    });
  }
});

describe("cj-talent-board graphic downloads", () => {
  const captured = capturedDownloads();

  const gaps = gapsAnswer([gapGroup("mc-51", "<script>&</script>大类", 1200, 800, [2024, 2025]), gapGroup("mc-46", "装备制造大类", 500, 900, [2024, 2025])], {
    sample: true,
    periods: [2024, 2025],
  });

  /** Clicks the PNG or SVG button in a graphic's caption and answers the file it saved. */
  async function saved(board: CjTalentBoard, figure: "ranking" | "chart" | "trend", format: "png" | "svg"): Promise<File> {
    const before = captured.length;
    part(board, figure)!.querySelector<HTMLElement>(`[part~="download-${format}"]`)!.click();
    await waitUntil(() => captured.length > before, `no ${format} of the ${figure}`, { timeout: 8000 });
    return captured.at(-1)!;
  }

  async function svgDocument(file: File): Promise<Document> {
    expect(file.type).to.equal("image/svg+xml");
    const document = new DOMParser().parseFromString(await file.text(), "image/svg+xml");
    expect(document.querySelector("parsererror"), "well-formed").to.equal(null);
    expect(document.querySelector("script"), "a name stays text").to.equal(null);
    return document;
  }

  const texts = (document: Document) => [...document.querySelectorAll("text")].map((node) => node.textContent);
  const number = (element: Element, name: string) => Number(element.getAttribute(name));

  it("downloads the ranking as an SVG file with its names, figures and sources as text", async () => {
    const { board } = await boardWith(answering(gaps));
    const file = await saved(board, "ranking", "svg");
    expect(file.name).to.equal("人才供需-供需缺口排名-专业大类.svg");
    const document = await svgDocument(file);
    expect(texts(document)).to.include.members(["人才供需 · 供需缺口排名", "<script>&</script>大类", "400", "1.5×", "← 富余", "短缺 →", "示例数据", "来源：Test fixture (https://example.org/gaps)"]);
    expect(document.querySelectorAll("rect[fill]")).to.have.length(3);
  });

  it("downloads the paired bars as an SVG file: a bar per figure, as long as its figure, under the title and above the sources", async () => {
    const { board } = await boardWith(answering(gaps));
    const file = await saved(board, "chart", "svg");
    expect(file.name).to.equal("人才供需-需求与供给-专业大类.svg");
    const document = await svgDocument(file);
    expect(texts(document)).to.include.members(["人才供需 · 需求与供给", "需求", "供给", "<script>&</script>大类", "装备制造大类", "1,200", "800", "500", "900", "示例数据", "来源：Test fixture (https://example.org/gaps)"]);
    // Each bar is followed by its figure; the longest bar is the largest figure.
    const bars = [...document.querySelectorAll("rect")].filter((rect) => rect.nextElementSibling?.localName === "text" && /^[\d,]+$/.test(rect.nextElementSibling.textContent!));
    const widths = Object.fromEntries(bars.map((rect) => [rect.nextElementSibling!.textContent!, number(rect, "width")]));
    expect(Object.keys(widths).sort()).to.deep.equal(["1,200", "500", "800", "900"]);
    for (const [figure, width] of Object.entries(widths)) expect(width / widths["1,200"]!, figure).to.be.closeTo(Number(figure.replace(",", "")) / 1200, 0.01);
  });

  it("downloads the trend as an SVG file drawn from the series: the highlighted group in colour above the other", async () => {
    const { board } = await boardWith(answering(gaps));
    const file = await saved(board, "trend", "svg");
    expect(file.name).to.equal("人才供需-历年供需缺口-专业大类.svg");
    const document = await svgDocument(file);
    expect(texts(document)).to.include.members(["人才供需 · 历年供需缺口", "2024", "2025", "<script>&</script>大类", "其他各组", "0", "示例数据", "来源：Test fixture (https://example.org/gaps)"]);
    const segments = (strokeWidth: string) => [...document.querySelectorAll(`line[stroke-width="${strokeWidth}"]`)].filter((line) => number(line, "x2") - number(line, "x1") > 100);
    const [highlighted] = segments("3");
    const [other] = segments("1.5");
    expect(highlighted, "the highlighted group's line (a shortage of 200 each year)").to.not.equal(undefined);
    expect(other, "the other group's line (a surplus of 200 each year)").to.not.equal(undefined);
    expect(number(highlighted!, "y1")).to.equal(number(highlighted!, "y2"));
    expect(number(highlighted!, "y1"), "the shortage above the surplus").to.be.lessThan(number(other!, "y1"));
  });

  it("names the files in English on an English page", async () => {
    const { board } = await boardWith(answering(gaps), { lang: "en" });
    const names = [];
    for (const figure of ["ranking", "chart", "trend"] as const) names.push((await saved(board, figure, "svg")).name);
    part(board, "download")!.click();
    await waitUntil(() => captured.length === 4, "no CSV", { timeout: 8000 });
    names.push(captured[3]!.name);
    expect(names).to.deep.equal([
      "Talent supply and demand-Gaps, largest shortage first-Major category.svg",
      "Talent supply and demand-Demand and supply-Major category.svg",
      "Talent supply and demand-Gap by year-Major category.svg",
      "Talent supply and demand-Major category.csv",
    ]);
    expect(texts(await svgDocument(captured[2]!))).to.include.members(["Talent supply and demand · Gap by year", "Other groups", "Sample data"]);
  });

  for (const figure of ["ranking", "chart", "trend"] as const) {
    it(`downloads the ${figure} as a PNG image twice the size of its SVG`, async () => {
      const { board } = await boardWith(answering(gaps), { lang: "en" });
      const svgFile = await svgDocument(await saved(board, figure, "svg"));
      const png = await saved(board, figure, "png");
      expect(png.type).to.equal("image/png");
      expect(png.name.endsWith(".png")).to.equal(true);
      const image = await createImageBitmap(png);
      expect(image.width).to.equal(2 * number(svgFile.documentElement, "width"));
      expect(image.height).to.equal(2 * number(svgFile.documentElement, "height"));
      expect(image.width).to.equal(1520);
    });
  }

  it("offers each graphic's downloads by keyboard, named after the graphic, and passes an accessibility audit", async () => {
    const { board } = await boardWith(answering(gaps));
    const groups = [...board.shadowRoot!.querySelectorAll(".downloads")].map((group) => [group.getAttribute("role"), group.getAttribute("aria-label"), [...group.querySelectorAll("button")].map((button) => button.textContent)]);
    expect(groups).to.deep.equal([
      ["group", "下载供需缺口排名", ["PNG", "SVG"]],
      ["group", "下载需求与供给", ["PNG", "SVG"]],
      ["group", "下载历年供需缺口", ["PNG", "SVG"]],
    ]);
    part(board, "trend")!.querySelector<HTMLElement>('[part~="download-png"]')!.focus();
    await sendKeys({ press: "Enter" });
    await waitUntil(() => captured.length === 1, "Enter saved no file", { timeout: 8000 });
    expect(captured[0]!.name).to.equal("人才供需-历年供需缺口-专业大类.png");
    await expect(board).to.be.accessible();
  });
});

describe("cj-talent-board first graphic", () => {
  const firstGraphics = () => performance.getEntriesByName("cj-talent-board:first-graphic", "mark");

  it("marks its first graphic drawn with data in the page's performance timeline, once, and not for a failed load", async () => {
    performance.clearMarks("cj-talent-board:first-graphic");
    await boardWith(clientAnswering(() => new Response(null, { status: 500 })));
    expect(firstGraphics()).to.have.length(0);

    const started = performance.now();
    const { board } = await boardWith(answering(gapsGrid(3, 2)));
    expect(firstGraphics()).to.have.length(1);
    expect(firstGraphics()[0]!.startTime).to.be.at.least(started);
    board.view = "table";
    await board.updateComplete;
    board.view = "chart";
    await settled(board);
    expect(firstGraphics()).to.have.length(1);
  });

  it("draws an answer in hand with its first drawing, without a flash of its loading state", async () => {
    const provider = await fixture<HTMLElement>(html`<cj-provider .client=${answering(gapsGrid(3, 2))}></cj-provider>`);
    const board = document.createElement("cj-talent-board");
    provider.append(board);
    const drawn: Node[] = [];
    new MutationObserver((records) => drawn.push(...records.flatMap((record) => [...record.addedNodes]))).observe(board.shadowRoot!, { childList: true, subtree: true });
    await settled(board);
    expect(rankingRows(board), "the ranking").to.have.length(3);
    expect(drawn.some((node) => node instanceof Element && (node.matches('[aria-busy="true"]') || node.querySelector('[aria-busy="true"]'))), "a loading state drawn").to.equal(false);
  });
});
