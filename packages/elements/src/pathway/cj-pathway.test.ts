import { createClient, type Pathway, type Programme } from "@chanjiao/sdk";
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
    const svg = parts(widget, "diagram")[0]!;
    expect(svg.querySelectorAll(".row")).to.have.length(seeded.length);
    expect(parts(widget, "step")).to.have.length(seeded.reduce((sum, pathway) => sum + pathway.steps.length, 0));
    expect(svg.querySelector("foreignObject")).to.equal(null);
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
    expect(title.getBoundingClientRect().right).to.be.at.most((parts(widget, "diagram")[0] as SVGSVGElement).getBoundingClientRect().right + 0.5);
  });
});

describe("cj-pathway selection", () => {
  it("selects a step by keyboard, shows its programmes and fires cj-select", async () => {
    const programmes = [sampleProgramme, { ...sampleProgramme, id: "other", majorName: "工业机器人技术", level: "中职" as const }];
    const { widget } = await pathwayWith(fakeApi(() => [samplePathway], programmes), { category: "mc-46", schoolId: "test-school" });
    const second = parts(widget, "step")[1] as SVGGElement;
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
