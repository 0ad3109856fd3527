import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { MajorSignals, type TalentDemand, type TalentSupply, TalentGaps } from "@chanjiao/sdk";
import { openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { buildSeedRecords } from "../src/seed/records.ts";
import { writeRecords } from "../src/seed/load.ts";
import { createTestDatabase, getProblem, getValid, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let api: string;

const fixture = { source: "signals test fixture", citations: [], sample: false };
let serial = 0;
function demand(majorCategoryId: string, period: number, headcount: number, options: { status?: TalentDemand["status"]; region?: string } = {}): TalentDemand {
  const region = options.region ?? "320500";
  return {
    id: `demand-${String(++serial).padStart(4, "0")}`,
    publisherId: "org-fixture",
    region,
    province: `${region.slice(0, 2)}0000`,
    industry: "新材料",
    occupation: "fixture",
    majorCategoryId,
    level: "高职专科",
    headcount,
    period,
    status: options.status ?? "open",
    publishedAt: `${period}-03-01`,
    ...fixture,
  };
}
function supply(majorCategoryId: string, period: number, graduates: number, region = "320500"): TalentSupply {
  return { id: `supply-${++serial}`, region, province: `${region.slice(0, 2)}0000`, majorCategoryId, level: "高职专科", period, graduates, ...fixture };
}
const years = [2023, 2024, 2025];

before(async () => {
  database = await createTestDatabase("signals");
  const db = await openDatabase(database.location);
  await writeRecords(db, {
    ...buildSeedRecords(),
    talentDemand: [
      // mc-41: three times supply every year → shortage (ratio 3).
      ...years.map((year) => demand("mc-41", year, 300)),
      // mc-42: half of supply every year → surplus; short in 2022, outside the default window.
      ...years.map((year) => demand("mc-42", year, 50)),
      demand("mc-42", 2022, 500),
      // mc-43: balanced in 2023 unless the withdrawn posting counted; short afterwards → no signal.
      ...years.map((year) => demand("mc-43", year, year === 2023 ? 100 : 300)),
      demand("mc-43", 2023, 500, { status: "withdrawn" }),
      // mc-44: short in 2024 and 2025, no figures at all in 2023.
      demand("mc-44", 2024, 300),
      demand("mc-44", 2025, 300),
      // mc-45: demand and no graduates → shortage, ratio null.
      ...years.map((year) => demand("mc-45", year, 10)),
      // mc-41 in Shenzhen: in surplus there.
      ...years.map((year) => demand("mc-41", year, 10, { region: "440300" })),
    ],
    talentSupply: [
      ...years.flatMap((year) => [supply("mc-41", year, 100), supply("mc-42", year, 100), supply("mc-43", year, 100), supply("mc-41", year, 100, "440300")]),
      supply("mc-42", 2022, 100),
      supply("mc-44", 2024, 100),
      supply("mc-44", 2025, 100),
    ],
  });
  await db.destroy();
  server = await startServer({ db: database.location, port: 0 });
  api = `${server.url}/v1`;
});
after(async () => {
  await server?.close();
  await database?.drop();
});

const signalsOf = (body: MajorSignals) => Object.fromEntries(body.items.map((item) => [item.majorCategoryId, item.signal]));

describe("GET /v1/talent/signals", () => {
  it("finds persistent shortage and surplus over the last three periods, with the figures of each", async () => {
    const { body } = await getValid(`${api}/talent/signals?region=320500`, MajorSignals);
    assert.deepEqual(body.periods, years);
    assert.equal(body.threshold, 1.2);
    assert.equal(body.region, "320500");
    assert.deepEqual(signalsOf(body), { "mc-41": "shortage", "mc-42": "surplus", "mc-45": "shortage" });
    const shortage = body.items.find((item) => item.majorCategoryId === "mc-41")!;
    assert.equal(shortage.label, "农林牧渔大类");
    assert.deepEqual(shortage.points, years.map((period) => ({ period, demand: 300, supply: 100, ratio: 3 })));
    const unsupplied = body.items.find((item) => item.majorCategoryId === "mc-45")!;
    assert.ok(unsupplied.points.every((point) => point.supply === 0 && point.ratio === null));
    assert.equal(body.sample, false);
    assert.deepEqual(body.sources, ["signals test fixture"]);
  });

  it("a period without figures breaks a run; a shorter window sees it", async () => {
    const three = await getValid(`${api}/talent/signals?region=320500&periods=3`, MajorSignals);
    assert.equal(signalsOf(three.body)["mc-44"], undefined);
    const two = await getValid(`${api}/talent/signals?region=320500&periods=2`, MajorSignals);
    assert.equal(signalsOf(two.body)["mc-44"], "shortage");
    assert.deepEqual(two.body.periods, [2024, 2025]);
  });

  it("the window ends at the given period", async () => {
    const { body } = await getValid(`${api}/talent/signals?region=320500&period=2024&periods=3`, MajorSignals);
    assert.deepEqual(body.periods, [2022, 2023, 2024]);
    assert.equal(signalsOf(body)["mc-42"], undefined, "2022 was short, so 2022–2024 is no persistent surplus");
  });

  it("a region narrows both sides; all regions sum them", async () => {
    const shenzhen = await getValid(`${api}/talent/signals?region=440300`, MajorSignals);
    assert.deepEqual(signalsOf(shenzhen.body), { "mc-41": "surplus" });
    const everywhere = await getValid(`${api}/talent/signals`, MajorSignals);
    assert.equal(everywhere.body.region, null);
    // 310 against 200 graduates a year: still short overall.
    assert.equal(signalsOf(everywhere.body)["mc-41"], "shortage");
  });

  it("the threshold sets how wide an imbalance must be", async () => {
    const { body } = await getValid(`${api}/talent/signals?region=320500&threshold=4`, MajorSignals);
    assert.deepEqual(signalsOf(body), { "mc-45": "shortage" });
  });

  it("withdrawn postings do not count, in signals or gaps", async () => {
    const { body } = await getValid(`${api}/talent/gaps?groupBy=majorCategory&region=320500&period=2023&majorCategoryId=mc-43`, TalentGaps);
    assert.equal(body.items[0]?.demand, 100);
  });

  it("refuses invalid queries with 400, naming the parameter", async () => {
    for (const [query, path] of [
      ["periods=1", "periods"],
      ["periods=11", "periods"],
      ["threshold=1", "threshold"],
      ["threshold=abc", "threshold"],
      ["period=20x5", "period"],
      ["groupBy=level", "groupBy"],
      ["period=1991&periods=3", "periods"],
    ] as const) {
      const problem = await getProblem(`${api}/talent/signals?${query}`, 400);
      assert.ok(problem.errors?.some((error) => error.path === path), `${query}: ${JSON.stringify(problem.errors)}`);
    }
  });
});
