import { createClient, type ChanjiaoClient, type PracticeCentre } from "@chanjiao/sdk";
import { expect, html, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { expectInsideBox, listPage, mount, part, parts, settled, shownText } from "../test-support/widgets.js";
import type { CjPracticeCentres } from "./cj-practice-centres.js";

const centre: PracticeCentre = {
  id: "test-centre",
  name: "苏州工业园区公共实训基地",
  nameEn: "Suzhou Industrial Park Public Training Base",
  kind: "school-factory",
  functions: ["teaching", "production"],
  operatorId: null,
  consortiumId: null,
  region: "320500",
  province: "320000",
  source: "Test fixture",
  citations: [],
  sample: true,
};

const titles = (widget: CjPracticeCentres) => parts(widget, "title").map((title) => title.textContent!.trim());

function select(widget: CjPracticeCentres, label: string): HTMLSelectElement {
  const control = [...widget.shadowRoot!.querySelectorAll("label")].find((candidate) => candidate.textContent!.includes(label));
  return control!.querySelector("select")!;
}

function choose(control: HTMLSelectElement, value: string): void {
  control.value = value;
  control.dispatchEvent(new Event("change"));
}

async function withClient(client: ChanjiaoClient, options: { lang?: string; width?: number } = {}, attrs = "") {
  const mounted = await mount("cj-practice-centres", html`<cj-practice-centres consortium-href=${attrs || "/consortia/{id}"}></cj-practice-centres>`, { client }, options);
  await settled(mounted.widget);
  return mounted;
}

describe("cj-practice-centres against the API server", () => {
  let api: ChanjiaoClient;
  let all: PracticeCentre[];

  before(async () => {
    api = createClient({ baseUrl: await apiUrl() });
    all = (await api.practiceCentres.list({ limit: 200 })).items;
    if (all.length === 0) throw new Error("the seeded database has no practice centres");
  });

  it("lists every seeded centre with its localised type, functions, operator, consortium link and sample badge", async () => {
    const { widget } = await withClient(api);
    expect(titles(widget)).to.deep.equal(all.map((item) => item.name));
    expect(parts(widget, "badge")).to.have.length(all.filter((item) => item.sample).length);
    expect(part(widget, "summary")!.textContent).to.include(String(all.length));

    const linked = all.find((item) => item.consortiumId !== null && item.operatorId !== null)!;
    const [operator, consortium] = await Promise.all([api.organisations.get(linked.operatorId!), api.consortia.get(linked.consortiumId!)]);
    const item = parts(widget, "item")[all.indexOf(linked)]!;
    await waitUntil(() => shownText(item).includes(operator.name), "the operator's name did not appear");
    const link = [...item.querySelectorAll("a")].find((anchor) => anchor.textContent === consortium.name)!;
    expect(new URL(link.href).pathname).to.equal(`/consortia/${linked.consortiumId}`);
    expect(shownText(item)).to.include("功能");
  });

  it("filters by type and function through its controls, reflected to attributes, showing what the API returns", async () => {
    const { widget } = await withClient(api);
    choose(select(widget, "类型"), "school-factory");
    await settled(widget);
    expect(widget.getAttribute("kind")).to.equal("school-factory");
    const schoolFactories = (await api.practiceCentres.list({ kind: "school-factory", limit: 200 })).items;
    expect(titles(widget)).to.deep.equal(schoolFactories.map((item) => item.name));
    expect(shownText(part(widget, "list")!)).to.include("校中厂");

    choose(select(widget, "功能"), "service");
    await settled(widget);
    expect(widget.getAttribute("function")).to.equal("service");
    const serving = (await api.practiceCentres.list({ kind: "school-factory", function: "service", limit: 200 })).items;
    expect(titles(widget)).to.deep.equal(serving.map((item) => item.name));
    expect(serving.length).to.be.below(schoolFactories.length);

    choose(select(widget, "类型"), "");
    await settled(widget);
    expect(widget.hasAttribute("kind")).to.equal(false);
  });

  it("takes its filters from attributes", async () => {
    const { widget } = await mount("cj-practice-centres", html`<cj-practice-centres kind="factory-school" function="teaching"></cj-practice-centres>`, {
      client: api,
    });
    await settled(widget);
    const expected = (await api.practiceCentres.list({ kind: "factory-school", function: "teaching", limit: 200 })).items;
    expect(titles(widget)).to.deep.equal(expected.map((item) => item.name));
    expect(select(widget, "类型").value).to.equal("factory-school");
  });

  it("speaks English under lang=en", async () => {
    const { widget } = await withClient(api, { lang: "en" });
    const text = shownText(widget.shadowRoot!);
    expect(text).to.include(`${all.length} practice centres`);
    expect(text).to.include("Type");
    expect(text).to.include("Practical teaching");
    expect(text).to.include("Sample data");
    choose(select(widget, "Type"), "factory-school");
    await settled(widget);
    expect(shownText(part(widget, "list")!)).to.include("School in a factory");
  });

  it("passes an accessibility audit with data", async () => {
    const { widget } = await withClient(api);
    await expect(widget).to.be.accessible();
  });
});

describe("cj-practice-centres states", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  it("shows an aria-busy loading state until the centres arrive", async () => {
    let answer!: (value: unknown) => void;
    const pending = new Promise((resolve) => (answer = resolve));
    const { widget } = await mount("cj-practice-centres", html`<cj-practice-centres></cj-practice-centres>`, { client: clientAnswering(() => pending) });
    await widget.updateComplete;
    expect(part(widget, "base")!.getAttribute("aria-busy")).to.equal("true");
    expect(widget.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);
    answer(listPage([centre]));
    await settled(widget);
    expect(titles(widget)).to.deep.equal([centre.name]);
  });

  it("says so when no centre matches, and keeps the filters to change", async () => {
    const { widget } = await withClient(clientAnswering(() => listPage([])));
    expect(shownText(widget.shadowRoot!)).to.include("没有符合条件的实践中心");
    expect(part(widget, "filters")).to.not.equal(null);
    await expect(widget).to.be.accessible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows the error state, fires cj-error, passes axe and recovers on Retry (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      let failing = true;
      const { widget, errors } = await withClient(clientAnswering(() => (failing ? new Response(null, { status: 500 }) : listPage([centre]))));
      expect(errors).to.have.length(1);
      expect(shownText(widget.shadowRoot!)).to.include("实践中心加载失败");
      await expect(widget).to.be.accessible();

      failing = false;
      part(widget, "retry")!.click();
      await settled(widget);
      expect(titles(widget)).to.deep.equal([centre.name]);
    });
  }

  it("renders missing operator, consortium and functions without null or undefined", async () => {
    const bare = { ...centre, functions: [], region: null, province: null };
    const { widget } = await withClient(clientAnswering(() => listPage([bare])));
    expect(shownText(widget.shadowRoot!)).to.not.match(/null|undefined/);
    const text = shownText(part(widget, "list")!);
    expect(text).to.not.include("运营单位");
    expect(text).to.not.include("功能");
  });

  it("keeps a 300-character name inside a narrow box", async () => {
    const long = { ...centre, name: "Practice".repeat(37) + "Cent" };
    expect(long.name).to.have.length(300);
    const { widget } = await withClient(clientAnswering(() => listPage([long])), { width: 280 });
    expectInsideBox(widget);
  });

  it("pages 500 centres and reads the names of the shown page only", async () => {
    const many = Array.from({ length: 500 }, (_, index) => ({ ...centre, id: `centre-${index}`, name: `中心 ${index}`, operatorId: `org-${index}` }));
    const asked: string[] = [];
    const client = clientAnswering((url) => {
      if (url.pathname.endsWith("/practice-centres")) return listPage(many);
      asked.push(url.pathname.split("/").pop()!);
      return new Response(null, { status: 404 });
    });
    const { widget } = await withClient(client);
    expect(titles(widget)).to.deep.equal(many.slice(0, 20).map((item) => item.name));
    expect(part(widget, "pager")!.textContent).to.include("第 1 / 25 页");
    await waitUntil(() => asked.length === 20, "the operators of the first page were not read");

    const next = [...part(widget, "pager")!.querySelectorAll("button")].find((button) => button.textContent === "下一页")!;
    next.click();
    await widget.updateComplete;
    expect(titles(widget)).to.deep.equal(many.slice(20, 40).map((item) => item.name));
    await waitUntil(() => asked.length === 40, "the operators of the second page were not read");
    expect(asked).to.not.include("org-40");
  });
});

describe("cj-practice-centres selection", () => {
  it("fires cj-select with the centre on Enter and on click", async () => {
    const { widget } = await withClient(clientAnswering(() => listPage([centre])));
    const button = part(widget, "title")!.querySelector("button")!;
    button.focus();
    const selected = nextEvent(widget, "cj-select");
    await sendKeys({ press: "Enter" });
    expect((await selected).value).to.deep.equal(centre);
    const clicked = nextEvent(widget, "cj-select");
    button.click();
    expect((await clicked).value).to.deep.equal(centre);
  });
});
