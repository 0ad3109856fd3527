import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { collections, type Consortium, ConsortiumCounts, type Organisation } from "@chanjiao/sdk";
import { getProblem, getValid, listAll, startTestServer } from "./helpers.ts";

let api: string;
let stop: () => Promise<void>;
let consortia: Consortium[];
let organisations: Map<string, Organisation>;

before(async () => {
  ({ api, stop } = await startTestServer());
  consortia = await listAll(`${api}/consortia?limit=200`, collections.consortia.schema);
  const orgs = await listAll(`${api}/organisations?limit=200`, collections.organisations.schema);
  organisations = new Map(orgs.map((org) => [org.id, org]));
});
after(async () => {
  await stop();
});

const members = (consortium: Consortium) => [...consortium.leadOrganisationIds, ...consortium.council.map((seat) => seat.organisationId)];

/** The provinces a consortium counts in, worked out from the records rather than from SQL. */
function provincesOf(consortium: Consortium): Set<string> {
  const own = consortium.province === null ? [] : [consortium.province];
  if (consortium.kind === "city") return new Set(own);
  const ofMembers = members(consortium).map((id) => organisations.get(id)?.province ?? null);
  return new Set([...own, ...ofMembers].filter((code) => code !== null));
}

function expectedCount(province: string, kind: Consortium["kind"], keep: (consortium: Consortium) => boolean = () => true): number {
  return consortia.filter((item) => item.kind === kind && keep(item) && provincesOf(item).has(province)).length;
}

describe("GET /v1/consortia/counts", () => {
  it("lists all 34 provinces once, with counts that follow from the records", async () => {
    const { body, response } = await getValid(`${api}/consortia/counts`, ConsortiumCounts);
    assert.equal(response.headers.get("cache-control"), "public, max-age=60");
    const codes = body.provinces.map((province) => province.code);
    assert.equal(codes.length, 34);
    assert.equal(new Set(codes).size, 34);
    assert.equal(body.provinces.find((province) => province.code === "320000")?.shortName, "江苏");
    for (const province of body.provinces) {
      const city = expectedCount(province.code, "city");
      const industry = expectedCount(province.code, "industry");
      assert.deepEqual(province.counts, { city, industry, all: city + industry }, province.name);
    }
    // An industry community with organisations in several provinces counts in each of them, once.
    const spread = consortia.find((item) => item.kind === "industry" && provincesOf(item).size > 1);
    assert.ok(spread, "the seed has no community spanning provinces");
    for (const code of provincesOf(spread)) {
      assert.ok(body.provinces.find((province) => province.code === code)!.counts.industry >= 1);
    }
    const placed = consortia.filter((item) => provincesOf(item).size > 0);
    assert.equal(body.totals.all, placed.length);
    assert.equal(body.totals.city, placed.filter((item) => item.kind === "city").length);
  });

  it("counts equal the lengths of the region-filtered lists, per province and per city", async () => {
    const { body } = await getValid(`${api}/consortia/counts`, ConsortiumCounts);
    for (const province of body.provinces.filter((item) => item.counts.all > 0)) {
      for (const kind of ["city", "industry"] as const) {
        const listed = await listAll(`${api}/consortia?region=${province.code}&kind=${kind}`, collections.consortia.schema);
        assert.equal(listed.length, province.counts[kind], `${province.name} ${kind}`);
      }
      for (const city of province.cities) {
        const listed = await listAll(`${api}/consortia?region=${city.code}&kind=city`, collections.consortia.schema);
        assert.equal(listed.length, city.counts.city, `${city.name}`);
      }
    }
    const jiangsu = body.provinces.find((province) => province.code === "320000")!;
    assert.deepEqual(
      jiangsu.cities.find((city) => city.code === "320500")?.counts.city,
      consortia.filter((item) => item.kind === "city" && item.region === "320500").length,
    );
  });

  it("narrows by kind, industry and province", async () => {
    const { body: cityOnly } = await getValid(`${api}/consortia/counts?kind=city`, ConsortiumCounts);
    assert.ok(cityOnly.provinces.every((province) => province.counts.industry === 0));
    assert.ok(cityOnly.totals.city > 0);

    const industry = "节能与新能源汽车";
    const { body: cars } = await getValid(`${api}/consortia/counts?industry=${encodeURIComponent(industry)}`, ConsortiumCounts);
    for (const province of cars.provinces) {
      assert.equal(province.counts.industry, expectedCount(province.code, "industry", (item) => item.industries.includes(industry)), province.name);
    }
    assert.ok(cars.totals.all > 0 && cars.totals.all < consortia.length);

    const { body: one } = await getValid(`${api}/consortia/counts?province=320000`, ConsortiumCounts);
    assert.deepEqual(
      one.provinces.map((province) => province.code),
      ["320000"],
    );
    assert.ok(one.provinces[0]!.cities.some((city) => city.code === "320500" && city.name === "苏州市"));
    assert.equal(one.totals.all, one.provinces[0]!.counts.all);
  });

  it("rejects a bad query and names an unknown province", async () => {
    const cityCode = await getProblem(`${api}/consortia/counts?province=320500`, 400);
    assert.deepEqual(cityCode.errors?.map((error) => error.path), ["province"]);
    await getProblem(`${api}/consortia/counts?kind=state`, 400);
    await getProblem(`${api}/consortia/counts?industry=${encodeURIComponent("不是产业")}`, 400);
    await getProblem(`${api}/consortia/counts?region=320000`, 400);
    await getProblem(`${api}/consortia/counts?province=990000`, 404);
  });
});

describe("consortium search", () => {
  it("finds by name, industry and member organisation, industry communities included", async () => {
    const byName = await listAll(`${api}/consortia?q=${encodeURIComponent("共同体")}`, collections.consortia.schema);
    assert.ok(byName.length > 0 && byName.every((item) => item.name.includes("共同体")));

    const rail = await listAll(`${api}/consortia?industry=${encodeURIComponent("先进轨道交通装备")}`, collections.consortia.schema);
    assert.ok(rail.some((item) => item.kind === "industry"));
    assert.ok(rail.every((item) => item.industries.includes("先进轨道交通装备")));

    const community = consortia.find((item) => item.kind === "industry" && item.council.length > 1)!;
    const member = community.council.at(-1)!.organisationId;
    const withMember = await listAll(`${api}/consortia?organisationId=${member}`, collections.consortia.schema);
    assert.ok(withMember.some((item) => item.id === community.id));
    assert.ok(withMember.every((item) => members(item).includes(member)));
  });

  it("a region finds industry communities whose organisations are there, not only where they are based", async () => {
    const community = consortia.find(
      (item) => item.kind === "industry" && [...provincesOf(item)].some((code) => code !== item.province),
    );
    assert.ok(community, "the seed has no community with an organisation outside its own province");
    const elsewhere = [...provincesOf(community)].find((code) => code !== community.province)!;
    const found = await listAll(`${api}/consortia?region=${elsewhere}&kind=industry`, collections.consortia.schema);
    assert.ok(found.some((item) => item.id === community.id));
    assert.ok(found.every((item) => provincesOf(item).has(elsewhere)));
  });
});
