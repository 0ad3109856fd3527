import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { collections, page, TalentAggregate, type TalentDemand, type TalentSupply } from "@chanjiao/sdk";
import { getProblem, getValid, listAll, startTestServer } from "./helpers.ts";

let api: string;
let stop: () => Promise<void>;

before(async () => {
  ({ api, stop } = await startTestServer());
});
after(async () => {
  await stop();
});

describe("collections", () => {
  for (const [name, collection] of Object.entries(collections)) {
    it(`${name}: lists a valid page and gets each listed record`, async () => {
      const { body, response } = await getValid(`${api}/${collection.path}?limit=5`, page(collection.schema));
      assert.ok(body.items.length > 0, `${collection.path} is empty`);
      assert.equal(response.headers.get("cache-control"), "public, max-age=60");
      for (const item of body.items.slice(0, 2)) {
        const { body: one } = await getValid(`${api}/${collection.path}/${encodeURIComponent((item as { id: string }).id)}`, collection.schema);
        assert.deepEqual(one, item);
      }
      await getProblem(`${api}/${collection.path}/no-such-id`, 404);
    });
  }

  it("walks every page of talent demand with no duplicates in a stable order", async () => {
    const all = await listAll(`${api}/talent-demand?limit=200&period=2024`, collections.talentDemand.schema);
    assert.ok(all.length > 200);
    assert.ok(all.every((item) => item.period === 2024));
  });
});

describe("sorting", () => {
  /** Every page of a sorted list, following the cursors. */
  async function walk(url: string): Promise<Array<{ id: string; name: string }>> {
    const items: Array<{ id: string; name: string }> = [];
    let cursor: string | null = null;
    do {
      const next: string = cursor === null ? url : `${url}&cursor=${encodeURIComponent(cursor)}`;
      const { body } = await getValid(next, page(collections.schools.schema));
      items.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor !== null);
    return items;
  }
  const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

  it("pages through a list by name, and by name or id reversed, with every record once", async () => {
    const byId = await walk(`${api}/schools?limit=200`);
    const byName = await walk(`${api}/schools?limit=7&sort=name`);
    assert.deepEqual(byName.map((school) => school.id).sort(), byId.map((school) => school.id).sort());
    for (let index = 1; index < byName.length; index++) assert.ok(byBytes(byName[index - 1]!.name, byName[index]!.name) <= 0, "in name order");
    assert.deepEqual((await walk(`${api}/schools?limit=7&sort=-name`)).map((school) => school.id), byName.map((school) => school.id).reverse());
    assert.deepEqual((await walk(`${api}/schools?limit=9&sort=-id`)).map((school) => school.id), byId.map((school) => school.id).reverse());
  });

  it("refuses a cursor given for another order, and an unknown order", async () => {
    const { body } = await getValid(`${api}/schools?limit=2&sort=name`, page(collections.schools.schema));
    assert.deepEqual((await getProblem(`${api}/schools?sort=id&cursor=${encodeURIComponent(body.nextCursor!)}`, 400)).errors?.map((error) => error.path), ["cursor"]);
    assert.deepEqual((await getProblem(`${api}/schools?sort=headcount`, 400)).errors?.map((error) => error.path), ["sort"]);
  });
});

