import { type Consortium, createClient, type Organisation, type PracticeCentre, type Programme, type ServicePlatform } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../provider/define.js";
import "./define.js";
import type { CjErrorEvent, CjSelectEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import type { CjConsortiumCard } from "./cj-consortium-card.js";
import { settled } from "../test-support/widgets.js";

function part(card: CjConsortiumCard, name: string): HTMLElement | null {
  return card.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(card: CjConsortiumCard): string {
  return part(card, "card")!.textContent!.replace(/\s+/g, " ");
}

function sections(card: CjConsortiumCard): Map<string, HTMLElement> {
  return new Map(
    [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')].map((section) => [section.querySelector(".section-title")!.textContent!.trim(), section]),
  );
}


async function cardIn(provider: (card: unknown) => unknown, id: string, layout = "full", lang = "zh-CN") {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>${provider(html`<cj-consortium-card consortium-id=${id} layout=${layout}></cj-consortium-card>`)}</div>
  `);
  const card = wrapper.querySelector("cj-consortium-card")!;
  await settled(card);
  return { card, errors };
}

describe("cj-consortium-card against the API server", () => {
  let baseUrl: string;
  const withApi = (content: unknown) => html`<cj-provider base-url=${baseUrl}>${content}</cj-provider>`;

  before(async () => {
    baseUrl = await apiUrl();
  });

  it("shows a seeded city consortium with its park, region, council, leads and member schools' programmes", async () => {
    const api = createClient({ baseUrl });
    const { items } = await api.consortia.list({ kind: "city", q: "深圳" });
    const consortium = items[0]!;
    const { card } = await cardIn(withApi, consortium.id);
    expect(part(card, "title")!.textContent!.trim()).to.equal(consortium.name);
    const park = await api.parks.get(consortium.parkIds[0]!);
    const leads = await Promise.all(consortium.leadOrganisationIds.map((id) => api.organisations.get(id)));
    const meta = part(card, "meta")!.textContent!;
    expect(meta).to.include("市域产教联合体");
    expect(meta).to.include(`第${consortium.batch}批`);
    expect(meta).to.include("广东省");
    expect(meta).to.include("深圳市");
    expect(meta).to.include(park.name);
    const found = sections(card);
    for (const lead of leads) expect(found.get("牵头单位")!.textContent).to.include(lead.name);
    const council = found.get("理事会")!;
    expect([...council.querySelectorAll(".group-title")].map((title) => title.textContent)).to.deep.equal(["企业", "学校"].filter((role) =>
      consortium.council.some((seat) => ({ 企业: "enterprise", 学校: "school" })[role] === seat.role),
    ));
    const school = leads.find((lead) => lead.kind === "school")!;
    const { items: taught } = await api.programmes.list({ schoolId: school.id });
    expect(taught.length).to.be.greaterThan(0);
    for (const programme of taught) expect(found.get("成员院校专业")!.textContent).to.include(programme.majorName);
    expect(found.has("产教融合实践中心")).to.equal(false);
    expect(part(card, "source")!.textContent).to.include("来源");
  });

  it("lists the practice centres of a consortium", async () => {
    const api = createClient({ baseUrl });
    const { items: centres } = await api.practiceCentres.list({ limit: 200 });
    const centre = centres.find((item) => item.consortiumId !== null)!;
    const { card } = await cardIn(withApi, centre.consortiumId!);
    const own = centres.filter((item) => item.consortiumId === centre.consortiumId);
    const section = sections(card).get("产教融合实践中心")!;
    expect(section.querySelectorAll("li")).to.have.length(own.length);
    expect(section.textContent).to.include(centre.name);
  });

  it("lists the technology service platforms of a seeded city consortium, with their operators", async () => {
    const api = createClient({ baseUrl });
    const { items } = await api.consortia.list({ kind: "city", q: "深圳" });
    const consortium = items[0]!;
    const { items: platforms } = await api.servicePlatforms.list({ consortiumId: consortium.id });
    expect(platforms.length).to.be.greaterThan(0);
    const { card } = await cardIn(withApi, consortium.id);
    const rows = [...sections(card).get("技术服务平台")!.querySelectorAll("li")].map((row) => row.textContent!);
    expect(rows).to.have.length(platforms.length);
    for (const [index, platform] of platforms.entries()) {
      const operator = await api.organisations.get(platform.operatorId!);
      for (const fact of [platform.name, platform.services[0]!, operator.name, "示例数据"]) expect(rows[index]).to.include(fact);
    }
    expect(rows[0]).to.include("共性技术服务平台");
  });

  it("leaves the platforms section out for an industry community, which has none", async () => {
    const api = createClient({ baseUrl });
    const { items } = await api.consortia.list({ kind: "industry", limit: 1 });
    expect((await api.servicePlatforms.list({ consortiumId: items[0]!.id })).items).to.deep.equal([]);
    const { card } = await cardIn(withApi, items[0]!.id);
    expect(part(card, "title")!.textContent!.trim()).to.equal(items[0]!.name);
    expect(sections(card).has("技术服务平台")).to.equal(false);
    expect(text(card)).to.not.include("技术服务平台");
  });

  it("shows less in the compact layout", async () => {
    const { items } = await createClient({ baseUrl }).consortia.list({ kind: "city", q: "深圳" });
    const { card } = await cardIn(withApi, items[0]!.id, "compact");
    expect([...sections(card).keys()]).to.deep.equal(["牵头单位"]);
    expect(part(card, "card")!.classList.contains("compact")).to.equal(true);
  });

  it("says when the consortium does not exist, and passes an accessibility audit", async () => {
    const { card, errors } = await cardIn(withApi, "no-such-consortium");
    expect(text(card)).to.include("未找到该联合体");
    expect(errors).to.have.length(1);
    const { items } = await createClient({ baseUrl }).consortia.list({ kind: "industry", limit: 1 });
    const { card: shown } = await cardIn(withApi, items[0]!.id);
    await expect(shown).to.be.accessible();
  });
});

const source = "https://example.org/consortium (fixture)";
const organisation = (id: string, kind: Organisation["kind"], name: string): Organisation => ({
  id,
  name,
  nameEn: `${name} (en)`,
  kind,
  level: kind === "school" ? "高职专科" : null,
  region: "320500",
  province: "320000",
  source: `https://example.org/${id}`,
  citations: [],
  sample: false,
});
const orgs = [
  organisation("gov", "government", "苏州市人民政府"),
  organisation("ent", "enterprise", "示例装备有限公司"),
  organisation("sch", "school", "苏州示例职业技术学院"),
  organisation("res", "research", "示例智能制造研究院"),
  // Runs the fixture's platform without a council seat, so the card must read it on its own.
  organisation("op", "enterprise", "示例检测技术有限公司"),
];
const full: Consortium = {
  id: "fixture-full",
  name: "苏州示例产教联合体",
  kind: "city",
  province: "320000",
  region: "320500",
  batch: 2,
  founded: "2024-05-20",
  status: "confirmed",
  industries: ["高档数控机床和机器人", "新一代信息技术"],
  field: "机器人与智能制造",
  parkIds: ["park-1"],
  leadOrganisationIds: ["gov", "sch"],
  council: [
    { role: "government", organisationId: "gov", title: "理事长单位" },
    { role: "enterprise", organisationId: "ent", title: null },
    { role: "school", organisationId: "sch", title: "秘书长单位" },
    { role: "research", organisationId: "res", title: null },
  ],
  members: "120 家成员单位",
  membersEn: "120 member organisations",
  note: "示例说明",
  source,
  citations: [],
  sample: false,
};
const programme: Programme = {
  id: "prog-1",
  schoolId: "sch",
  majorId: null,
  majorCode: "460305",
  majorName: "工业机器人技术",
  majorCategoryId: "mc-46",
  level: "高职专科",
  years: 3,
  trainingModes: ["学徒制"],
  partnerIds: ["ent"],
  enrolmentPlan: 120,
  year: 2025,
  region: "320500",
  province: "320000",
  source: "https://example.org/programmes",
  citations: [],
  sample: false,
};
const centre: PracticeCentre = {
  id: "centre-1",
  name: "苏州示例公共实践中心",
  nameEn: null,
  kind: "public",
  functions: ["teaching"],
  operatorId: "sch",
  consortiumId: "fixture-full",
  region: "320500",
  province: "320000",
  source: "https://example.org/centres",
  citations: [],
  sample: true,
};
const platform: ServicePlatform = {
  id: "platform-1",
  name: "苏州示例共性技术服务平台",
  kind: "common-technology",
  consortiumId: "fixture-full",
  operatorId: "op",
  services: ["技术研发", "检验检测"],
  region: "320500",
  province: "320000",
  source: "https://example.org/platforms",
  citations: [],
  sample: true,
};
const empty: Consortium = {
  ...full,
  id: "fixture-empty",
  name: "信息尚未公布的联合体",
  province: null,
  region: null,
  batch: null,
  founded: null,
  industries: [],
  field: null,
  parkIds: [],
  leadOrganisationIds: [],
  council: [],
  members: null,
  membersEn: null,
  note: null,
};

function fixtureClient() {
  return clientAnswering((url) => {
    const path = url.pathname.replace(/^\/v1\//, "");
    const [collection, id] = path.split("/");
    if (collection === "consortia") return id === full.id ? full : empty;
    if (collection === "organisations") return orgs.find((org) => org.id === id) ?? new Response("{}", { status: 404 });
    if (collection === "parks") return { id, name: "苏州工业园区", region: "320500", province: "320000", source: "https://example.org/park", citations: [], sample: false };
    if (collection === "regions") {
      return id === "320000"
        ? { id, code: id, name: "江苏省", shortName: "江苏", nameEn: "Jiangsu", level: "province", parent: null, source, citations: [], sample: false }
        : { id, code: id, name: "苏州市", shortName: "苏州", nameEn: "Suzhou", level: "city", parent: "320000", source, citations: [], sample: false };
    }
    if (collection === "programmes") return { items: url.searchParams.get("schoolId") === "sch" ? [programme] : [], nextCursor: null };
    if (collection === "practice-centres") return { items: url.searchParams.get("consortiumId") === full.id ? [centre] : [], nextCursor: null };
    if (collection === "service-platforms") return { items: url.searchParams.get("consortiumId") === full.id ? [platform] : [], nextCursor: null };
    return new Response("{}", { status: 404 });
  });
}

describe("cj-consortium-card sections", () => {
  const withFixture = (content: unknown) => html`<cj-provider .client=${fixtureClient()}>${content}</cj-provider>`;

  it("shows every section of a complete record, each with its sources", async () => {
    const { card, errors } = await cardIn(withFixture, full.id);
    expect(errors.map((event) => String(event.error))).to.deep.equal([]);
    const meta = part(card, "meta")!.textContent!.replace(/\s+/g, " ");
    for (const fact of ["市域产教联合体", "已公布", "第2批", "2024年5月20日", "江苏省 苏州市", "苏州工业园区", "高档数控机床和机器人", "机器人与智能制造", "120 家成员单位"]) {
      expect(meta).to.include(fact);
    }
    const found = sections(card);
    expect([...found.keys()]).to.deep.equal(["理事会", "牵头单位", "成员院校专业", "产教融合实践中心", "技术服务平台"]);
    const council = found.get("理事会")!;
    expect([...council.querySelectorAll(".group-title")].map((title) => title.textContent)).to.deep.equal(["政府", "企业", "学校", "科研机构"]);
    expect(council.textContent).to.include("理事长单位");
    expect(council.textContent).to.include("示例智能制造研究院");
    expect(found.get("牵头单位")!.querySelectorAll("li")).to.have.length(2);
    expect(found.get("成员院校专业")!.textContent).to.include("工业机器人技术");
    expect(found.get("产教融合实践中心")!.textContent).to.include("苏州示例公共实践中心");
    expect(found.get("产教融合实践中心")!.textContent).to.include("示例数据");
    const platformRow = found.get("技术服务平台")!.querySelector("li")!.textContent!.replace(/\s+/g, " ");
    for (const fact of ["苏州示例共性技术服务平台", "共性技术服务平台 · 技术研发和检验检测 · 示例检测技术有限公司", "示例数据"]) expect(platformRow).to.include(fact);
    for (const [title, section] of found) {
      const links = [...section.querySelectorAll<HTMLAnchorElement>('[part~="source"] a')].map((link) => link.href);
      expect(links.length, `${title} names no source`).to.be.greaterThan(0);
    }
    expect(part(card, "card")!.querySelector(":scope > [part~='source'] a")!.getAttribute("href")).to.equal("https://example.org/consortium");
    // The researchers' note stays in the data, for keepers.
    expect(text(card)).to.not.include(full.note!);

    const selected = nextEvent(card, "cj-select");
    (part(card, "title")!.querySelector("button") as HTMLButtonElement).click();
    expect(((await selected) as CjSelectEvent<Consortium>).value.id).to.equal(full.id);
    await expect(card).to.be.accessible();
  });

  it("leaves out every empty section without gaps or errors", async () => {
    const { card, errors } = await cardIn(withFixture, empty.id);
    expect(errors).to.deep.equal([]);
    expect(sections(card).size).to.equal(0);
    const labels = [...part(card, "meta")!.querySelectorAll("dt")].map((dt) => dt.textContent);
    expect(labels).to.deep.equal(["类型", "状态"]);
    expect([...part(card, "meta")!.querySelectorAll("dd")].every((dd) => dd.textContent!.trim() !== "")).to.equal(true);
    expect(card.shadowRoot!.querySelector("ul:empty, section:empty")).to.equal(null);
    expect(text(card)).to.not.include("undefined");
    expect(text(card)).to.not.include("null");
    await expect(card).to.be.accessible();
  });

  it("speaks English", async () => {
    const { card } = await cardIn(withFixture, full.id, "full", "en");
    expect([...sections(card).keys()]).to.deep.equal(["Council", "Lead organisations", "Programmes of member schools", "Practice centres", "Technology service platforms"]);
    const platformRow = sections(card).get("Technology service platforms")!.querySelector("li")!.textContent!.replace(/\s+/g, " ");
    expect(platformRow).to.include("Common technology platform");
    expect(platformRow).to.include("示例检测技术有限公司 (en)");
    expect(platformRow).to.include("Sample data");
    expect(part(card, "meta")!.textContent).to.include("Jiangsu, Suzhou");
    expect(part(card, "meta")!.textContent).to.include("120 member organisations");
    expect(part(card, "meta")!.textContent).to.include("High-end CNC machine tools and robots");
    expect(part(card, "meta")!.textContent).to.not.include("成员单位");
    expect(sections(card).get("Lead organisations")!.textContent).to.include("苏州市人民政府 (en)");
  });
});
