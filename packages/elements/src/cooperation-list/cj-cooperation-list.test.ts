import { createClient, type ChanjiaoClient, type CooperationProject } from "@chanjiao/sdk";
import { expect, html, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl, clientAnswering, sampleProject } from "../test-support/api.js";
import { expectInsideBox, listPage, mount, part, parts, settled, shownText } from "../test-support/widgets.js";
import type { CjCooperationList } from "./cj-cooperation-list.js";

const cards = (list: CjCooperationList) => [...list.shadowRoot!.querySelectorAll("cj-cooperation-card")];
const cardTitles = (list: CjCooperationList) => cards(list).map((card) => part(card, "title")!.textContent!.trim());

function kindChip(list: CjCooperationList, label: string): HTMLButtonElement {
  return [...part(list, "kinds")!.querySelectorAll("button")].find((chip) => chip.textContent!.trim().startsWith(label))!;
}

function countrySelect(list: CjCooperationList): HTMLSelectElement {
  return part(list, "filters")!.querySelector("select")!;
}

async function cardsRendered(list: CjCooperationList): Promise<void> {
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

async function withClient(client: ChanjiaoClient, options: { lang?: string; width?: number } = {}) {
  const mounted = await mount("cj-cooperation-list", html`<cj-cooperation-list></cj-cooperation-list>`, { client }, options);
  await settled(mounted.widget);
  await cardsRendered(mounted.widget);
  return mounted;
}

describe("cj-cooperation-list against the API server", () => {
  let api: ChanjiaoClient;
  let all: CooperationProject[];

  before(async () => {
    api = createClient({ baseUrl: await apiUrl() });
    all = (await api.cooperationProjects.list({ limit: 200 })).items;
  });

  it("shows every sourced 鲁班工坊 the API has when filtered by kind luban-workshop", async () => {
    const workshops = (await api.cooperationProjects.list({ kind: "luban-workshop", limit: 200 })).items;
    expect(workshops.filter((item) => !item.sample)).to.have.length(27);
    const { widget } = await mount("cj-cooperation-list", html`<cj-cooperation-list kind="luban-workshop" page-size="50"></cj-cooperation-list>`, {
      client: api,
    });
    await settled(widget);
    await cardsRendered(widget);
    expect(cardTitles(widget)).to.have.members(workshops.map((item) => item.name));
    expect(kindChip(widget, "鲁班工坊").getAttribute("aria-pressed")).to.equal("true");
    expect(kindChip(widget, "鲁班工坊").textContent).to.include(String(workshops.length));
    expect(part(widget, "summary")!.textContent).to.include(String(workshops.length));
  });

  it("counts per kind and per country, and the choices change the cards and the counts", async () => {
    const { widget } = await withClient(api);
    expect(kindChip(widget, "全部类型").textContent).to.include(String(all.length));
    expect(cardTitles(widget)).to.deep.equal(all.slice(0, 12).map((item) => item.name));

    const thai = (await api.cooperationProjects.list({ country: "Thailand", limit: 200 })).items;
    const thaiOption = [...countrySelect(widget).options].find((option) => option.value === "Thailand")!;
    expect(thaiOption.textContent).to.equal(`泰国（${thai.length}）`);
    countrySelect(widget).value = "Thailand";
    countrySelect(widget).dispatchEvent(new Event("change"));
    await widget.updateComplete;
    await cardsRendered(widget);
    expect(widget.getAttribute("country")).to.equal("Thailand");
    expect(cardTitles(widget)).to.have.members(thai.map((item) => item.name));
    expect(kindChip(widget, "全部类型").textContent).to.include(String(thai.length));
    const thaiChinesePlus = (await api.cooperationProjects.list({ country: "Thailand", kind: "chinese-plus-skills" })).items;
    expect(thaiChinesePlus, "the seeded 中文+职业技能 record names no country").to.have.length(0);
    expect(kindChip(widget, "中文+职业技能").querySelector(".count")!.textContent).to.equal("0");

    kindChip(widget, "中文+职业技能").click();
    await widget.updateComplete;
    expect(widget.getAttribute("kind")).to.equal("chinese-plus-skills");
    expect(shownText(widget.shadowRoot!)).to.include("没有符合条件的国际合作项目");
  });

  it("narrows by field text through the API", async () => {
    const { widget } = await withClient(api);
    const input = part(widget, "filters")!.querySelector("input")!;
    input.value = "robot";
    input.dispatchEvent(new Event("change"));
    await settled(widget);
    await cardsRendered(widget);
    const expected = (await api.cooperationProjects.list({ field: "robot", limit: 200 })).items;
    expect(expected.length).to.be.above(0).and.below(all.length);
    expect(widget.getAttribute("field")).to.equal("robot");
    expect(cardTitles(widget)).to.deep.equal(expected.slice(0, 12).map((item) => item.name));
  });

  it("speaks English under lang=en, cards included", async () => {
    const { widget } = await withClient(api, { lang: "en" });
    const text = shownText(widget.shadowRoot!);
    expect(text).to.include("All kinds");
    expect(text).to.include(`${all.length} projects`);
    expect(text).to.include("Luban Workshop");
    expect(shownText(cards(widget)[0]!)).to.include("Source");
    const thai = all.filter((item) => item.countries.some((country) => country.name === "Thailand"));
    expect([...countrySelect(widget).options].map((option) => option.textContent)).to.include(`Thailand (${thai.length})`);
  });

  it("passes an accessibility audit with data", async () => {
    const { widget } = await withClient(api);
    await expect(widget).to.be.accessible();
  });
});

describe("cj-cooperation-list states", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  it("shows an aria-busy loading state until the projects arrive", async () => {
    let answer!: (value: unknown) => void;
    const pending = new Promise((resolve) => (answer = resolve));
    const { widget } = await mount("cj-cooperation-list", html`<cj-cooperation-list></cj-cooperation-list>`, { client: clientAnswering(() => pending) });
    await widget.updateComplete;
    expect(part(widget, "base")!.getAttribute("aria-busy")).to.equal("true");
    answer(listPage([sampleProject]));
    await settled(widget);
    await cardsRendered(widget);
    expect(cardTitles(widget)).to.deep.equal([sampleProject.name]);
  });

  it("says so when there are no projects", async () => {
    const { widget } = await withClient(clientAnswering(() => listPage([])));
    expect(shownText(widget.shadowRoot!)).to.include("没有符合条件的国际合作项目");
    await expect(widget).to.be.accessible();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`shows the error state, fires cj-error, passes axe and recovers on Retry (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      let failing = true;
      const { widget, errors } = await withClient(clientAnswering(() => (failing ? new Response(null, { status: 503 }) : listPage([sampleProject]))));
      expect(errors).to.have.length(1);
      expect(shownText(widget.shadowRoot!)).to.include("国际合作项目加载失败");
      await expect(widget).to.be.accessible();

      failing = false;
      part(widget, "retry")!.click();
      await settled(widget);
      await cardsRendered(widget);
      expect(cardTitles(widget)).to.deep.equal([sampleProject.name]);
    });
  }

  it("renders projects without optional fields, without null or undefined, and long names inside a narrow box", async () => {
    const bare: CooperationProject = {
      ...sampleProject,
      name: "Workshop".repeat(37) + "Shop",
      countries: [],
      hostInstitution: null,
      partners: [],
      fields: [],
      opened: null,
      year: null,
      note: null,
    };
    const { widget } = await withClient(clientAnswering(() => listPage([bare])), { width: 280 });
    expect(cardTitles(widget)).to.deep.equal([bare.name]);
    expect(shownText(widget.shadowRoot!)).to.not.match(/null|undefined/);
    expectInsideBox(widget);
  });

  it("pages 500 projects, with counts over all of them", async () => {
    const many = Array.from({ length: 500 }, (_, index) => ({ ...sampleProject, id: `project-${index}`, name: `项目 ${index}` }));
    const { widget } = await withClient(clientAnswering(() => listPage(many)));
    expect(cardTitles(widget)).to.deep.equal(many.slice(0, 12).map((item) => item.name));
    expect(kindChip(widget, "鲁班工坊").textContent).to.include("500");
    expect(part(widget, "pager")!.textContent).to.include("第 1 / 42 页");
    const next = [...part(widget, "pager")!.querySelectorAll("button")].find((button) => button.textContent === "下一页")!;
    next.click();
    await widget.updateComplete;
    await cardsRendered(widget);
    expect(cardTitles(widget)).to.deep.equal(many.slice(12, 24).map((item) => item.name));
  });
});

describe("cj-cooperation-list selection", () => {
  it("fires cj-select from the list with the project on Enter and on click", async () => {
    const second = { ...sampleProject, id: "second", name: "第二个项目" };
    const { widget } = await withClient(clientAnswering(() => listPage([sampleProject, second])));
    const seen: CooperationProject[] = [];
    widget.addEventListener("cj-select", (event) => seen.push(event.value as CooperationProject));
    const [, card] = cards(widget);
    const button = part(card!, "title")!.querySelector("button")!;
    button.focus();
    await sendKeys({ press: "Enter" });
    button.click();
    await waitUntil(() => seen.length === 2, "cj-select did not reach the list");
    expect(seen).to.deep.equal([second, second]);
  });
});