describe("filters", () => {
  it("a province code matches the province and its cities; a city code only that city", async () => {
    const jiangsu = await listAll(`${api}/consortia?region=320000`, collections.consortia.schema);
    assert.ok(jiangsu.some((item) => item.region === "320500"));
    // Industry communities also count where their organisations are (see consortia.test.ts).
    assert.ok(jiangsu.filter((item) => item.kind === "city").every((item) => item.province === "320000"));
    const suzhou = await listAll(`${api}/consortia?region=320500`, collections.consortia.schema);
    assert.ok(suzhou.length > 0 && suzhou.length < jiangsu.length);
    assert.ok(suzhou.filter((item) => item.kind === "city").every((item) => item.region === "320500"));
    const demand = await listAll(`${api}/talent-demand?region=440000&limit=200`, collections.talentDemand.schema);
    assert.ok(new Set(demand.map((item) => item.region)).size > 1);
  });

  it("kind, industry, organisation and batch on consortia", async () => {
    const industry = await listAll(`${api}/consortia?kind=industry`, collections.consortia.schema);
    assert.ok(industry.length >= 10 && industry.every((item) => item.kind === "industry"));
    const cars = await listAll(`${api}/consortia?industry=${encodeURIComponent("节能与新能源汽车")}`, collections.consortia.schema);
    assert.ok(cars.length > 0 && cars.every((item) => item.industries.includes("节能与新能源汽车")));
    const lead = cars.find((item) => item.leadOrganisationIds.length > 0)!.leadOrganisationIds[0]!;
    const led = await listAll(`${api}/consortia?organisationId=${lead}`, collections.consortia.schema);
    assert.ok(led.length > 0 && led.every((item) => item.leadOrganisationIds.includes(lead) || item.council.some((seat) => seat.organisationId === lead)));
    const batch2 = await listAll(`${api}/consortia?batch=2`, collections.consortia.schema);
    assert.equal(batch2.length, 6);
  });

  it("majorCategoryId and level", async () => {
    const majors = await listAll(`${api}/majors?majorCategoryId=mc-46&level=${encodeURIComponent("高职专科")}`, collections.majors.schema);
    assert.ok(majors.length > 0 && majors.every((item) => item.majorCategoryId === "mc-46" && item.level === "高职专科"));
    const demand = await listAll(`${api}/talent-demand?majorCategoryId=mc-51&level=${encodeURIComponent("中职")}`, collections.talentDemand.schema);
    assert.ok(demand.length > 0 && demand.every((item) => item.majorCategoryId === "mc-51" && item.level === "中职"));
  });

  it("multi-valued filters: function, training mode, country, field", async () => {
    const teaching = await listAll(`${api}/practice-centres?function=teaching`, collections.practiceCentres.schema);
    assert.ok(teaching.length > 0 && teaching.every((item) => item.functions.includes("teaching")));
    const apprenticeship = await listAll(`${api}/programmes?trainingMode=${encodeURIComponent("学徒制")}`, collections.programmes.schema);
    assert.ok(apprenticeship.length > 0 && apprenticeship.every((item) => item.trainingModes.includes("学徒制")));
    const egypt = await listAll(`${api}/cooperation-projects?country=${encodeURIComponent("埃及")}`, collections.cooperationProjects.schema);
    assert.equal(egypt.length, 2);
    // Both are run by schools of Tianjin: the contract places them there.
    assert.deepEqual(egypt.map((project) => project.regions), [["120000"], ["120000"]]);
    const robots = await listAll(`${api}/cooperation-projects?field=robot`, collections.cooperationProjects.schema);
    assert.ok(robots.length > 0 && robots.every((item) => item.fieldsEn.some((field) => field.includes("robot"))));
    // A field is found by its Chinese name too.
    const robotsZh = await listAll(`${api}/cooperation-projects?field=${encodeURIComponent("机器人")}`, collections.cooperationProjects.schema);
    assert.deepEqual(robotsZh.map((item) => item.id).sort(), robots.map((item) => item.id).sort());
  });

  it("operatorId: the practice centres an organisation runs, and none for one that runs none", async () => {
    const every = await listAll(`${api}/practice-centres`, collections.practiceCentres.schema);
    const operatorId = every.find((item) => item.operatorId !== null)!.operatorId!;
    const run = await listAll(`${api}/practice-centres?operatorId=${encodeURIComponent(operatorId)}`, collections.practiceCentres.schema);
    assert.deepEqual(
      run.map((item) => item.id),
      every.filter((item) => item.operatorId === operatorId).map((item) => item.id),
    );
    assert.deepEqual(await listAll(`${api}/practice-centres?operatorId=no-such-operator`, collections.practiceCentres.schema), []);
  });

  it("consortiumId: the service platforms of a city consortium, and none for an industry community", async () => {
    const every = await listAll(`${api}/service-platforms`, collections.servicePlatforms.schema);
    const consortiumId = every[0]!.consortiumId;
    const platforms = await listAll(`${api}/service-platforms?consortiumId=${encodeURIComponent(consortiumId)}`, collections.servicePlatforms.schema);
    assert.deepEqual(
      platforms.map((item) => item.id),
      every.filter((item) => item.consortiumId === consortiumId).map((item) => item.id),
    );
    assert.ok(platforms.some((item) => item.kind === "common-technology"));
    const community = (await listAll(`${api}/consortia?kind=industry`, collections.consortia.schema))[0]!;
    assert.deepEqual(await listAll(`${api}/service-platforms?consortiumId=${encodeURIComponent(community.id)}`, collections.servicePlatforms.schema), []);
  });

  it("period as a year and as an inclusive range", async () => {
    const year = await listAll(`${api}/talent-supply?period=2023&majorCategoryId=mc-46`, collections.talentSupply.schema);
    assert.ok(year.length > 0 && year.every((item) => item.period === 2023));
    const range = await listAll(`${api}/talent-supply?period=2023-2025&majorCategoryId=mc-46`, collections.talentSupply.schema);
    assert.deepEqual([...new Set(range.map((item) => item.period))].sort(), [2023, 2024, 2025]);
  });

  it("q matches names as plain text", async () => {
    const found = await listAll(`${api}/consortia?q=${encodeURIComponent("深圳")}`, collections.consortia.schema);
    assert.ok(found.length > 0 && found.every((item) => item.name.includes("深圳")));
    const regions = await listAll(`${api}/regions?q=Jiangsu`, collections.regions.schema);
    assert.deepEqual(regions.map((region) => region.id), ["320000"]);
  });

  it("SQL and script fragments in q are harmless text", async () => {
    for (const text of ["' OR 1=1 --", "%", "_", '"; DROP TABLE consortia; --', "<script>alert(1)</script>"]) {
      const { body } = await getValid(`${api}/consortia?q=${encodeURIComponent(text)}`, page(collections.consortia.schema));
      assert.deepEqual(body.items, [], `q=${text} matched records`);
    }
    const { body } = await getValid(`${api}/consortia?limit=1`, page(collections.consortia.schema));
    assert.equal(body.items.length, 1, "consortia table is gone");
  });

  it("invalid filters are 400 problems naming each parameter", async () => {
    const cases: Array<[string, string[]]> = [
      ["consortia?region=abc", ["region"]],
      ["consortia?limit=0", ["limit"]],
      ["talent-demand?period=20x5", ["period"]],
      ["consortia?colour=red", ["colour"]],
      ["consortia?kind=state&limit=x", ["kind", "limit"]],
      ["consortia?cursor=not-a-cursor", ["cursor"]],
      ["consortia?kind=city&kind=industry", ["kind"]],
      ["talent-demand/aggregate?groupBy=colour", ["groupBy"]],
      ["talent-demand/aggregate", ["groupBy"]],
    ];
    for (const [path, parameters] of cases) {
      const problem = await getProblem(`${api}/${path}`, 400);
      assert.deepEqual(problem.errors?.map((error) => error.path).sort(), parameters.sort(), path);
    }
  });
});

