import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import {
  collections,
  Consortium,
  CooperationProject,
  ImplementingDocument,
  IncentivePolicy,
  PracticeCentre,
  Problem,
  Programme,
  ProvincePilot,
  ProvinceProfile,
  Region,
  School,
  TalentGaps,
} from "@chanjiao/sdk";
import * as z from "zod/mini";
import { writeTemplate } from "../src/files/template.ts";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import type { ReformWordingFile } from "../src/seed/data-files.ts";
import { createTestDatabase, getProblem, getValid, listAll, type TestDatabase } from "./helpers.ts";

interface PilotsFile {
  pilots: Array<{ provinceCode: string; programme: string; date: string; document: string; areas: string[]; source: string; confidence: string }>;
  policies: Array<{ provinceCode: string; policy: string; categories: string[]; issuer: string; content: string; source: string }>;
  implementingDocuments: Array<{ provinceCode: string; title: string; source: string }>;
}
const file = JSON.parse(readFileSync(new URL("../data/province-pilots.json", import.meta.url), "utf8")) as PilotsFile;
const wording = JSON.parse(readFileSync(new URL("../data/reform-wording.json", import.meta.url), "utf8")) as ReformWordingFile;

let database: TestDatabase;
let server: RunningServer;
let api: string;
const keys = { admin: "", shandong: "", jiangsu: "" };

function send(method: string, path: string, key: string, options: { body?: unknown; ifMatch?: string } = {}): Promise<Response> {
  return fetch(`${api}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...(options.ifMatch ? { "If-Match": options.ifMatch } : {}) },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

async function created<S extends z.core.$ZodType>(response: Response, schema: S): Promise<{ record: z.output<S>; etag: string }> {
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return { record: z.parse(schema, JSON.parse(text)), etag: response.headers.get("etag")! };
}

/** A government organisation of the province, made by the admin, and an editor key of it. */
async function governmentKey(name: string, region: string): Promise<string> {
  const { record } = await created(await send("POST", "/organisations", keys.admin, { body: { name, nameEn: null, kind: "government", level: null, region, source: "测试" } }), z.object({ id: z.string() }));
  const db = await openDatabase(database.location);
  try {
    return (await createApiKey(db, { organisationId: record.id })).key;
  } finally {
    await db.destroy();
  }
}

const profileOf = async (province: string) => (await getValid(`${api}/province-profile?province=${province}`, ProvinceProfile)).body;

before(async () => {
  database = await createTestDatabase("province-profile");
  server = await startServer({ db: database.location, port: 0 });
  api = `${server.url}/v1`;
  const db = await openDatabase(database.location);
  const enterprise = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  keys.admin = (await createApiKey(db, { organisationId: enterprise.id, role: "admin" })).key;
  await db.destroy();
  keys.shandong = await governmentKey("山东省教育厅", "370000");
  keys.jiangsu = await governmentKey("江苏省教育厅", "320000");
});
after(async () => {
  await server?.close();
  await database?.drop();
});

describe("reform records are seeded from the data file as it is", () => {
  it("holds every pilot, policy and document of the file, sourced, with its confidence, and no date or document the file does not give", async () => {
    const pilots = await listAll(`${api}/province-pilots?limit=200`, ProvincePilot);
    assert.equal(pilots.length, file.pilots.length);
    for (const entry of file.pilots) {
      const worded = wording.pilots[entry.programme]!;
      const pilot = pilots.find((candidate) => candidate.programme === worded.programme && candidate.province === entry.provinceCode);
      assert.ok(pilot, entry.programme);
      assert.equal(pilot.programmeEn, worded.programmeEn);
      assert.deepEqual([pilot.areas, pilot.source, pilot.sample], [entry.areas, entry.source, false]);
      assert.ok(entry.confidence.startsWith(pilot.confidence) || (pilot.confidence === "medium-low" && entry.confidence.startsWith("low-medium")), entry.confidence);
      // A date is the one the file starts its wording with, never one inferred from the rest.
      assert.equal(pilot.date, /^\d{4}(-\d{2}(-\d{2})?)?(?![\d-])/.exec(entry.date)?.[0] ?? null, entry.date);
      if (pilot.date !== entry.date || pilot.document === null) assert.ok(pilot.note, `${entry.programme}: the file's wording is kept`);
      if (pilot.document !== null) assert.deepEqual([pilot.document, pilot.documentEn], [worded.document, worded.documentEn]);
      else assert.equal(pilot.documentEn, undefined);
    }
    assert.equal(pilots.find((pilot) => pilot.province === "210000")?.areas.length, 0, "a gap stays a gap");
    // What the pages show is Chinese in the Chinese fields and English in the English ones; a title the source lacks says so in both.
    const shown = [...pilots.flatMap((pilot) => [pilot.programme, pilot.document ?? ""]), ...Object.values(wording.policies).flatMap((policy) => [policy.title, policy.content])];
    for (const text of shown) assert.doesNotMatch(text.replace(/〔\d+〕/g, ""), /[A-Za-z]{2,}/, text);
    const shandong = pilots.find((pilot) => pilot.province === "370000" && pilot.stage === "new-model")!;
    assert.match(shandong.document!, /所存摘录未载明完整标题/);
    assert.match(shandong.documentEn!, /full title is not in the stored excerpt/);

    const policies = await listAll(`${api}/incentive-policies?limit=200`, IncentivePolicy);
    assert.deepEqual(
      policies.map((policy) => [policy.title, policy.titleEn, policy.content, policy.contentEn]).sort(),
      file.policies.map((policy) => Object.values(wording.policies[policy.policy]!)).sort(),
    );
    const xinjiang = policies.find((policy) => policy.province === "650000")!;
    assert.deepEqual([xinjiang.issuer, xinjiang.kinds, xinjiang.date], [null, ["employment"], null], "an issuer the source does not name is none");
    assert.deepEqual(
      (await listAll(`${api}/incentive-policies?kind=credit`, IncentivePolicy)).map((policy) => policy.province),
      ["370000"],
    );

    const documents = await listAll(`${api}/implementing-documents?limit=200`, ImplementingDocument);
    assert.deepEqual(documents.map((document) => [document.title, document.titleEn]).sort(), file.implementingDocuments.map((document) => [wording.implementingDocuments[document.title]!.title, wording.implementingDocuments[document.title]!.titleEn]).sort());
    for (const document of documents) assert.ok(document.url === null || document.source.includes(document.url), document.title);
    const nanchang = documents.find((document) => document.region === "360100")!;
    assert.deepEqual([nanchang.province, nanchang.publisher, nanchang.date], ["360000", "南昌市人民政府", "2021-02-07"]);
    assert.equal((await listAll(`${api}/implementing-documents?region=360000`, ImplementingDocument)).length, 3, "a province's documents include its cities'");
  });
});

