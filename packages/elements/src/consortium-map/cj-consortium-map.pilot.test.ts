import type { ProvincePilot } from "@chanjiao/sdk";
import { expect, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl } from "../test-support/api.js";
import { type MapSettings, mountMap, tile, tileValue } from "../test-support/consortium-map.js";
import { part, settled } from "../test-support/widgets.js";

const shandong = "370000";

describe("cj-consortium-map reform pilot measure", () => {
  let baseUrl: string;
  let pilots: ProvincePilot[];

  before(async () => {
    baseUrl = await apiUrl();
    pilots = ((await (await fetch(`${baseUrl}/province-pilots?limit=200`)).json()) as { items: ProvincePilot[] }).items;
  });

  const mapWith = (settings: MapSettings = {}) => mountMap(baseUrl, { width: 760, measure: "pilot", ...settings });

  it("colours 山东 by its latest stage and names every stage it has had", async () => {
    const stages = pilots.filter((pilot) => pilot.province === shandong).map((pilot) => pilot.stage);
    expect(stages).to.include("new-model");
    const map = await mapWith();
    expect(tile(map, shandong).getAttribute("class")).to.include("bin-2");
    expect(tileValue(map, shandong)).to.equal("新模式");
    const label = tile(map, shandong).getAttribute("aria-label")!;
    expect(label).to.include("省域现代职业教育体系建设新模式");
    if (stages.includes("highland")) expect(label).to.include("职业教育创新发展高地");
    expect(tile(map, shandong).querySelector("title")!.textContent).to.equal(label);
  });

  it("shows a province without a record as its own category, not as zero", async () => {
    const recorded = new Set(pilots.map((pilot) => pilot.province));
    const without = ["540000", "650000", "710000", "810000"].find((code) => !recorded.has(code))!;
    const map = await mapWith();
    expect(tile(map, without).getAttribute("class")).to.include("bin-none");
    expect(tile(map, without).getAttribute("aria-label")).to.include("无试点记录");
    expect(tileValue(map, without)).to.equal("–");
    (part(map, "view-toggle") as HTMLButtonElement).click();
    await settled(map);
    const rows = [...part(map, "table")!.querySelectorAll("tbody tr")].map((row) => row.textContent!.replace(/\s+/g, " ").trim());
    expect(rows.some((row) => row.includes("无试点记录"))).to.equal(true);
    expect(rows.find((row) => row.startsWith("山东省"))).to.include("省域现代职业教育体系建设新模式");
  });

  it("lists the stages in its legend, with no pilot record as a category, in zh-CN and en", async () => {
    const zh = [...part(await mapWith(), "legend")!.querySelectorAll("li")].map((item) => item.textContent!.trim());
    expect(zh).to.deep.equal(["国家职业教育改革试验区", "职业教育创新发展高地", "省域现代职业教育体系建设新模式", "无试点记录"]);
    const enMap = await mapWith({ lang: "en" });
    const en = [...part(enMap, "legend")!.querySelectorAll("li")].map((item) => item.textContent!.trim());
    expect(en).to.deep.equal([
      "National vocational education reform trial zone",
      "Vocational education innovation highland",
      "New model of a provincial modern vocational education system",
      "No pilot record",
    ]);
    expect(part(enMap, "legend")!.querySelector(".legend-title")!.textContent).to.include("Reform pilot");
    expect(tile(enMap, shandong).getAttribute("aria-label")).to.include("Shandong");
  });

  it("drills into a province from the keyboard and names its stages beside the grid, with no ranking of stages", async () => {
    const map = await mapWith();
    expect(part(map, "panel")!.querySelector(".bars")).to.equal(null);
    tile(map, shandong).focus();
    await sendKeys({ press: "Enter" });
    await settled(map);
    expect(map.province).to.equal(shandong);
    expect(part(map, "panel")!.textContent).to.include("改革试点：");
    expect(part(map, "panel")!.textContent).to.include("省域现代职业教育体系建设新模式");
    // Pilots are a province's: the panel neither lists cities nor says that theirs are missing.
    expect(part(map, "panel")!.textContent).not.to.include("各城市");
    expect(part(map, "panel")!.textContent).not.to.include("暂无城市一级的数据");
  });

  it("writes the stages into the CSV", async () => {
    const map = await mapWith();
    const saved: Blob[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return createObjectURL(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      (part(map, "download") as HTMLButtonElement).click();
      await waitUntil(() => saved.length > 0, "no CSV was saved");
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const csv = await saved[0]!.text();
    expect(csv).to.include("改革试点");
    expect(csv).to.match(/"山东省","[^"]*省域现代职业教育体系建设新模式"/);
    expect(csv).to.include("无试点记录");
  });

  it("passes an accessibility audit in zh-CN and en", async () => {
    await expect(await mapWith()).to.be.accessible();
    await expect(await mapWith({ lang: "en", province: shandong })).to.be.accessible();
  });
});
