import { createClient, HttpError, ValidationError, type CooperationProject } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { emulateMedia, sendKeys } from "@web/test-runner-commands";
import "../provider/define.js";
import "./define.js";
import { apiUrl, clientAnswering, sampleProject } from "../test-support/api.js";
import type { CjErrorEvent } from "../shared/events.js";
import { nextEvent } from "../test-support/events.js";
import type { CjCooperationCard } from "./cj-cooperation-card.js";
import { settled } from "../test-support/widgets.js";

function part(card: CjCooperationCard, name: string): HTMLElement | null {
  return card.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(card: CjCooperationCard): string {
  return part(card, "card")!.textContent!.replace(/\s+/g, " ");
}


/** A card inside a provider holding `client`, and every cj-error it fires from the start. */
async function cardWithClient(client: ReturnType<typeof createClient>, id: string, lang = "zh-CN") {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}><cj-cooperation-card project-id=${id}></cj-cooperation-card></cj-provider>
    </div>
  `);
  return { card: wrapper.querySelector("cj-cooperation-card")!, errors };
}

describe("cj-cooperation-card against the API server", () => {
  let baseUrl: string;
  let workshop: CooperationProject;

  before(async () => {
    baseUrl = await apiUrl();
    const { items } = await createClient({ baseUrl }).cooperationProjects.list({ kind: "luban-workshop" });
    const sourced = items.find((item) => !item.sample && item.hostInstitution !== null && item.countries.length > 0);
    if (!sourced) throw new Error("the seeded database has no sourced Luban Workshop with a host institution");
    workshop = sourced;
  });

  async function seededCard(lang: string): Promise<CjCooperationCard> {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang=${lang}>
        <cj-provider base-url=${baseUrl}><cj-cooperation-card project-id=${workshop.id}></cj-cooperation-card></cj-provider>
      </div>
    `);
    const card = wrapper.querySelector("cj-cooperation-card")!;
    await settled(card);
    return card;
  }

  it("shows a seeded 鲁班工坊 in Chinese by default", async () => {
    const card = await seededCard("zh-CN");
    expect(part(card, "title")!.textContent!.trim()).to.equal(workshop.name);
    expect(text(card)).to.include("鲁班工坊");
    expect(text(card)).to.include(workshop.countries[0]!.nameZh);
    for (const field of workshop.fields) expect(text(card)).to.include(field);
    for (const field of workshop.fieldsEn) expect(text(card)).to.not.include(field);
    expect(text(card)).to.include(workshop.hostInstitution!);
    expect(part(card, "source")!.textContent).to.include("来源");
    expect(part(card, "badge")).to.equal(null);
  });

  it("links each http(s) URL of the source and nothing else", async () => {
    const card = await seededCard("zh-CN");
    const expected = workshop.source.match(/https?:\/\/[^\s;；,，()（）]+/g) ?? [];
    const links = [...part(card, "source")!.querySelectorAll("a")];
    expect(links.length).to.equal(expected.length);
    for (const link of links) expect(link.protocol).to.match(/^https?:$/);
  });

  it("passes an accessibility audit", async () => {
    const card = await seededCard("zh-CN");
    await expect(card).to.be.accessible();
  });

  it("shows English labels, names, fields and country names under lang=en", async () => {
    const card = await seededCard("en");
    expect(part(card, "title")!.textContent!.trim()).to.equal(workshop.nameEn);
    expect(text(card)).to.include(workshop.countries[0]!.name);
    for (const field of workshop.fieldsEn) expect(text(card)).to.include(field);
    for (const field of workshop.fields) expect(text(card)).to.not.include(field);
    expect(part(card, "source")!.textContent).to.include("Source");
  });

  it("follows a change of the nearest lang attribute", async () => {
    const card = await seededCard("zh-CN");
    card.closest("div")!.setAttribute("lang", "en");
    await waitUntil(() => text(card).includes("Luban Workshop"), "the card did not switch to English");
    card.closest("div")!.setAttribute("lang", "zh");
    await waitUntil(() => text(card).includes("鲁班工坊"), "the card did not switch back to Chinese");
  });

  it("says not found for an unknown id", async () => {
    const { card, errors } = await cardWithClient(createClient({ baseUrl }), "no-such-project");
    await settled(card);
    expect(errors).to.have.length(1);
    expect(errors[0]!.error).to.be.instanceOf(HttpError);
    expect(errors[0]!.error).to.have.property("status", 404);
    expect(text(card)).to.include("未找到该合作项目");
    expect(part(card, "retry")).to.not.equal(null);
  });
});