/** The figures of a province, counted from the collections' own lists. */
async function countedFromLists(province: string) {
  const consortia = await listAll(`${api}/consortia?region=${province}&limit=200`, Consortium);
  const schools = await listAll(`${api}/schools?region=${province}&limit=200`, School);
  const programmes = await listAll(`${api}/programmes?region=${province}&limit=200`, Programme);
  const centres = await listAll(`${api}/practice-centres?region=${province}&limit=200`, PracticeCentre);
  const region = (await getValid(`${api}/regions/${province}`, Region)).body;
  const cities = await listAll(`${api}/regions?parent=${province}&limit=200`, Region);
  const stems = [region.shortName, ...cities.map((city) => city.shortName)];
  const projects = (await listAll(`${api}/cooperation-projects?limit=200`, CooperationProject)).filter((project) =>
    project.partners.some((partner) => stems.some((stem) => partner.includes(stem))),
  );
  const levels = [...new Set([...schools.map((school) => school.level), ...programmes.map((programme) => programme.level)])];
  return {
    cityConsortia: consortia.filter((consortium) => consortium.kind === "city").length,
    industryCommunities: consortia.filter((consortium) => consortium.kind === "industry").length,
    levels: Object.fromEntries(levels.map((level) => [level, [schools.filter((school) => school.level === level).length, programmes.filter((programme) => programme.level === level).length]])),
    practiceCentres: centres.length,
    cooperationProjects: projects.length,
  };
}

function figuresOf(profile: ProvinceProfile) {
  const { figures } = profile;
  return {
    cityConsortia: figures.cityConsortia.count,
    industryCommunities: figures.industryCommunities.count,
    levels: Object.fromEntries(figures.levels.map((level) => [level.level, [level.schools, level.programmes]])),
    practiceCentres: figures.practiceCentres.count,
    cooperationProjects: figures.cooperationProjects.count,
  };
}

