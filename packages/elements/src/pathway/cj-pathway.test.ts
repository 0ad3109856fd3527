import { collect } from "../shared/collect.js";
import { createClient, type Major, type Pathway, type Programme } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../define.js";
import type { CjErrorEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { pageFrom, sampleCategory, sampleProgramme } from "../test-support/school-fixtures.js";
import type { CjPathway, PathwayStepSelection } from "./cj-pathway.js";
import { settled } from "../test-support/widgets.js";

type Client = ReturnType<typeof createClient>;

const samplePathway: Pathway = {
  id: "test-pathway",
  name: "装备制造类中职—高职专科—职业本科贯通",
  kind: "progression",
  majorCategoryId: "mc-46",
  schoolId: null,
  steps: [
    { level: "中职", years: 3, entry: "中考" },
    { level: "高职专科", years: 3, entry: "职教高考" },
    { level: "职业本科", years: 2, entry: "专升本" },
  ],
  source: "Test fixture",
  citations: [],
  sample: false,
};

function parts(widget: CjPathway, name: string): Element[] {
  return [...widget.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
}

function text(widget: CjPathway): string {
  return parts(widget, "pathway")[0]!.textContent!.replace(/\s+/g, " ");
}


function fakeApi(pathways: () => readonly Pathway[] | Response, programmes: readonly Programme[] = []) {
  return clientAnswering((url) => {
    if (url.pathname.endsWith("/major-categories/mc-46")) return sampleCategory;
    if (url.pathname.endsWith("/majors")) return pageFrom([], url);
    if (url.pathname.endsWith("/programmes")) return pageFrom(programmes, url);
    if (url.pathname.includes("/organisations/")) return new Response(null, { status: 404 });
    const served = pathways();
    return served instanceof Response ? served : pageFrom(served, url);
  });
}

async function pathwayWith(client: Client, attributes: { category?: string; major?: string; region?: string; schoolId?: string; view?: string; lang?: string } = {}) {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${attributes.lang ?? "zh-CN"} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}>
        <cj-pathway
          major-category=${attributes.category ?? ""}
          major=${attributes.major ?? ""}
          region=${attributes.region ?? ""}
          school-id=${attributes.schoolId ?? ""}
          view=${attributes.view ?? "diagram"}
        ></cj-pathway>
      </cj-provider>
    </div>
  `);
  const widget = wrapper.querySelector("cj-pathway")!;
  await settled(widget);
  return { widget, errors };
}

describe("cj-pathway against the API server", () => {
  let client: Client;
  let seeded: Pathway[];

  before(async () => {
    client = createClient({ baseUrl: await apiUrl() });
    seeded = (await client.pathways.list({ majorCategoryId: "mc-46", limit: 200 })).items;
    if (seeded.length === 0) throw new Error("the seeded database has no pathways for 装备制造大类");
  });

  it("draws one row per pathway with a focusable box per step, and the same pathways as a list", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-46" });
    const diagram = parts(widget, "diagram")[0]!;
    expect(diagram.querySelectorAll(".row")).to.have.length(seeded.length);
    expect(parts(widget, "step")).to.have.length(seeded.reduce((sum, pathway) => sum + pathway.steps.length, 0));
    const listed = [...widget.shadowRoot!.querySelectorAll(".pathway-name")].map((name) => name.textContent!.trim());
    expect(listed.sort()).to.deep.equal(seeded.map((pathway) => pathway.name).sort());
    expect(text(widget)).to.include("职教高考");
    expect(parts(widget, "title")[0]!.textContent).to.include("装备制造大类");
    expect(parts(widget, "badge")).to.have.length(seeded.some((pathway) => pathway.sample) ? 1 : 0);
  });

  it("finds the field from a major code", async () => {
    const { items } = await client.majors.list({ majorCategoryId: "mc-46", limit: 1 });
    const { widget } = await pathwayWith(client, { major: items[0]!.code });
    expect(widget.shadowRoot!.querySelectorAll(".pathway-item")).to.have.length(seeded.length);
  });

  it("lists the programmes of the region at each level", async () => {
    const offered = (await client.programmes.list({ majorCategoryId: "mc-46", limit: 200 })).items;
    const region = offered[0]!.province!;
    const inRegion = offered.filter((programme) => programme.province === region);
    const { widget } = await pathwayWith(client, { category: "mc-46", region, view: "list" });
    const listedText = parts(widget, "programmes").map((list) => list.textContent!).join(" ");
    for (const programme of inRegion) expect(listedText).to.include(programme.majorName);
    expect(listedText).to.include((await client.organisations.get(inRegion[0]!.schoolId)).name);
  });

  it("passes an accessibility audit as a diagram and as a list", async () => {
    const { widget: diagram } = await pathwayWith(client, { category: "mc-46" });
    await expect(diagram).to.be.accessible();
    const { widget: list } = await pathwayWith(client, { category: "mc-46", view: "list" });
    await expect(list).to.be.accessible();
  });

  it("speaks English under lang=en", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-46", lang: "en", view: "list" });
    expect(text(widget)).to.include("Pathways in Equipment manufacturing");
    expect(text(widget)).to.include("Entry: vocational college entrance exam");
    expect(text(widget)).to.include("Entry: associate-to-bachelor exam");
    expect(text(widget)).to.include("Vocational bachelor");
    expect(text(widget), "an entry route left in Chinese").not.to.match(/Entry: [\u4e00-\u9fff]/);
  });

  it("labels the diagram's arrows with the entry routes in English under lang=en", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-46", lang: "en" });
    const arrows = [...widget.shadowRoot!.querySelectorAll(".entry")].map((entry) => entry.textContent!);
    expect(arrows).to.include("Zhongkao");
    expect(arrows).to.include("Vocational gaokao");
    expect(arrows.filter((arrow) => /[\u4e00-\u9fff]/.test(arrow)), "arrows left in Chinese").to.deep.equal([]);
  });

  for (const width of [320, 390]) {
    it(`stacks every step inside the widget at ${width} px, in Chinese and in English`, async () => {
      for (const lang of ["zh-CN", "en"]) {
        const { widget } = await pathwayWith(client, { category: "mc-46", lang });
        widget.style.width = `${width}px`;
        await widget.updateComplete;
        const box = widget.getBoundingClientRect();
        const steps = parts(widget, "step").map((step) => step.getBoundingClientRect());
        expect(steps.length).to.be.greaterThan(3);
        for (const step of steps) {
          expect(step.right, lang).to.be.at.most(box.right + 0.5);
          expect(step.width, lang).to.be.greaterThan(0);
        }
        // Stacked: the second step of a row sits below the first.
        expect(steps[1]!.top).to.be.greaterThan(steps[0]!.bottom);
        expect(widget.shadowRoot!.querySelector(".pathway")!.scrollWidth, lang).to.be.at.most(width);
        widget.style.width = "";
      }
    });
  }
});

describe("cj-pathway on the catalogue's majors", () => {
  let client: Client;
  let field: Major[];

  before(async () => {
    client = createClient({ baseUrl: await apiUrl() });
    field = await collect(client.majors.all({ majorCategoryId: "mc-51", limit: 200 }));
  });

  const stepCounts = (widget: CjPathway) => parts(widget, "step").map((step) => step.getAttribute("aria-label")!);
  const count = (level: string) => field.filter((major) => major.level === level).length;
  /** The level a step's label names: "<pathway>：<level>，<years> · <count>，…". */
  const levelIn = (label: string) => label.split("：")[1]!.split("，")[0]!;

  it("shows 电子与信息大类's real number of majors at every stage, none of them 0", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-51" });
    const pathways = (await client.pathways.list({ majorCategoryId: "mc-51", limit: 200 })).items;
    expect(pathways.length).to.be.greaterThan(0);
    const labels = stepCounts(widget);
    expect(labels).to.have.length(pathways.reduce((sum, pathway) => sum + pathway.steps.length, 0));
    for (const label of labels) expect(label).to.include(`${count(levelIn(label))}个专业`);
    for (const level of ["中职", "高职专科", "职业本科"]) expect(count(level), level).to.be.greaterThan(0);
    expect(text(widget)).not.to.include(" 0个专业");
  });

  it("lists the majors of a stage when it is chosen, names with their codes", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-51" });
    const steps = parts(widget, "step");
    const selected = nextEvent(widget, "cj-select");
    steps[1]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const value = (await selected).value as PathwayStepSelection;
    await widget.updateComplete;
    const level = value.step.level;
    expect(value.majors.map((major) => major.code).sort()).to.deep.equal(field.filter((major) => major.level === level).map((major) => major.code).sort());
    const listed = parts(widget, "majors")[0]!;
    expect(listed.querySelectorAll("li")).to.have.length(count(level));
    expect(listed.textContent).to.include(level === "高职专科" ? "计算机应用技术" : "计算机应用");
    expect(listed.textContent).to.include(level === "高职专科" ? "510201" : "710201");
    await expect(widget).to.be.accessible();
  });

  it("given one major, shows its 专业类 slot at each stage: the majors it leads on to, not the whole 大类", async () => {
    const { stages } = await client.majors.leadsOn("710201");
    const { widget } = await pathwayWith(client, { major: "710201" });
    const own = field.filter((major) => major.classCode === "7102");
    const slot = new Map<string, number>([["中职", own.length], ...stages.map((stage) => [stage.level, stage.majors.length] as [string, number])]);
    const labels = stepCounts(widget);
    expect(labels.length).to.be.greaterThan(0);
    for (const label of labels) expect(label).to.include(`${slot.get(levelIn(label))}个专业`);
    for (const level of ["高职专科", "职业本科"]) expect(slot.get(level), level).to.be.lessThan(count(level));
    expect(text(widget)).to.include("计算机应用");
    expect(text(widget)).to.include("并非官方衔接表");
    const later = parts(widget, "step").findIndex((step) => levelIn(step.getAttribute("aria-label")!) === "高职专科");
    const selected = nextEvent(widget, "cj-select");
    parts(widget, "step")[later]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const value = (await selected).value as PathwayStepSelection;
    expect(value.majors.map((major) => major.code).sort()).to.deep.equal(stages[0]!.majors.map((major) => major.code).sort());
    await widget.updateComplete;
    expect(parts(widget, "majors")[0]!.textContent).to.include("计算机应用技术");
    expect(parts(widget, "majors")[0]!.textContent).not.to.include("电子信息工程技术");
    await expect(widget).to.be.accessible();
  });

  it("says plainly when the catalogue has no such major", async () => {
    const { widget } = await pathwayWith(client, { major: "999999" });
    expect(text(widget)).to.include("专业目录中没有这个专业代码");
  });

  it("keeps major names Chinese on an English page, marked lang=zh-CN", async () => {
    const { widget } = await pathwayWith(client, { category: "mc-51", lang: "en" });
    parts(widget, "step")[1]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await widget.updateComplete;
    expect(stepCounts(widget).join(" ")).to.match(/\d+ majors/);
    const names = [...parts(widget, "majors")[0]!.querySelectorAll('[lang="zh-CN"]')].map((name) => name.textContent);
    expect(names.length).to.be.greaterThan(0);
    expect(names.every((name) => /[\u4e00-\u9fff]/.test(name!))).to.equal(true);
    await expect(widget).to.be.accessible();
  });
});

describe("cj-pathway states", () => {
  it("says so when a field has no pathways", async () => {
    const { widget } = await pathwayWith(fakeApi(() => []), { category: "mc-46" });
    expect(text(widget)).to.include("该领域暂无成长通道");
  });

  it("shows the error state and a cj-error, then recovers on Retry", async () => {
    let answer: () => readonly Pathway[] | Response = () => new Response(null, { status: 503 });
    const { widget, errors } = await pathwayWith(fakeApi(() => answer()), { category: "mc-46" });
    expect(errors).to.have.length(1);
    expect(text(widget)).to.include("成长通道加载失败");
    await expect(widget).to.be.accessible();
    answer = () => [samplePathway];
    (parts(widget, "retry")[0] as HTMLElement).click();
    await settled(widget);
    expect(parts(widget, "step")).to.have.length(3);
  });

  it("renders a step without an entry route, and a long name, inside the widget", async () => {
    const odd: Pathway = { ...samplePathway, name: "贯通培养".repeat(80), steps: [{ level: "中职", years: 3, entry: null }, ...samplePathway.steps.slice(1)] };
    const { widget } = await pathwayWith(fakeApi(() => [odd]), { category: "mc-46" });
    expect(text(widget)).to.not.match(/null|undefined|NaN/);
    const box = widget.getBoundingClientRect();
    const diagram = widget.shadowRoot!.querySelector(".diagram")!.getBoundingClientRect();
    expect(diagram.right).to.be.at.most(box.right + 0.5);
    const title = parts(widget, "diagram")[0]!.querySelector(".row-title")!;
    expect(title.getBoundingClientRect().right).to.be.at.most(parts(widget, "diagram")[0]!.getBoundingClientRect().right + 0.5);
  });
});

describe("cj-pathway selection", () => {
  it("selects a step by keyboard, shows its programmes and fires cj-select", async () => {
    const programmes = [sampleProgramme, { ...sampleProgramme, id: "other", majorName: "工业机器人技术", level: "中职" as const }];
    const { widget } = await pathwayWith(fakeApi(() => [samplePathway], programmes), { category: "mc-46", schoolId: "test-school" });
    const second = parts(widget, "step")[1] as HTMLButtonElement;
    second.focus();
    const selected = nextEvent(widget, "cj-select");
    await sendKeys({ press: "Enter" });
    const value = (await selected).value as PathwayStepSelection;
    expect(value.pathway.id).to.equal(samplePathway.id);
    expect(value.index).to.equal(1);
    expect(value.programmes.map((programme) => programme.id)).to.deep.equal([sampleProgramme.id]);
    await widget.updateComplete;
    expect(parts(widget, "detail")[0]!.textContent).to.include(sampleProgramme.majorName);
    expect(parts(widget, "detail")[0]!.textContent).to.not.include("工业机器人技术");
  });

  it("fires cj-select on a click of a step and of a list button", async () => {
    const { widget } = await pathwayWith(fakeApi(() => [samplePathway]), { category: "mc-46" });
    const seen: number[] = [];
    widget.addEventListener("cj-select", (event) => seen.push((event.value as PathwayStepSelection).index));
    parts(widget, "step")[2]!.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    widget.view = "list";
    await widget.updateComplete;
    (parts(widget, "step-button")[0] as HTMLElement).click();
    expect(seen).to.deep.equal([2, 0]);
  });
});