describe("cj-cooperation-card with data it must not trust", () => {
  it("shows the error state and a ValidationError naming the malformed field, then recovers on Retry", async () => {
    let record: unknown = { ...sampleProject, countries: [{ name: "Thailand" }] };
    const { card, errors } = await cardWithClient(clientAnswering(() => record), sampleProject.id);
    await settled(card);
    expect(errors).to.have.length(1);
    const failure = errors[0]!.error;
    expect(failure).to.be.instanceOf(ValidationError);
    expect((failure as ValidationError).issues.map((issue) => issue.path)).to.include("countries.0.nameZh");
    expect(text(card)).to.include("合作项目加载失败");

    record = sampleProject;
    part(card, "retry")!.click();
    await settled(card);
    expect(part(card, "title")!.textContent!.trim()).to.equal(sampleProject.name);
  });

  it("renders hostile text as text and never links a javascript: URL", async () => {
    const hostile = { ...sampleProject, name: "<img src=x onerror=alert(1)>", source: "javascript:alert(1)" };
    const { card } = await cardWithClient(clientAnswering(() => hostile), hostile.id);
    await settled(card);
    expect(part(card, "title")!.textContent!.trim()).to.equal(hostile.name);
    expect(card.shadowRoot!.querySelector("img")).to.equal(null);
    expect(card.shadowRoot!.querySelector("a")).to.equal(null);
    expect(part(card, "source")!.textContent).to.include("javascript:alert(1)");
  });

  it("shows an aria-busy loading state until the data arrives", async () => {
    let answer!: (value: unknown) => void;
    const pending = new Promise((resolve) => (answer = resolve));
    const { card } = await cardWithClient(clientAnswering(() => pending), sampleProject.id);
    await card.updateComplete;
    expect(part(card, "card")!.getAttribute("aria-busy")).to.equal("true");
    expect(card.shadowRoot!.querySelector('[role="status"]')).to.not.equal(null);

    answer(sampleProject);
    await settled(card);
    expect(part(card, "title")!.textContent!.trim()).to.equal(sampleProject.name);
  });

  it("marks generated records with a sample badge", async () => {
    const { card } = await cardWithClient(clientAnswering(() => ({ ...sampleProject, sample: true })), sampleProject.id, "en");
    await settled(card);
    expect(part(card, "badge")!.textContent).to.equal("Sample data");
  });

  it("shows a month-precise opening as a month and never the researchers' note", async () => {
    const project = { ...sampleProject, opened: "2020-12", note: "2020-12 ('cloud unveiling' 2020-12-09 per baike)" };
    const { card: zh } = await cardWithClient(clientAnswering(() => project), project.id);
    const { card: en } = await cardWithClient(clientAnswering(() => project), project.id, "en");
    await Promise.all([settled(zh), settled(en)]);
    expect(text(zh)).to.include("2020年12月");
    expect(text(en)).to.include("December 2020");
    for (const card of [zh, en]) expect(text(card)).to.not.include("cloud unveiling");
  });

  it("formats the opening date with Intl in each locale", async () => {
    const { card: zh } = await cardWithClient(clientAnswering(() => sampleProject), sampleProject.id);
    const { card: en } = await cardWithClient(clientAnswering(() => sampleProject), sampleProject.id, "en");
    await Promise.all([settled(zh), settled(en)]);
    expect(text(zh)).to.include("2016年3月8日");
    expect(text(en)).to.include("March 8, 2016");
  });
});