describe("the province profile", () => {
  for (const province of ["370000", "320000", "120000", "540000"]) {
    it(`${province}: each figure equals what the collection's list counts, and the talent gap what /talent/gaps answers`, async () => {
      const profile = await profileOf(province);
      assert.deepEqual(figuresOf(profile), await countedFromLists(province));
      assert.deepEqual(
        profile.pilots.map((pilot) => pilot.id).sort(),
        (await listAll(`${api}/province-pilots?province=${province}`, ProvincePilot)).map((pilot) => pilot.id),
      );
      const gap = profile.figures.talentGap;
      if (gap === null) return;
      const gaps = (await getValid(`${api}/talent/gaps?groupBy=majorCategory&region=${province}&period=${gap.period}`, TalentGaps)).body;
      const demand = gaps.items.reduce((sum, item) => sum + item.demand, 0);
      const supply = gaps.items.reduce((sum, item) => sum + (item.supply ?? 0), 0);
      assert.deepEqual([gap.demand, gap.supply, gap.gap, gap.sample], [demand, supply, demand - supply, gaps.sample]);
      const largest = [...gaps.items].sort((a, b) => (b.gap ?? 0) - (a.gap ?? 0))[0];
      assert.equal(gap.largestShortage?.gap ?? null, largest && (largest.gap ?? 0) > 0 ? largest.gap : null);
    });
  }

  it("tells 山东's pilots oldest first, and a province with no record has none", async () => {
    const shandong = await profileOf("370000");
    assert.deepEqual(shandong.province, { code: "370000", name: "山东省", shortName: "山东", nameEn: "Shandong" });
    assert.deepEqual(shandong.pilots.map((pilot) => pilot.stage), ["highland", "new-model"]);
    assert.equal(shandong.policies.length, 2);
    const tibet = await profileOf("540000");
    assert.deepEqual([tibet.pilots, tibet.policies, tibet.documents], [[], [], []]);
  });

  it("refuses a malformed code and answers 404 for a code of no province", async () => {
    await getProblem(`${api}/province-profile?province=37`, 400);
    await getProblem(`${api}/province-profile`, 400);
    await getProblem(`${api}/province-profile?province=370100`, 404);
    await getProblem(`${api}/province-profile?province=990000`, 404);
  });

  it("follows every write: a pilot, a policy and a document by the province's government, a practice centre by the admin", async () => {
    const first = await fetch(`${api}/province-profile?province=370000`);
    const etag = first.headers.get("etag")!;
    const before = z.parse(ProvinceProfile, await first.json());
    assert.equal((await fetch(`${api}/province-profile?province=370000`, { headers: { "If-None-Match": etag } })).status, 304);

    const pilot = await created(
      await send("POST", "/province-pilots", keys.shandong, {
        body: { province: "370000", stage: "new-model", programme: "部省协同推进省域现代职业教育体系建设新模式（测试）", date: "2024-03", document: null, areas: ["职普融通"], confidence: "low", note: null, source: "测试来源" },
      }),
      ProvincePilot,
    );
    const policy = await created(
      await send("POST", "/incentive-policies", keys.shandong, {
        body: { province: "370000", kinds: ["income"], title: "测试政策", issuer: null, date: null, content: "测试", confidence: "medium", note: null, source: "测试来源" },
      }),
      IncentivePolicy,
    );
    await created(
      await send("POST", "/implementing-documents", keys.shandong, {
        body: { region: "370100", title: "测试文件", publisher: "济南市人民政府", implements: null, date: "2024", url: "https://example.org/doc", confidence: "high", note: null, source: "https://example.org/doc" },
      }),
      ImplementingDocument,
    );
    await created(
      await send("POST", "/practice-centres", keys.admin, {
        body: { name: "测试实践中心", nameEn: null, kind: "public", functions: ["teaching"], operatorId: null, consortiumId: null, region: "370100", source: "测试来源" },
      }),
      PracticeCentre,
    );
    const changed = await fetch(`${api}/province-profile?province=370000`, { headers: { "If-None-Match": etag } });
    assert.equal(changed.status, 200, "a write makes the kept answer stale");
    const after = z.parse(ProvinceProfile, await changed.json());
    assert.equal(after.pilots.length, before.pilots.length + 1);
    assert.equal(after.policies.length, before.policies.length + 1);
    assert.equal(after.documents.length, before.documents.length + 1);
    assert.equal(after.figures.practiceCentres.count, before.figures.practiceCentres.count + 1);
    assert.deepEqual(figuresOf(after), await countedFromLists("370000"));

    const patched = await send("PATCH", `/province-pilots/${pilot.record.id}`, keys.shandong, { body: { areas: ["职普融通", "产教融合"] }, ifMatch: pilot.etag });
    assert.equal(patched.status, 200, await patched.clone().text());
    assert.deepEqual((await profileOf("370000")).pilots.find((entry) => entry.id === pilot.record.id)?.areas, ["职普融通", "产教融合"]);
    const removed = await send("DELETE", `/incentive-policies/${policy.record.id}`, keys.shandong, { ifMatch: policy.etag });
    assert.equal(removed.status, 204);
    assert.equal((await profileOf("370000")).policies.length, before.policies.length);
  });

  it("lets no editor of another province change a province's reform records (403)", async () => {
    const [pilot] = await listAll(`${api}/province-pilots?province=370000`, ProvincePilot);
    const read = await fetch(`${api}/province-pilots/${pilot!.id}`);
    const refusals = [
      await send("PATCH", `/province-pilots/${pilot!.id}`, keys.jiangsu, { body: { areas: [] }, ifMatch: read.headers.get("etag")! }),
      await send("DELETE", `/province-pilots/${pilot!.id}`, keys.jiangsu, { ifMatch: read.headers.get("etag")! }),
      await send("POST", "/incentive-policies", keys.jiangsu, { body: { province: "370000", kinds: ["land"], title: "x", issuer: null, date: null, content: "x", confidence: "low", note: null, source: "x" } }),
      await send("POST", "/implementing-documents", keys.jiangsu, { body: { region: "370100", title: "x", publisher: null, implements: null, date: null, url: null, confidence: "low", note: null, source: "x" } }),
      // Moving 江苏's own record into 山东 is refused too.
      await send("POST", "/province-pilots", keys.jiangsu, { body: { province: "370000", stage: "highland", programme: "x", date: null, document: null, areas: [], confidence: "low", note: null, source: "x" } }),
    ];
    for (const response of refusals) {
      const text = await response.text();
      assert.equal(response.status, 403, text);
      z.parse(Problem, JSON.parse(text));
    }
    assert.deepEqual((await profileOf("370000")).pilots.find((entry) => entry.id === pilot!.id)?.areas, pilot!.areas, "nothing changed");
  });

  it("refuses a hostile link and a date finer than its source as invalid (422)", async () => {
    const body = { region: "370100", title: "x", publisher: null, implements: null, date: "2024-13", url: "javascript:alert(1)", confidence: "certain", note: null, source: "x" };
    const response = await send("POST", "/implementing-documents", keys.shandong, { body });
    const problem = z.parse(Problem, await response.json());
    assert.equal(response.status, 422);
    assert.deepEqual(problem.errors?.map((error) => error.path).sort(), ["confidence", "date", "url"]);
  });
});

