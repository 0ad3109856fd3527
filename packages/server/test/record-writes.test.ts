import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ChangesPage, type Citation, CooperationProject, Event, Organisation, Pathway, Problem, Programme } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { citationsOf } from "../src/seed/citations.ts";
import { changeFeedEnd, createTestDatabase, getValid, listAll, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let api: string;
/** Where the change log stood before the tests wrote: the seed is logged before it. */
let seeded: number;
const keys = { admin: "", school: "", otherSchool: "", enterprise: "" };
const school = "sample-school-01";
const otherSchool = "sample-school-02";

before(async () => {
  database = await createTestDatabase("record-writes");
  server = await startServer({ db: database.location, port: 0 });
  api = `${server.url}/v1`;
  seeded = await changeFeedEnd(api);
  const db = await openDatabase(database.location);
  const enterprise = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  keys.admin = (await createApiKey(db, { organisationId: enterprise.id, role: "admin" })).key;
  keys.enterprise = (await createApiKey(db, { organisationId: enterprise.id })).key;
  keys.school = (await createApiKey(db, { organisationId: school })).key;
  keys.otherSchool = (await createApiKey(db, { organisationId: otherSchool })).key;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

function send(method: string, path: string, key: string | null, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(`${api}${path}`, {
    method,
    headers: { ...(key === null ? {} : { Authorization: `Bearer ${key}` }), ...(options.body === undefined ? {} : { "Content-Type": "application/json" }), ...options.headers },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

async function problem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return z.parse(Problem, JSON.parse(text));
}

const programme = {
  schoolId: school,
  majorId: null,
  majorCode: "460303",
  majorName: "电气自动化技术（订单班）",
  majorCategoryId: "mc-46",
  level: "高职专科",
  years: 3,
  trainingModes: ["订单培养"],
  partnerIds: [],
  enrolmentPlan: 40,
  year: 2026,
  region: "320400",
  source: "学校招生章程（2026）",
};

describe("writes for every collection", () => {
  let created: { id: string; etag: string };

  it("lets a school create its own programme, derives the province, and lists it at once", async () => {
    const response = await send("POST", "/programmes", keys.school, { body: programme });
    assert.equal(response.status, 201, await response.clone().text());
    const record = z.parse(Programme, await response.json());
    assert.equal(record.province, "320000");
    assert.equal(record.sample, false);
    assert.equal(response.headers.get("location"), `/v1/programmes/${record.id}`);
    created = { id: record.id, etag: response.headers.get("etag")! };
    const read = await fetch(`${api}/programmes/${record.id}`);
    assert.equal(read.headers.get("etag"), created.etag, "the ETag a write answers is the one a read gives");
    const listed = await listAll(`${api}/programmes?schoolId=${school}`, Programme);
    assert.ok(listed.some((item) => item.id === record.id));
  });

  it("refuses another school's programme, reference data and unknown references", async () => {
    await problem(await send("POST", "/programmes", keys.otherSchool, { body: programme }), 403);
    await problem(await send("POST", "/programmes", keys.enterprise, { body: programme }), 403);
    await problem(await send("POST", "/major-categories", keys.school, { body: { name: "新类", nameEn: null, codes: {}, source: "x" } }), 403);
    const unknown = await problem(await send("POST", "/programmes", keys.school, { body: { ...programme, majorCategoryId: "mc-99", partnerIds: ["no-such-enterprise"] } }), 422);
    assert.deepEqual(unknown.errors?.map((error) => error.path).sort(), ["majorCategoryId", "partnerIds.0"]);
  });

  it("refuses a body without a source, with unknown fields or wrong types, naming each field", async () => {
    const { source: _source, ...withoutSource } = programme;
    const refused = await problem(await send("POST", "/programmes", keys.school, { body: { ...withoutSource, years: "three", colour: "red" } }), 422);
    assert.deepEqual(refused.errors?.map((error) => error.path).sort(), ["colour", "source", "years"]);
  });

  it("replays a create sent again with the same Idempotency-Key", async () => {
    const headers = { "Idempotency-Key": "programme-2026-order-class" };
    const first = await send("POST", "/programmes", keys.school, { body: { ...programme, year: 2027 }, headers });
    const again = await send("POST", "/programmes", keys.school, { body: { ...programme, year: 2027 }, headers });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get("idempotent-replayed"), "true");
    assert.equal((await again.json() as { id: string }).id, (await first.json() as { id: string }).id);
    await problem(await send("POST", "/programmes", keys.school, { body: { ...programme, year: 2028 }, headers }), 422);
  });

  it("changes fields with If-Match: 428 without, 412 when stale, 403 to move a record to another keeper", async () => {
    await problem(await send("PATCH", `/programmes/${created.id}`, keys.school, { body: { enrolmentPlan: 45 } }), 428);
    await problem(await send("PATCH", `/programmes/${created.id}`, keys.school, { body: { enrolmentPlan: 45 }, headers: { "If-Match": '"stale"' } }), 412);
    await problem(await send("PATCH", `/programmes/${created.id}`, keys.otherSchool, { body: { enrolmentPlan: 45 }, headers: { "If-Match": created.etag } }), 403);
    await problem(await send("PATCH", `/programmes/${created.id}`, keys.school, { body: { schoolId: otherSchool }, headers: { "If-Match": created.etag } }), 403);
    const changed = await send("PATCH", `/programmes/${created.id}`, keys.school, { body: { enrolmentPlan: 45, region: "320500" }, headers: { "If-Match": created.etag } });
    assert.equal(changed.status, 200, await changed.clone().text());
    const record = z.parse(Programme, await changed.json());
    assert.deepEqual([record.enrolmentPlan, record.region, record.province], [45, "320500", "320000"]);
    created.etag = changed.headers.get("etag")!;
  });

  it("removes a record with If-Match; it leaves lists and reads at once", async () => {
    await problem(await send("DELETE", `/programmes/${created.id}`, keys.school), 428);
    await problem(await send("DELETE", `/programmes/${created.id}`, keys.otherSchool, { headers: { "If-Match": created.etag } }), 403);
    const removed = await send("DELETE", `/programmes/${created.id}`, keys.school, { headers: { "If-Match": created.etag } });
    assert.equal(removed.status, 204);
    assert.equal((await fetch(`${api}/programmes/${created.id}`)).status, 404);
    const listed = await listAll(`${api}/programmes?schoolId=${school}`, Programme);
    assert.ok(!listed.some((item) => item.id === created.id));
  });

  it("lets an admin write reference data and records no organisation keeps", async () => {
    const event = { name: "职业教育活动周（示例市）", nameEn: null, kind: "activity-week", start: "2026-05-10", end: "2026-05-16", place: "示例市", placeEn: null, organisers: "示例市教育局", organisersEn: null, organiserIds: [], theme: null, themeEn: null, scale: null, scaleEn: null, note: null, source: "示例市教育局通知" };
    const response = await send("POST", "/events", keys.admin, { body: event });
    assert.equal(response.status, 201, await response.clone().text());
    await problem(await send("POST", "/events", keys.school, { body: event }), 403);
  });
});

describe("pathways, events and cooperation projects are kept by the organisations they name", () => {
  const keyOf = async (organisationId: string) => {
    const db = await openDatabase(database.location);
    try {
      return (await createApiKey(db, { organisationId })).key;
    } finally {
      await db.destroy();
    }
  };
  const etagOf = async (path: string) => (await fetch(`${api}${path}`)).headers.get("etag")!;

  it("lets a school change its own pathway entries; an editor of another school is 403", async () => {
    const pathway = (await listAll(`${api}/pathways`, Pathway)).find((item) => item.schoolId === school)!;
    assert.ok(pathway, "the seed gives sample schools pathways of their own");
    const path = `/pathways/${pathway.id}`;
    await problem(await send("PATCH", path, keys.otherSchool, { body: { name: "别校的贯通培养" }, headers: { "If-Match": await etagOf(path) } }), 403);
    await problem(await send("DELETE", path, keys.otherSchool, { headers: { "If-Match": await etagOf(path) } }), 403);
    await problem(await send("PATCH", path, keys.school, { body: { schoolId: otherSchool }, headers: { "If-Match": await etagOf(path) } }), 403);
    const changed = await send("PATCH", path, keys.school, { body: { name: "装备制造类五年一贯制（本校）" }, headers: { "If-Match": await etagOf(path) } });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal(z.parse(Pathway, await changed.json()).name, "装备制造类五年一贯制（本校）");
    const created = await send("POST", "/pathways", keys.school, { body: { ...pathway, id: undefined, name: "本校中本衔接", kind: "secondary-bachelor", source: "学校人才培养方案" } });
    assert.equal(created.status, 201, await created.clone().text());
    await problem(await send("POST", "/pathways", keys.school, { body: { ...pathway, id: undefined, schoolId: null, source: "x" } }), 403);
    await problem(await send("POST", "/pathways", keys.school, { body: { ...pathway, id: undefined, schoolId: "no-such-school", source: "x" } }), 422);
  });

  it("lets the organiser's government key change its event; other organisations' keys are 403", async () => {
    const governments = await listAll(`${api}/organisations?kind=government`, Organisation);
    const tianjin = governments.find((organisation) => organisation.province === "120000")!;
    assert.ok(tianjin, "the seed names the governments that organise sourced events");
    const event = (await listAll(`${api}/events`, Event)).find((item) => item.organiserIds.includes(tianjin.id))!;
    const path = `/events/${event.id}`;
    const governmentKey = await keyOf(tianjin.id);
    await problem(await send("PATCH", path, keys.school, { body: { theme: "改写" }, headers: { "If-Match": await etagOf(path) } }), 403);
    const changed = await send("PATCH", path, governmentKey, { body: { place: "天津 梅江会展中心" }, headers: { "If-Match": await etagOf(path) } });
    assert.equal(changed.status, 200, await changed.clone().text());
    assert.equal(z.parse(Event, await changed.json()).place, "天津 梅江会展中心");
    const unowned = (await listAll(`${api}/events`, Event)).find((item) => item.organiserIds.length === 0)!;
    await problem(await send("PATCH", `/events/${unowned.id}`, governmentKey, { body: { theme: "x" }, headers: { "If-Match": await etagOf(`/events/${unowned.id}`) } }), 403);
  });

  it("lets a Chinese lead institution change its cooperation project", async () => {
    const project = (await listAll(`${api}/cooperation-projects`, CooperationProject)).find((item) => item.leadOrganisationIds.length > 0)!;
    const path = `/cooperation-projects/${project.id}`;
    await problem(await send("PATCH", path, keys.school, { body: { note: "x" }, headers: { "If-Match": await etagOf(path) } }), 403);
    const changed = await send("PATCH", path, await keyOf(project.leadOrganisationIds[0]!), { body: { status: "operating", note: "2025 年完成二期建设" }, headers: { "If-Match": await etagOf(path) } });
    assert.equal(changed.status, 200, await changed.clone().text());
  });
});

describe("the change feed and the audit trail", () => {
  it("lists every write in order, each record as it is now or a tombstone, without who wrote it", async () => {
    const { body } = await getValid(`${api}/changes?collection=programmes&after=${seeded}`, ChangesPage);
    const kinds = body.items.map((item) => item.kind);
    assert.deepEqual(kinds, ["created", "created", "updated", "removed"]);
    const removedId = body.items.at(-1)!.id;
    for (const item of body.items.filter((change) => change.id === removedId)) assert.equal(item.record, null, "a removed record is a tombstone");
    assert.equal(body.more, false);
    const text = JSON.stringify(body);
    assert.doesNotMatch(text, /key-|organisationId|keyId/, "the public feed names no writer");
    const next = await getValid(`${api}/changes?collection=programmes&after=${body.items[1]!.seq}&limit=1`, ChangesPage);
    assert.deepEqual(next.body.items.map((item) => item.kind), ["updated"]);
    assert.equal(next.body.more, true);
    assert.equal((await fetch(`${api}/changes?collection=nothing`)).status, 400);
  });

  it("gives admins who wrote, through which door, and the record before and after", async () => {
    await problem(await send("GET", "/audit", null), 401);
    await problem(await send("GET", "/audit", keys.school), 403);
    const response = await send("GET", `/audit?collection=programmes&after=${seeded}`, keys.admin);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const audit = (await response.json()) as { items: Array<{ id: string; kind: string; via: string; keyId: string; organisationId: string; before: unknown; after: unknown }> };
    const update = audit.items.find((item) => item.kind === "updated")!;
    assert.equal(update.via, "api");
    assert.equal(update.organisationId, school);
    assert.match(update.keyId, /^key-/);
    assert.equal((update.before as { enrolmentPlan: number }).enrolmentPlan, 40);
    assert.equal((update.after as { enrolmentPlan: number }).enrolmentPlan, 45);
    // Each change of a record starts from the record the one before it left, a create's included.
    const created = audit.items.filter((item) => item.kind === "created");
    assert.ok(created.length >= 2 && created.every((item) => item.before === null && typeof item.after === "object" && item.after !== null));
    for (const [index, item] of audit.items.entries()) {
      const earlier = audit.items.slice(0, index).findLast((other) => other.id === item.id);
      if (earlier) assert.deepEqual(item.before, earlier.after, `change ${index} of ${item.id}`);
    }
    assert.ok(audit.items.some((item) => item.kind === "removed" && item.after === null));
    const untouched = created.find((item) => audit.items.filter((other) => other.id === item.id).length === 1)!;
    assert.deepEqual(untouched.after, await (await fetch(`${api}/programmes/${untouched.id}`)).json(), "a record never changed since is as it was created");
    assert.doesNotMatch(JSON.stringify(audit), /cjk_/, "never a secret");
  });
});

describe("citations of a write", () => {
  const cited: Citation = { publisher: "常州市教育局", publisherEn: null, title: "招生计划", titleEn: null, date: "2026-03", url: "https://jyj.changzhou.gov.cn/a.html", copy: false };
  const officialSource = "江苏省教育厅《2026年招生计划》 https://jyt.jiangsu.gov.cn/art/2026/3/1/art_1.html";

  it("derives a record's citations from the source it is written with, and again when the source changes", async () => {
    const created = await send("POST", "/programmes", keys.school, { body: { ...programme, source: officialSource } });
    assert.equal(created.status, 201, await created.clone().text());
    const record = z.parse(Programme, await created.json());
    assert.deepEqual(record.citations, citationsOf(officialSource));
    assert.equal(record.citations[0]!.title, "2026年招生计划");
    const schoolSite = "学校官网 https://www.czie.edu.cn/2026/0301/c1.html";
    const patched = await send("PATCH", `/programmes/${record.id}`, keys.school, { body: { source: schoolSite }, headers: { "If-Match": created.headers.get("etag")! } });
    assert.equal(patched.status, 200, await patched.clone().text());
    assert.deepEqual(z.parse(Programme, await patched.json()).citations, citationsOf(schoolSite));
  });

  it("keeps the citations a writer gives", async () => {
    const created = await send("POST", "/programmes", keys.school, { body: { ...programme, citations: [cited] } });
    assert.equal(created.status, 201, await created.clone().text());
    assert.deepEqual(z.parse(Programme, await created.json()).citations, [cited]);
  });

  it("refuses citations that are not the contract's: another scheme, an unknown field, a date that is none, an empty name", async () => {
    for (const citation of [
      { ...cited, url: "javascript:alert(1)" },
      { ...cited, url: "data:text/html,<script>alert(1)</script>" },
      { ...cited, href: "https://a.example/" },
      { ...cited, date: "2026-13" },
      { ...cited, publisher: "" },
    ]) {
      const refused = await problem(await send("POST", "/programmes", keys.school, { body: { ...programme, citations: [citation] } }), 422);
      assert.match(refused.errors![0]!.path, /^citations\.0/, JSON.stringify(citation));
    }
  });
});
