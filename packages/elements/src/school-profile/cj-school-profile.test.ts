import { createClient, type Consortium, type PracticeCentre, type School } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import "../define.js";
import type { CjErrorEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import { nextEvent } from "../test-support/events.js";
import type { CjSchoolProfile } from "./cj-school-profile.js";
import { settled } from "../test-support/widgets.js";

type Client = ReturnType<typeof createClient>;

const sampleSchool: School = {
  id: "test-school",
  name: "示例职业技术学院",
  nameEn: "Sample Polytechnic",
  kind: "school",
  level: "高职专科",
  region: "320500",
  province: "320000",
  statistics: {
    year: 2024,
    fullTimeTeachers: 1234,
    dualQualifiedRatio: 0.625,
    industryMentorPosts: 18,
    resources: { coreCourses: 40, textbooks: 12, resourceLibraries: 2, onlineCourses: 9, simulationBases: 1 },
    source: "Test statistics",
    sample: true,
  },
  source: "Test fixture",
  citations: [],
  sample: false,
};

function part(profile: CjSchoolProfile, name: string): HTMLElement | null {
  return profile.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(profile: CjSchoolProfile): string {
  return part(profile, "profile")!.textContent!.replace(/\s+/g, " ");
}


function fakeApi(school: () => School | Response, centres: readonly PracticeCentre[] = [], memberships: readonly Consortium[] = []) {
  return clientAnswering((url) => {
    if (url.pathname.endsWith("/practice-centres")) return { items: centres, nextCursor: null };
    if (url.pathname.endsWith("/consortia")) return { items: memberships, nextCursor: null };
    return school();
  });
}

async function profileWith(client: Client, schoolId: string, lang = "zh-CN") {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}><cj-school-profile school-id=${schoolId}></cj-school-profile></cj-provider>
    </div>
  `);
  const profile = wrapper.querySelector("cj-school-profile")!;
  await settled(profile);
  return { profile, errors };
}

describe("cj-school-profile against the API server", () => {
  let client: Client;
  let school: School;
  let centres: PracticeCentre[];
  let memberships: Consortium[];

  before(async () => {
    client = createClient({ baseUrl: await apiUrl() });
    const operated = (await client.practiceCentres.list({ limit: 200 })).items.map((centre) => centre.operatorId);
    const schools = (await client.schools.list({ limit: 200 })).items;
    const operator = schools.find((candidate) => operated.includes(candidate.id) && candidate.statistics !== null);
    if (!operator) throw new Error("the seeded database has no school that runs a practice centre");
    school = operator;
    centres = (await client.practiceCentres.list({ operatorId: school.id })).items;
    memberships = (await client.consortia.list({ organisationId: school.id })).items;
  });

  it("shows the school's level, figures, practice centres and consortia", async () => {
    const { profile } = await profileWith(client, school.id);
    expect(part(profile, "title")!.textContent!.trim()).to.equal(school.name);
    expect(text(profile)).to.include(school.level);
    const ratio = new Intl.NumberFormat("zh-CN", { style: "percent", maximumFractionDigits: 1 }).format(school.statistics!.dualQualifiedRatio);
    expect(text(profile)).to.include(ratio);
    expect(text(profile)).to.include("产业导师特聘岗");
    expect(part(profile, "centres")!.querySelectorAll("li")).to.have.length(centres.length);
    for (const centre of centres) expect(part(profile, "centres")!.textContent).to.include(centre.name);
    expect(part(profile, "consortia")?.querySelectorAll("li").length ?? 0).to.equal(memberships.length);
    expect(part(profile, "badge")).to.not.equal(null);
  });

  it("passes an accessibility audit", async () => {
    const { profile } = await profileWith(client, school.id);
    await expect(profile).to.be.accessible();
  });

  it("says not found for an unknown school and offers Retry", async () => {
    const { profile, errors } = await profileWith(client, "no-such-school");
    expect(errors).to.have.length(1);
    expect(text(profile)).to.include("未找到该学校");
    expect(part(profile, "retry")).to.not.equal(null);
  });
});

describe("cj-school-profile with answers it is given", () => {
  it("formats the figures with Intl in English and marks sample statistics", async () => {
    const { profile } = await profileWith(fakeApi(() => sampleSchool), sampleSchool.id, "en");
    expect(part(profile, "title")!.textContent!.trim()).to.equal("Sample Polytechnic");
    expect(text(profile)).to.include("62.5%");
    expect(text(profile)).to.include("1,234");
    expect(text(profile)).to.include("Virtual simulation bases");
    expect(part(profile, "badge")!.textContent).to.equal("Sample data");
  });

  it("shows a school without statistics, centres or consortia without null or undefined", async () => {
    const bare: School = { ...sampleSchool, nameEn: null, region: null, province: null, statistics: null };
    for (const lang of ["zh-CN", "en"]) {
      const { profile } = await profileWith(fakeApi(() => bare), bare.id, lang);
      expect(text(profile)).to.not.match(/null|undefined|NaN/);
      expect(part(profile, "figures")).to.equal(null);
      expect(text(profile)).to.include(lang === "en" ? "No teacher or resource figures published." : "暂无师资与资源统计");
    }
  });

  it("shows the error state, then recovers on Retry", async () => {
    let answer: () => School | Response = () => new Response(null, { status: 500 });
    const { profile, errors } = await profileWith(fakeApi(() => answer()), sampleSchool.id);
    expect(errors).to.have.length(1);
    expect(text(profile)).to.include("学校信息加载失败");
    await expect(profile).to.be.accessible();
    answer = () => sampleSchool;
    part(profile, "retry")!.click();
    await settled(profile);
    expect(part(profile, "title")!.textContent!.trim()).to.equal(sampleSchool.name);
  });

  it("keeps a 300-character name inside the box", async () => {
    const long = { ...sampleSchool, name: "职业技术".repeat(75) };
    const { profile } = await profileWith(fakeApi(() => long), long.id);
    const box = part(profile, "profile")!.getBoundingClientRect();
    const title = part(profile, "title")!.getBoundingClientRect();
    expect(title.right).to.be.at.most(box.right + 0.5);
  });

  it("fires cj-select with the school on Enter and on click", async () => {
    const { profile } = await profileWith(fakeApi(() => sampleSchool), sampleSchool.id);
    const button = part(profile, "title")!.querySelector("button")!;
    button.focus();
    const selected = nextEvent(profile, "cj-select");
    await sendKeys({ press: "Enter" });
    expect((await selected).value).to.deep.equal(sampleSchool);
    const clicked = nextEvent(profile, "cj-select");
    button.click();
    expect(((await clicked).value as School).id).to.equal(sampleSchool.id);
  });
});
