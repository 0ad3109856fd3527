import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { collections, TalentGaps } from "@chanjiao/sdk";
import { getProblem, getValid, listAll, startTestServer } from "./helpers.ts";

let api: string;
let stop: () => Promise<void>;

before(async () => {
  ({ api, stop } = await startTestServer());
});
after(async () => {
  await stop();
});

const counted = (status: string) => status !== "withdrawn";

describe("GET /v1/talent/gaps", () => {
  it("names regions and major categories in English too, industries and levels in the data's Chinese only", async () => {
    const byRegion = await getValid(`${api}/talent/gaps?groupBy=region&region=320000`, TalentGaps);
    const regions = await listAll(`${api}/regions?limit=200`, collections.regions.schema);
    assert.ok(byRegion.body.items.length > 0);
    for (const item of byRegion.body.items) {
      const region = regions.find((candidate) => candidate.code === item.key)!;
      assert.deepEqual([item.label, item.labelEn], [region.name, region.nameEn], item.key);
    }
    const byCategory = await getValid(`${api}/talent/gaps?groupBy=majorCategory`, TalentGaps);
    const categories = await listAll(`${api}/major-categories?limit=200`, collections.majorCategories.schema);
    for (const item of byCategory.body.items) {
      const category = categories.find((candidate) => candidate.id === item.key)!;
      assert.ok(category.nameEn, `${item.key} has an English name`);
      assert.deepEqual([item.label, item.labelEn], [category.name, category.nameEn], item.key);
    }
    const byIndustry = await getValid(`${api}/talent/gaps?groupBy=industry`, TalentGaps);
    assert.ok(byIndustry.body.items.every((item) => !("labelEn" in item)), "no English name is made up");
  });

  it("by major category equals the sums of the listed demand and supply records, per period too", async () => {
    const filters = "region=320000&period=2024-2025";
    const demand = (await listAll(`${api}/talent-demand?${filters}&limit=200`, collections.talentDemand.schema)).filter((record) => counted(record.status));
    const supply = await listAll(`${api}/talent-supply?${filters}&limit=200`, collections.talentSupply.schema);
    const { body } = await getValid(`${api}/talent/gaps?groupBy=majorCategory&${filters}`, TalentGaps);
    assert.deepEqual(body.periods, [2024, 2025]);
    const keys = [...new Set([...demand, ...supply].map((record) => record.majorCategoryId))].sort();
    assert.ok(keys.length > 3, "the fixture region has too few categories to compare");
    assert.deepEqual(body.items.map((item) => item.key), keys, "one item per category, in key order");
    for (const item of body.items) {
      const ownDemand = demand.filter((record) => record.majorCategoryId === item.key);
      const ownSupply = supply.filter((record) => record.majorCategoryId === item.key);
      const demandSum = ownDemand.reduce((total, record) => total + record.headcount, 0);
      const supplySum = ownSupply.reduce((total, record) => total + record.graduates, 0);
      assert.equal(item.demand, demandSum, item.key);
      assert.equal(item.supply, supplySum, item.key);
      assert.equal(item.gap, demandSum - supplySum, item.key);
      assert.equal(item.ratio, supplySum === 0 ? null : demandSum / supplySum, item.key);
      for (const point of item.trend) {
        assert.equal(point.demand, ownDemand.filter((record) => record.period === point.period).reduce((total, record) => total + record.headcount, 0));
        assert.equal(point.supply, ownSupply.filter((record) => record.period === point.period).reduce((total, record) => total + record.graduates, 0));
      }
      assert.deepEqual(item.trend.map((point) => point.period), [2024, 2025]);
    }
    const names = new Map((await listAll(`${api}/major-categories?limit=200`, collections.majorCategories.schema)).map((category) => [category.id, category.name]));
    for (const item of body.items) assert.equal(item.label, names.get(item.key));
    assert.equal(body.sample, true);
    assert.ok(body.sources.length > 0);
  });

  it("by region: regions without supply have ratio null, not infinity, and region names as labels", async () => {
    const { body } = await getValid(`${api}/talent/gaps?groupBy=region`, TalentGaps);
    const unsupplied = body.items.filter((item) => item.supply === 0);
    assert.ok(unsupplied.length > 0, "the seed has regions with demand and no supply");
    for (const item of unsupplied) {
      assert.equal(item.ratio, null);
      assert.equal(item.gap, item.demand);
    }
    const suzhou = body.items.find((item) => item.key === "320500");
    assert.equal(suzhou?.label, "苏州市");
    assert.ok(body.items.every((item) => item.label !== item.key), "every region has a name");
  });

  it("by industry: supply, gap and ratio are null; an industry filter narrows demand only", async () => {
    const { body } = await getValid(`${api}/talent/gaps?groupBy=industry&period=2025`, TalentGaps);
    assert.ok(body.items.length > 5);
    for (const item of body.items) {
      assert.equal(item.label, item.key);
      assert.deepEqual([item.supply, item.gap, item.ratio], [null, null, null]);
      assert.deepEqual(item.trend, [{ period: 2025, demand: item.demand, supply: null }]);
    }
    const industry = body.items[0]!;
    const all = await getValid(`${api}/talent/gaps?groupBy=level&period=2025`, TalentGaps);
    const narrowed = await getValid(`${api}/talent/gaps?groupBy=level&period=2025&industry=${encodeURIComponent(industry.key)}`, TalentGaps);
    assert.equal(
      narrowed.body.items.reduce((total, item) => total + item.demand, 0),
      industry.demand,
    );
    for (const item of narrowed.body.items) {
      assert.equal(item.supply, all.body.items.find((candidate) => candidate.key === item.key)?.supply, `supply of ${item.key} ignores the industry`);
    }
  });

  it("a range lists every year of it in order, and the trend has a point for each", async () => {
    const { body } = await getValid(`${api}/talent/gaps?groupBy=level&period=2021-2025&majorCategoryId=mc-46`, TalentGaps);
    assert.deepEqual(body.periods, [2021, 2022, 2023, 2024, 2025]);
    for (const item of body.items) {
      assert.deepEqual(item.trend.map((point) => point.period), body.periods);
      assert.equal(item.trend.reduce((total, point) => total + point.demand, 0), item.demand);
      assert.equal(item.trend.reduce((total, point) => total + (point.supply ?? 0), 0), item.supply);
    }
  });

  it("answers 304 to a matching If-None-Match and is open to every origin", async () => {
    const url = `${api}/talent/gaps?groupBy=level`;
    const first = await fetch(url);
    await first.text();
    assert.equal(first.headers.get("access-control-allow-origin"), "*");
    assert.equal(first.headers.get("cache-control"), "public, max-age=60");
    const second = await fetch(url, { headers: { "If-None-Match": first.headers.get("etag")! } });
    assert.equal(second.status, 304);
  });

  it("refuses invalid queries with 400, naming the parameter", async () => {
    for (const [query, path] of [
      ["groupBy=period", "groupBy"],
      ["", "groupBy"],
      ["groupBy=level&period=2025-2023", "period"],
      ["groupBy=level&period=25", "period"],
      ["groupBy=level&region=32", "region"],
      ["groupBy=level&status=open", "status"],
    ] as const) {
      const problem = await getProblem(`${api}/talent/gaps?${query}`, 400);
      assert.ok(problem.errors?.some((error) => error.path === path), `${query}: ${JSON.stringify(problem.errors)}`);
    }
  });
});
