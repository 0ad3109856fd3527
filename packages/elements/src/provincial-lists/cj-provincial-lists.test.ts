import { createClient, provincialLists, type BaseClient, type ProvincialList } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import "../provider/define.js";
import "./define.js";
import type { CjErrorEvent } from "../shared/events.js";
import { apiUrl, clientAnswering } from "../test-support/api.js";
import type { CjProvincialLists } from "./cj-provincial-lists.js";
import { settled } from "../test-support/widgets.js";

function parts(element: CjProvincialLists, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function text(element: CjProvincialLists): string {
  return parts(element, "lists")[0]!.textContent!.replace(/\s+/g, " ");
}


async function listsWith(client: BaseClient, province: string, lang = "zh-CN") {
  const errors: CjErrorEvent[] = [];
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client}><cj-provincial-lists province=${province}></cj-provincial-lists></cj-provider>
    </div>
  `);
  const element = wrapper.querySelector("cj-provincial-lists")!;
  await settled(element);
  return { element, errors };
}

const sampleList: ProvincialList = {
  id: "list-test",
  province: "320000",
  kind: "policy-support",
  year: 2025,
  title: "测试政策支持清单",
  titleEn: "Test policy support list",
  items: [{ title: "产教融合型企业奖补", titleEn: "Awards for enterprises integrating industry and education", detail: "按投入给予奖补", detailEn: "Awards by investment", industry: null, majorCategoryId: null, source: "Test (https://example.org/p)" }],
  source: "Test fixture",
  citations: [],
  sample: false,
};

describe("cj-provincial-lists against the API server", () => {
  let baseUrl: string;
  let seeded: ProvincialList[];

  before(async () => {
    baseUrl = await apiUrl();
    seeded = (await createClient({ baseUrl }).collection(provincialLists).list({ province: "320000", limit: 200 })).items;
  });

  it("shows the three lists of 江苏 with their items and sources, in the policy's order", async () => {
    const { element } = await listsWith(createClient({ baseUrl }), "320000");
    expect(new Set(seeded.map((list) => list.kind)).size, "the seed has all three lists for 江苏").to.equal(3);
    const titles = parts(element, "list-title").map((title) => title.textContent!.trim());
    expect([...titles].sort()).to.deep.equal(seeded.map((list) => list.title).sort());
    const kinds = parts(element, "list").map((list) => list.querySelector(".kind")!.textContent);
    expect(kinds[0]).to.equal("人才需求清单");
    expect(kinds.at(-1)).to.equal("政策支持清单");
    const itemCount = seeded.reduce((sum, list) => sum + list.items.length, 0);
    expect(parts(element, "item")).to.have.length(itemCount);
    expect(text(element)).to.include(seeded[0]!.items[0]!.title);
    expect(parts(element, "item").every((item) => item.querySelector('[part~="source"]')!.textContent!.startsWith("来源"))).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it("names each item's major category rather than showing its id", async () => {
    const { element } = await listsWith(createClient({ baseUrl }), "320000");
    const withCategory = seeded.flatMap((list) => list.items).filter((item) => item.majorCategoryId !== null);
    expect(withCategory.length, "the seed files items under major categories").to.be.greaterThan(0);
    const { name } = await createClient({ baseUrl }).majorCategories.get(withCategory[0]!.majorCategoryId!);
    const shown = text(element);
    expect(shown).to.include(name);
    expect(shown).to.not.match(/\bmc-\d{2}\b/);
  });

  it("names the major categories in English on an English page", async () => {
    const client = createClient({ baseUrl });
    const { element } = await listsWith(client, "320000", "en");
    const ids = [...new Set(seeded.flatMap((list) => list.items).flatMap((item) => (item.majorCategoryId ? [item.majorCategoryId] : [])))];
    for (const id of ids) {
      const category = await client.majorCategories.get(id);
      expect(category.nameEn, id).to.be.a("string");
      expect(text(element)).to.include(`Major category${category.nameEn!}`);
    }
  });

  it("shows titles, details and industries in English on an English page and in Chinese on a Chinese page", async () => {
    const client = createClient({ baseUrl });
    const { element: en } = await listsWith(client, "320000", "en");
    const { element: zh } = await listsWith(client, "320000");
    const items = seeded.flatMap((list) => list.items);
    for (const list of seeded) expect(text(en)).to.include(list.titleEn!);
    for (const item of items) {
      expect(text(en)).to.include(item.titleEn!);
      if (item.detailEn) expect(text(en)).to.include(item.detailEn);
    }
    expect(text(en)).to.not.match(/[\u4e00-\u9fff]/);
    expect(text(zh)).to.include(items.find((item) => item.industry)!.industry!);
  });

  it("filters by kind with its buttons and the kind attribute", async () => {
    const { element } = await listsWith(createClient({ baseUrl }), "320000", "en");
    const talentDemand = parts(element, "filter")[0]!.querySelectorAll("button")[1]!;
    expect(talentDemand.textContent).to.equal("Talent demand list");
    talentDemand.click();
    await settled(element);
    expect(element.getAttribute("kind")).to.equal("talent-demand");
    await waitUntil(() => parts(element, "list").length === seeded.filter((list) => list.kind === "talent-demand").length, "not filtered");
    expect(parts(element, "list").every((list) => list.querySelector(".kind")!.textContent === "Talent demand list")).to.equal(true);
    expect(talentDemand.getAttribute("aria-pressed")).to.equal("true");
    await expect(element).to.be.accessible();
  });

  it("says so for a province with no lists", async () => {
    const { element, errors } = await listsWith(createClient({ baseUrl }), "650000");
    expect(errors).to.have.length(0);
    expect(text(element)).to.include("该省份暂无已发布的清单");
    await expect(element).to.be.accessible();
  });
});

describe("cj-provincial-lists with answers it did not expect", () => {
  it("shows the error state, then recovers on Retry", async () => {
    let fail = true;
    const client = clientAnswering(() => (fail ? new Response(null, { status: 500 }) : { items: [sampleList], nextCursor: null }));
    const { element, errors } = await listsWith(client, "320000");
    expect(errors).to.have.length(1);
    expect(text(element)).to.include("三张清单加载失败");
    await expect(element).to.be.accessible();
    fail = false;
    parts(element, "retry")[0]!.click();
    await settled(element);
    expect(parts(element, "list-title")[0]!.textContent).to.equal("测试政策支持清单");
    expect(text(element)).to.include("按投入给予奖补");
    expect(parts(element, "item")[0]!.querySelector("a")!.href).to.equal("https://example.org/p");
  });
});