describe("reform records through the import", () => {
  const importAs = (key: string, csv: string) =>
    fetch(`${api}/incentive-policies/imports`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "text/csv" }, body: csv });

  it("takes the province government's policies in the template's columns, and the profile follows", async () => {
    const template = (await writeTemplate(collections.incentivePolicies.schema, { format: "csv", lang: "zh-CN" })).toString("utf8").replace(/^\uFEFF/, "");
    const header = template.split(/\r?\n/)[0]!;
    assert.match(header, /政策类型.*发布机关.*主要内容.*可信度/);
    const columns = header.split(",");
    const values: Record<string, string> = { 省份代码: "370000", 政策类型: "employment；income", 标题: "山东省技工院校毕业生就业待遇政策（测试）", 发布机关: "", 日期: "2024-05", 主要内容: "测试", 可信度: "medium", 备注: "", 来源: "测试来源" };
    const row = columns.map((column) => values[column] ?? "").join(",");
    const before = await profileOf("370000");
    const response = await importAs(keys.shandong, `${header}\n${row}\n`);
    assert.equal(response.status, 200, await response.clone().text());
    const after = await profileOf("370000");
    const imported = after.policies.find((policy) => policy.title.includes("测试") && policy.kinds.includes("employment"));
    assert.deepEqual([imported?.kinds, imported?.issuer, imported?.date], [["employment", "income"], null, "2024-05"]);
    assert.equal(after.policies.length, before.policies.length + 1);

    const refused = await importAs(keys.jiangsu, `${header}\n${row.replace("测试）", "测试二）")}\n`);
    const text = await refused.text();
    assert.equal(refused.status, 422, text);
    assert.match(text, /kept by another organisation|其他单位/, "江苏's editor imports no 山东 policy, and the report says why");
    assert.equal((await profileOf("370000")).policies.length, after.policies.length);
  });
});