describe("HTTP behaviour", () => {
  it("answers If-None-Match with 304 and an empty body; CORS and request id on every response", async () => {
    const first = await fetch(`${api}/regions?limit=3`);
    await first.text();
    const tag = first.headers.get("etag");
    assert.match(tag ?? "", /^"[^"]+"$/);
    assert.equal(first.headers.get("access-control-allow-origin"), "*");
    assert.match(first.headers.get("access-control-expose-headers") ?? "", /ETag/i);
    assert.ok(first.headers.get("x-request-id"));
    const second = await fetch(`${api}/regions?limit=3`, { headers: { "If-None-Match": tag! } });
    assert.equal(second.status, 304);
    assert.equal(await second.text(), "");
    assert.ok(second.headers.get("x-request-id"));
    assert.equal(second.headers.get("access-control-allow-origin"), "*");
  });

  it("unknown routes are 404 problems, methods a path does not take 405 problems", async () => {
    await getProblem(`${api}/no-such-collection`, 404);
    await getProblem(`${api.replace(/\/v1$/, "")}/elsewhere`, 404);
    const response = await fetch(`${api}/regions`, { method: "PUT", body: "{}" });
    assert.equal(response.status, 405);
    assert.match(response.headers.get("content-type") ?? "", /problem\+json/);
    await response.text();
  });

  it("the root lists every collection", async () => {
    const response = await fetch(api);
    const body = (await response.json()) as { collections: Array<{ path: string }> };
    assert.equal(body.collections.length, Object.keys(collections).length);
  });
});

describe("aggregates", () => {
  const sum = (items: Array<{ key: string; total: number; count: number }>) => items.reduce((total, item) => total + item.total, 0);

  it("demand totals per group equal the sums over the listed records", async () => {
    const filters = "region=320000&period=2022-2024";
    const rows: TalentDemand[] = await listAll(`${api}/talent-demand?${filters}&limit=200`, collections.talentDemand.schema);
    for (const groupBy of ["majorCategory", "industry", "level", "region", "period"] as const) {
      const { body } = await getValid(`${api}/talent-demand/aggregate?groupBy=${groupBy}&${filters}`, TalentAggregate);
      assert.equal(body.measure, "demand");
      assert.equal(body.sample, true);
      assert.equal(sum(body.items), rows.reduce((total, row) => total + row.headcount, 0));
      assert.equal(body.items.reduce((total, item) => total + item.count, 0), rows.length);
    }
    const { body } = await getValid(`${api}/talent-demand/aggregate?groupBy=level&${filters}`, TalentAggregate);
    for (const item of body.items) {
      assert.equal(item.total, rows.filter((row) => row.level === item.key).reduce((total, row) => total + row.headcount, 0));
    }
  });

  it("supply totals equal the sums over the listed records", async () => {
    const filters = "majorCategoryId=mc-46&period=2025";
    const rows: TalentSupply[] = await listAll(`${api}/talent-supply?${filters}&limit=200`, collections.talentSupply.schema);
    const { body } = await getValid(`${api}/talent-supply/aggregate?groupBy=region&${filters}`, TalentAggregate);
    assert.equal(body.measure, "supply");
    assert.equal(sum(body.items), rows.reduce((total, row) => total + row.graduates, 0));
    await getProblem(`${api}/talent-supply/aggregate?groupBy=industry`, 400);
  });
});
