import { createClient, type MajorCategory, type Programme } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../define.js";
import type { CjErrorEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import { pageFrom, sampleCategory, sampleProgramme } from "../test-support/school-fixtures.js";
import type { CjProgrammeList } from "./cj-programme-list.js";
import { settled } from "../test-support/widgets.js";

type Client = ReturnType<typeof createClient>;

function parts(list: CjProgrammeList, name: string): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function text(list: CjProgrammeList): string {
  return parts(list, "list")[0]!.textContent!.replace(/\s+/g, " ");
}


/** A fake API serving `programmes` and `categories`, recording every URL asked for. */
function fakeApi(programmes: () => readonly Programme[] | Response, categories: readonly MajorCategory[] = [sampleCategory]) {
  const requests: URL[] = [];
  const client = clientAnswering((url) => {
    requests.push(url);
    if (url.pathname.endsWith("/major-categories")) return pageFrom(categories, url);
    const served = programmes();
    return served instanceof Response ? served : pageFrom(served, url);
  });
  return { client, requests };
}

async function listWith(client: Client, attributes: { schoolId?: string; lang?: string; layout?: string; majorCategory?: string; classCode?: string; pathwayHref?: string } = {}) {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${attributes.lang ?? "zh-CN"} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}>
        <cj-programme-list
          school-id=${attributes.schoolId ?? "test-school"}
          layout=${attributes.layout ?? "cards"}
          major-category=${attributes.majorCategory ?? ""}
          class-code=${attributes.classCode ?? ""}
          pathway-href=${attributes.pathwayHref ?? ""}
        ></cj-programme-list>
      </cj-provider>
    </div>
  `);
  const list = wrapper.querySelector("cj-programme-list")!;
  await settled(list);
  return { list, errors };
}

describe("cj-programme-list against the API server", () => {
  let client: Client;
  let schoolId: string;
  let offered: Programme[];
  let categoryNames: Map<string, string>;
  let categoryNamesEn: Map<string, string | undefined>;

  before(async () => {
    client = createClient({ baseUrl: await apiUrl() });
    const { items } = await client.programmes.list({ limit: 200 });
    const withPartners = items.find((programme) => programme.partnerIds.length > 0);
    if (!withPartners) throw new Error("the seeded database has no programme with a partner enterprise");
    schoolId = withPartners.schoolId;
    offered = (await client.programmes.list({ schoolId, limit: 200 })).items;
    const categories = (await client.majorCategories.list({ limit: 200 })).items;
    categoryNames = new Map(categories.map((category) => [category.id, category.name]));
    categoryNamesEn = new Map(categories.map((category) => [category.id, category.nameEn]));
  });

  it("shows every programme of the school, grouped under its category's name, with partner names", async () => {
    const { list } = await listWith(client, { schoolId });
    expect(parts(list, "name").map((name) => name.textContent!.trim()).sort()).to.deep.equal(offered.map((programme) => programme.majorName).sort());
    const headings = parts(list, "group-heading").map((heading) => heading.textContent!.trim());
    expect(new Set(headings)).to.deep.equal(new Set(offered.map((programme) => categoryNames.get(programme.majorCategoryId))));
    for (const programme of offered) expect(text(list)).to.include(programme.majorCode);
    const partner = await client.organisations.get(offered.find((programme) => programme.partnerIds.length > 0)!.partnerIds[0]!);
    expect(text(list)).to.include(partner.name);
    expect(parts(list, "badge").length).to.equal(offered.filter((programme) => programme.sample).length);
  });

  it("speaks English under lang=en, with Intl numbers", async () => {
    const { list } = await listWith(client, { schoolId, lang: "en" });
    expect(text(list)).to.include("Enrolment plan");
    expect(text(list)).to.include(`${offered[0]!.enrolmentPlan} places`);
    expect(text(list)).to.not.include("招生计划");
    const headings = parts(list, "group-heading").map((heading) => heading.textContent!.trim());
    expect(new Set(headings), "category headings in English").to.deep.equal(new Set(offered.map((programme) => categoryNamesEn.get(programme.majorCategoryId))));
    for (const name of parts(list, "name")) expect(name.getAttribute("lang"), "a major's name is Chinese, marked as such").to.equal("zh-CN");
    expect(parts(list, "name").map((name) => name.textContent!.trim()).sort()).to.deep.equal(offered.map((programme) => programme.majorName).sort());
  });

  it("passes an accessibility audit in both layouts", async () => {
    const { list: cards } = await listWith(client, { schoolId });
    await expect(cards).to.be.accessible();
    const { list: compact } = await listWith(client, { schoolId, layout: "compact" });
    await expect(compact).to.be.accessible();
  });

  it("asks the API for one major category when major-category is set, without group headings", async () => {
    const categoryId = offered[0]!.majorCategoryId;
    const { list } = await listWith(client, { schoolId, majorCategory: categoryId });
    expect(parts(list, "group-heading")).to.have.length(0);
    expect(parts(list, "programme")).to.have.length(offered.filter((programme) => programme.majorCategoryId === categoryId).length);
  });

  it("shows only the programmes of one 专业类 when class-code is set", async () => {
    const classCode = offered[0]!.majorCode.slice(0, 4);
    const { list } = await listWith(client, { schoolId, classCode });
    expect(parts(list, "group-heading")).to.have.length(0);
    const codes = parts(list, "meta").map((meta) => meta.querySelector("dd")!.textContent!.trim());
    expect(codes.sort()).to.deep.equal(offered.filter((programme) => programme.majorCode.startsWith(classCode)).map((programme) => programme.majorCode).sort());
  });
});

describe("cj-programme-list states", () => {
  it("says so when the school offers no programmes", async () => {
    const { client } = fakeApi(() => []);
    const { list } = await listWith(client);
    expect(text(list)).to.include("暂无专业信息");
    expect(parts(list, "programme")).to.have.length(0);
  });

  it("shows the error state and a cj-error, then recovers on Retry", async () => {
    let answer: () => readonly Programme[] | Response = () => new Response(null, { status: 500 });
    const { client } = fakeApi(() => answer());
    const { list, errors } = await listWith(client);
    expect(errors).to.have.length(1);
    expect(text(list)).to.include("专业信息加载失败");
    await expect(list).to.be.accessible();
    answer = () => [sampleProgramme];
    parts(list, "retry")[0]!.click();
    await settled(list);
    expect(parts(list, "name").map((name) => name.textContent!.trim())).to.deep.equal([sampleProgramme.majorName]);
  });

  it("renders nulls and empty lists as absent, never as null or undefined", async () => {
    const bare: Programme = { ...sampleProgramme, majorId: null, enrolmentPlan: null, partnerIds: ["no-such-enterprise"], trainingModes: [], region: null, province: null };
    const { client } = fakeApi(() => [bare]);
    for (const lang of ["zh-CN", "en"]) {
      const { list } = await listWith(client, { lang });
      expect(text(list)).to.not.match(/null|undefined|NaN/);
      expect(parts(list, "modes")).to.have.length(0);
      expect(text(list)).to.not.include(lang === "en" ? "Enrolment plan" : "招生计划");
    }
  });

  it("keeps a 300-character name inside its card and the card inside the widget", async () => {
    const long = { ...sampleProgramme, majorName: "智能制造装备技术".repeat(38), partnerIds: [] };
    expect(long.majorName.length).to.be.greaterThanOrEqual(300);
    const { client } = fakeApi(() => [long, { ...sampleProgramme, id: "latin", majorName: "x".repeat(300) }]);
    const { list } = await listWith(client);
    const box = list.getBoundingClientRect();
    for (const card of parts(list, "programme")) {
      const cardBox = card.getBoundingClientRect();
      const nameBox = card.querySelector('[part~="name"]')!.getBoundingClientRect();
      expect(cardBox.right).to.be.at.most(box.right + 0.5);
      expect(nameBox.right).to.be.at.most(cardBox.right + 0.5);
      expect(nameBox.left).to.be.at.least(cardBox.left - 0.5);
    }
  });
});

describe("cj-programme-list with 500 programmes", () => {
  const many: Programme[] = Array.from({ length: 500 }, (_, index) => ({
    ...sampleProgramme,
    id: `p-${String(index).padStart(3, "0")}`,
    majorCode: String(460000 + index),
    majorName: `专业${index}`,
  }));

  it("renders one page of 50 and moves through the pages", async () => {
    const { client } = fakeApi(() => many);
    const { list } = await listWith(client);
    expect(parts(list, "programme")).to.have.length(50);
    expect(text(list)).to.include("共 500 个专业");
    expect(parts(list, "name")[0]!.textContent!.trim()).to.equal("专业0");
    const next = parts(list, "pager")[0]!.querySelectorAll("button")[1]!;
    next.click();
    await list.updateComplete;
    expect(parts(list, "programme")).to.have.length(50);
    expect(parts(list, "name")[0]!.textContent!.trim()).to.equal("专业50");
  });
});

describe("cj-programme-list selection", () => {
  it("links each programme to its pathway through the template and fires cj-select on Enter", async () => {
    const { client } = fakeApi(() => [sampleProgramme]);
    const { list } = await listWith(client, { pathwayHref: "#pathway-{majorCategoryId}" });
    const link = parts(list, "pathway-link")[0] as HTMLAnchorElement;
    expect(link.getAttribute("href")).to.equal("#pathway-mc-46");
    link.focus();
    const selected = nextEvent(list, "cj-select");
    await sendKeys({ press: "Enter" });
    expect((await selected).value).to.deep.equal(sampleProgramme);
  });

  it("fires cj-select on click of the pathway button when no template is given", async () => {
    const { client } = fakeApi(() => [sampleProgramme]);
    const { list } = await listWith(client);
    const button = parts(list, "pathway-link")[0]!;
    expect(button.tagName).to.equal("BUTTON");
    const selected = nextEvent(list, "cj-select");
    button.click();
    expect((await selected).value).to.deep.equal(sampleProgramme);
  });
});