describe("cj-cooperation-card accessibility in every state and scheme", () => {
  afterEach(() => emulateMedia({ colorScheme: "light" }));

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe with a sample badge and in the error state (${colorScheme})`, async () => {
      await emulateMedia({ colorScheme });
      const { card: sample } = await cardWithClient(clientAnswering(() => ({ ...sampleProject, sample: true })), sampleProject.id);
      const { card: failed } = await cardWithClient(clientAnswering(() => new Response(null, { status: 500 })), sampleProject.id);
      await Promise.all([settled(sample), settled(failed)]);
      expect(part(failed, "retry")).to.not.equal(null);
      await expect(sample).to.be.accessible();
      await expect(failed).to.be.accessible();
    });
  }
});

describe("cj-cooperation-card selection", () => {
  it("fires cj-select with the project when Enter is pressed on the title", async () => {
    const { card } = await cardWithClient(clientAnswering(() => sampleProject), sampleProject.id);
    await settled(card);
    part(card, "title")!.querySelector("button")!.focus();
    const selected = nextEvent(card, "cj-select");
    await sendKeys({ press: "Enter" });
    expect((await selected).value).to.deep.equal(sampleProject);
  });

  it("fires cj-select on Space and on click, crossing shadow roots", async () => {
    const { card } = await cardWithClient(clientAnswering(() => sampleProject), sampleProject.id);
    await settled(card);
    const seen: string[] = [];
    card.closest("div")!.addEventListener("cj-select", (event) => seen.push((event.value as CooperationProject).id));
    const title = part(card, "title")!.querySelector("button")!;
    title.focus();
    await sendKeys({ press: "Space" });
    title.click();
    expect(seen).to.deep.equal([sampleProject.id, sampleProject.id]);
  });
});

describe("cj-cooperation-card given a record", () => {
  it("shows the project property without asking the API, even outside a provider", async () => {
    const asked: string[] = [];
    const client = clientAnswering((url) => {
      asked.push(url.pathname);
      return new Response(null, { status: 500 });
    });
    const wrapper = await fixture<HTMLElement>(html`
      <cj-provider .client=${client}><cj-cooperation-card project-id="other-id" .project=${sampleProject}></cj-cooperation-card></cj-provider>
    `);
    const card = wrapper.querySelector("cj-cooperation-card")!;
    await card.updateComplete;
    expect(part(card, "title")!.textContent!.trim()).to.equal(sampleProject.name);
    expect(asked).to.deep.equal([]);

    card.project = undefined;
    await settled(card);
    expect(asked).to.deep.equal(["/v1/cooperation-projects/other-id"]);

    const alone = await fixture<CjCooperationCard>(html`<cj-cooperation-card .project=${{ ...sampleProject, name: "单独的卡片" }}></cj-cooperation-card>`);
    expect(part(alone, "title")!.textContent!.trim()).to.equal("单独的卡片");
  });

  it("shows partners, fields, year, status and source, and no null or undefined when optional fields are missing", async () => {
    const { card } = await cardWithClient(clientAnswering(() => new Response(null, { status: 500 })), "");
    card.project = { ...sampleProject, opened: null, year: 2019, status: "under-construction", source: "https://example.org/luban" };
    await card.updateComplete;
    expect(text(card)).to.include(sampleProject.partners[0]!);
    expect(text(card)).to.include(sampleProject.fields[1]!);
    expect(text(card)).to.include("2019年");
    expect(text(card)).to.include("建设中");
    expect(part(card, "source")!.querySelector("a")!.href).to.equal("https://example.org/luban");

    card.project = { ...sampleProject, countries: [], hostInstitution: null, partners: [], fields: [], opened: null, year: null, note: null };
    await card.updateComplete;
    expect(text(card)).to.not.match(/null|undefined/);
    expect(text(card)).to.not.include("启用时间");
  });
});
