import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ChangesPage, collections, Problem, TalentDemand, type TalentDemandCreate, TalentGaps } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, openDatabase, revokeApiKey, type RunningServer, startServer } from "../src/index.ts";
import { changeFeedEnd, createTestDatabase, getValid, listAll, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let api: string;
let origin: string;
let ownKey: string;
let otherKey: string;
let revokedKey: string;
let adminKey: string;
let organisationId: string;

before(async () => {
  database = await createTestDatabase("publishing");
  server = await startServer({ db: database.location, port: 0 });
  origin = server.url;
  api = `${origin}/v1`;
  // A second connection to the same database, as the keys CLI would be.
  const db = await openDatabase(database.location);
  const [own, other] = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").limit(2).execute();
  organisationId = own!.id;
  ownKey = (await createApiKey(db, { organisationId: own!.id, name: "own" })).key;
  otherKey = (await createApiKey(db, { organisationId: other!.id })).key;
  const revoked = await createApiKey(db, { organisationId: own!.id });
  await revokeApiKey(db, revoked.info.id);
  revokedKey = revoked.key;
  adminKey = (await createApiKey(db, { organisationId: other!.id, role: "admin" })).key;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

const posting: TalentDemandCreate = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2031 };

function send(method: string, path: string, options: { key?: string | null; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers };
  const key = options.key === undefined ? ownKey : options.key;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  if (options.body !== undefined) headers["Content-Type"] ??= "application/json";
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  return fetch(`${path.startsWith("/v1") ? origin : api}${path}`, { method, headers, body });
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/);
  return z.parse(Problem, JSON.parse(text));
}

async function create(body: TalentDemandCreate = posting, headers: Record<string, string> = {}): Promise<{ record: TalentDemand; etag: string; response: Response }> {
  const response = await send("POST", "/talent-demand", { body, headers });
  const text = await response.text();
  assert.equal(response.status, 201, text);
  return { record: z.parse(TalentDemand, JSON.parse(text)), etag: response.headers.get("etag")!, response };
}

const ownPostings = async (period = 2031) =>
  (await listAll(`${api}/talent-demand?publisherId=${organisationId}&period=${period}&limit=200`, collections.talentDemand.schema)).length;

describe("POST /v1/talent-demand", () => {
  it("201 with Location and ETag; the posting belongs to the key's organisation and is open", async () => {
    const { record, etag, response } = await create();
    assert.equal(record.publisherId, organisationId);
    assert.equal(record.status, "open");
    assert.equal(record.province, "320000");
    assert.equal(record.sample, false);
    assert.equal(response.headers.get("location"), `/v1/talent-demand/${record.id}`);
    assert.equal(response.headers.get("cache-control"), "no-store");
    assert.equal(response.headers.get("access-control-allow-origin"), null, "writes are not offered to every origin");
    const read = await getValid(`${origin}${response.headers.get("location")}`, TalentDemand);
    assert.deepEqual(read.body, record);
    assert.equal(read.response.headers.get("etag"), etag);
  });

  it("401 with a challenge without a key, with an unknown key and with a revoked key", async () => {
    for (const key of [null, "cjk_unknown", revokedKey]) {
      const response = await send("POST", "/talent-demand", { key, body: posting });
      await expectProblem(response, 401);
      assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer/);
    }
    const malformed = await fetch(`${api}/talent-demand`, { method: "POST", headers: { Authorization: `Basic ${btoa("a:b")}`, "Content-Type": "application/json" }, body: "{}" });
    await expectProblem(malformed, 401);
  });

  it("422 names every bad field, unknown fields and unknown references included, and creates nothing", async () => {
    const before = await ownPostings();
    const problem = await expectProblem(
      await send("POST", "/talent-demand", { body: { region: "32", industry: "钢铁", headcount: 0, level: "博士", period: 1800, publisherId: "someone-else" } }),
      422,
    );
    const paths = problem.errors?.map((error) => error.path).sort();
    assert.deepEqual(paths, ["headcount", "industry", "level", "majorCategoryId", "occupation", "period", "publisherId", "region"]);
    const references = await expectProblem(await send("POST", "/talent-demand", { body: { ...posting, region: "999900", majorCategoryId: "mc-none" } }), 422);
    assert.deepEqual(references.errors?.map((error) => error.path).sort(), ["majorCategoryId", "region"]);
    const mixed = await expectProblem(await send("POST", "/talent-demand", { body: { ...posting, headcount: 0, majorCategoryId: "mc-none" } }), 422);
    assert.deepEqual(mixed.errors?.map((error) => error.path).sort(), ["headcount", "majorCategoryId"]);
    assert.equal(await ownPostings(), before);
  });

  it("takes a 专业类 of the catalogue at the posting's level and in its category; 422 on classCode otherwise, creating nothing", async () => {
    const { record } = await create({ ...posting, classCode: "4306" });
    assert.equal(record.classCode, "4306");
    const gaps = await getValid(`${api}/talent/gaps?groupBy=majorClass&period=2031`, TalentGaps);
    assert.ok(gaps.body.items.some((item) => item.key === "4306" && item.label === "非金属材料类"), JSON.stringify(gaps.body.items));
    const before = await ownPostings();
    const cases: Array<[string, RegExp]> = [
      ["4399", /the catalogue has no class 4399/],
      ["6305", /6305 is a 中职 class; the 高职专科 class of its slot is 4305/],
      ["5102", /5102 belongs to major category mc-51, not mc-43/],
      ["43 6", /classCode|4|digit|match/i],
      ["<script>", /./],
    ];
    for (const [classCode, reason] of cases) {
      const problem = await expectProblem(await send("POST", "/talent-demand", { body: { ...posting, classCode } }), 422);
      assert.deepEqual(problem.errors?.map((error) => error.path), ["classCode"], classCode);
      assert.match(problem.errors![0]!.message, reason, classCode);
    }
    assert.equal(await ownPostings(), before);
  });

  it("413 for a body over 64 KB, 415 for a body that is not JSON, 400 for broken JSON", async () => {
    await expectProblem(await send("POST", "/talent-demand", { body: { ...posting, occupation: "x".repeat(70 * 1024) } }), 413);
    await expectProblem(await send("POST", "/talent-demand", { body: "region=320500", headers: { "Content-Type": "application/x-www-form-urlencoded" } }), 415);
    await expectProblem(await send("POST", "/talent-demand", { body: "{\"region\":" }), 400);
  });

  it("a retry with the same Idempotency-Key returns the first posting instead of a second one", async () => {
    const before = await ownPostings();
    const headers = { "Idempotency-Key": "retry-test-1" };
    const first = await create(posting, headers);
    const retry = await create(posting, headers);
    assert.equal(retry.record.id, first.record.id);
    assert.equal(retry.etag, first.etag);
    assert.equal(retry.response.headers.get("idempotent-replayed"), "true");
    assert.equal(first.response.headers.get("idempotent-replayed"), null);
    // Retries racing each other also yield one posting.
    const racing = await Promise.all([1, 2, 3].map(() => create({ ...posting, headcount: 3 }, { "Idempotency-Key": "retry-test-2" })));
    assert.equal(new Set(racing.map((answer) => answer.record.id)).size, 1);
    assert.equal(await ownPostings(), before + 2);
  });

  it("the same Idempotency-Key with a different body is refused; another organisation's keys are its own", async () => {
    const headers = { "Idempotency-Key": "retry-test-3" };
    await create(posting, headers);
    await expectProblem(await send("POST", "/talent-demand", { body: { ...posting, headcount: 99 }, headers }), 422);
    const other = await send("POST", "/talent-demand", { key: otherKey, body: posting, headers });
    assert.equal(other.status, 201);
    assert.equal(other.headers.get("idempotent-replayed"), null);
    await other.text();
  });

  it("ten POSTs racing with one Idempotency-Key, some with another body: one posting, the others replay it or are refused, none fails", async () => {
    const headers = { "Idempotency-Key": "retry-test-race" };
    const bodies = Array.from({ length: 10 }, (_, index) => (index % 4 === 3 ? { ...posting, headcount: 77 } : posting));
    const responses = await Promise.all(bodies.map((body) => send("POST", "/talent-demand", { key: otherKey, body, headers })));
    const texts = await Promise.all(responses.map((response) => response.text()));
    const statuses = responses.map((response) => response.status);
    assert.ok(statuses.every((status) => status === 201 || status === 422), `${statuses}: ${texts.find((_, index) => statuses[index]! >= 500)}`);
    const answered = texts.flatMap((text, index) => (statuses[index] === 201 ? [z.parse(TalentDemand, JSON.parse(text))] : []));
    assert.equal(new Set(answered.map((record) => record.id)).size, 1, "one posting");
    assert.equal(responses.filter((response) => response.status === 201 && response.headers.get("idempotent-replayed") === null).length, 1, "created once");
    // The body that won decides: requests with it get the posting, the others 422.
    const winning = answered[0]!.headcount;
    assert.equal(answered.length, bodies.filter((body) => body.headcount === winning).length);
  });

  it("reads stay public and open to every origin; a browser preflight does not offer writes", async () => {
    const list = await fetch(`${api}/talent-demand?limit=1`);
    assert.equal(list.status, 200);
    assert.equal(list.headers.get("access-control-allow-origin"), "*");
    await list.text();
    const preflight = await fetch(`${api}/talent-demand`, {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type" },
    });
    assert.doesNotMatch(preflight.headers.get("access-control-allow-methods") ?? "", /POST|PATCH/);
    await preflight.text();
  });
});

describe("PATCH /v1/talent-demand/{id} and withdraw", () => {
  it("200 with a new ETag; the old ETag then fails with 412", async () => {
    const { record, etag } = await create();
    const response = await send("PATCH", `/talent-demand/${record.id}`, { body: { headcount: 20, status: "filled" }, headers: { "If-Match": etag } });
    assert.equal(response.status, 200);
    const changed = z.parse(TalentDemand, await response.json());
    assert.deepEqual(changed, { ...record, headcount: 20, status: "filled" });
    const newEtag = response.headers.get("etag")!;
    assert.notEqual(newEtag, etag);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const stale = await send("PATCH", `/talent-demand/${record.id}`, { body: { headcount: 1 }, headers: { "If-Match": etag } });
    await expectProblem(stale, 412);
    assert.equal(stale.headers.get("etag"), newEtag, "a 412 tells the current ETag");
    const read = await getValid(`${api}/talent-demand/${record.id}`, TalentDemand);
    assert.equal(read.body.headcount, 20);
  });

  it("428 without If-Match, 404 for an unknown posting, 403 for another organisation's, 401 without a key", async () => {
    const { record, etag } = await create();
    await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { headcount: 2 } }), 428);
    await expectProblem(await send("PATCH", "/talent-demand/no-such-posting", { body: { headcount: 2 }, headers: { "If-Match": etag } }), 404);
    await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { key: otherKey, body: { headcount: 2 }, headers: { "If-Match": etag } }), 403);
    await expectProblem(await send("POST", `/talent-demand/${record.id}/withdraw`, { key: otherKey, headers: { "If-Match": etag } }), 403);
    await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { key: null, body: { headcount: 2 }, headers: { "If-Match": etag } }), 401);
    const unchanged = await getValid(`${api}/talent-demand/${record.id}`, TalentDemand);
    assert.deepEqual(unchanged.body, record);
    assert.equal(unchanged.response.headers.get("etag"), etag);
  });

  it("422 names every bad field of a patch; an empty patch and setting withdrawn are refused", async () => {
    const { record, etag } = await create();
    const problem = await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { headcount: -5, level: "x", id: "new-id" }, headers: { "If-Match": etag } }), 422);
    assert.deepEqual(problem.errors?.map((error) => error.path).sort(), ["headcount", "id", "level"]);
    await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: {}, headers: { "If-Match": etag } }), 422);
    const status = await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { status: "withdrawn" }, headers: { "If-Match": etag } }), 422);
    assert.deepEqual(status.errors?.map((error) => error.path), ["status"]);
  });

  it("checks the posting a patch leaves: a level or class that no longer fit is refused on classCode, both changed together are taken", async () => {
    const { record, etag } = await create({ ...posting, classCode: "4306" });
    const level = await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { level: "职业本科" }, headers: { "If-Match": etag } }), 422);
    assert.deepEqual(level.errors?.map((error) => error.path), ["classCode"]);
    assert.match(level.errors![0]!.message, /4306 is a 高职专科 class; the 职业本科 class of its slot is 2306/);
    const category = await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { majorCategoryId: "mc-51" }, headers: { "If-Match": etag } }), 422);
    assert.deepEqual(category.errors?.map((error) => error.path), ["classCode"]);
    const alone = await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { classCode: "7102" }, headers: { "If-Match": etag } }), 422);
    assert.deepEqual(alone.errors?.map((error) => error.path), ["classCode"]);
    const response = await send("PATCH", `/talent-demand/${record.id}`, { body: { level: "职业本科", classCode: "2306" }, headers: { "If-Match": etag } });
    assert.equal(response.status, 200, await response.clone().text());
    assert.deepEqual(z.parse(TalentDemand, await response.json()), { ...record, level: "职业本科", classCode: "2306" });
  });

  it("two concurrent PATCHes with the same ETag: one 200, one 412, and no field is lost", async () => {
    const { record, etag } = await create();
    const patches = [{ headcount: 40 }, { occupation: "材料分析师" }];
    const responses = await Promise.all(patches.map((body) => send("PATCH", `/talent-demand/${record.id}`, { body, headers: { "If-Match": etag } })));
    assert.deepEqual(responses.map((response) => response.status).sort(), [200, 412]);
    const winner = responses.findIndex((response) => response.status === 200);
    const loser = 1 - winner;
    await Promise.all(responses.map((response) => response.text()));
    const after = await getValid(`${api}/talent-demand/${record.id}`, TalentDemand);
    assert.deepEqual(after.body, { ...record, ...patches[winner] }, "the winner's change, and nothing else, was applied");
    // The loser re-reads and reapplies: both changes end up in the record.
    const retried = await send("PATCH", `/talent-demand/${record.id}`, { body: patches[loser], headers: { "If-Match": after.response.headers.get("etag")! } });
    assert.equal(retried.status, 200);
    assert.deepEqual(z.parse(TalentDemand, await retried.json()), { ...record, ...patches[0], ...patches[1] });
  });

  it("withdraw sets the status, needs If-Match, ends further changes, and drops the posting out of gaps", async () => {
    const period = 2040;
    const { record, etag } = await create({ ...posting, period, headcount: 7 });
    const gaps = `${api}/talent/gaps?groupBy=majorCategory&period=${period}`;
    assert.deepEqual((await getValid(gaps, TalentGaps)).body.items.map((item) => [item.key, item.demand]), [["mc-43", 7]]);
    await expectProblem(await send("POST", `/talent-demand/${record.id}/withdraw`), 428);
    const response = await send("POST", `/talent-demand/${record.id}/withdraw`, { headers: { "If-Match": etag } });
    assert.equal(response.status, 200);
    const withdrawn = z.parse(TalentDemand, await response.json());
    assert.equal(withdrawn.status, "withdrawn");
    assert.deepEqual((await getValid(gaps, TalentGaps)).body.items, []);
    const listed = await listAll(`${api}/talent-demand?period=${period}&status=withdrawn`, collections.talentDemand.schema);
    assert.deepEqual(listed.map((item) => item.id), [record.id]);
    await expectProblem(await send("PATCH", `/talent-demand/${record.id}`, { body: { status: "open" }, headers: { "If-Match": response.headers.get("etag")! } }), 409);
  });
});

describe("DELETE /v1/talent-demand/{id}", () => {
  it("428 without If-Match, 412 with a stale ETag (and the current one), 403 for another organisation's posting, 404 for none", async () => {
    const { record, etag } = await create({ ...posting, period: 2041 });
    await expectProblem(await send("DELETE", `/talent-demand/${record.id}`), 428);
    const stale = await send("DELETE", `/talent-demand/${record.id}`, { headers: { "If-Match": '"1-stale"' } });
    await expectProblem(stale, 412);
    assert.equal(stale.headers.get("etag"), etag, "the answer carries the current ETag");
    await expectProblem(await send("DELETE", `/talent-demand/${record.id}`, { key: otherKey, headers: { "If-Match": etag } }), 403);
    await expectProblem(await send("DELETE", `/talent-demand/${record.id}`, { key: null, headers: { "If-Match": etag } }), 401);
    await expectProblem(await send("DELETE", "/talent-demand/demand-none", { headers: { "If-Match": etag } }), 404);
    await getValid(`${api}/talent-demand/${record.id}`, TalentDemand);
  });

  it("204: the posting leaves lists and gaps at once, and the change feed keeps a tombstone", async () => {
    const period = 2042;
    const end = await changeFeedEnd(api);
    const { record, etag } = await create({ ...posting, period, headcount: 9 });
    const gaps = `${api}/talent/gaps?groupBy=majorCategory&period=${period}`;
    assert.deepEqual((await getValid(gaps, TalentGaps)).body.items.map((item) => [item.key, item.demand]), [["mc-43", 9]]);
    const removed = await send("DELETE", `/talent-demand/${record.id}`, { headers: { "If-Match": etag } });
    assert.equal(removed.status, 204);
    assert.equal(await removed.text(), "");
    await expectProblem(await send("GET", `/talent-demand/${record.id}`), 404);
    assert.deepEqual(await listAll(`${api}/talent-demand?period=${period}`, collections.talentDemand.schema), []);
    assert.deepEqual((await getValid(gaps, TalentGaps)).body.items, []);
    await expectProblem(await send("DELETE", `/talent-demand/${record.id}`, { headers: { "If-Match": etag } }), 404);
    const { body } = await getValid(`${api}/changes?collection=talent-demand&after=${end}`, ChangesPage);
    const changes = body.items.filter((item) => item.id === record.id);
    assert.deepEqual(changes.map((item) => [item.kind, item.record === null]), [["created", true], ["removed", true]]);
  });

  it("an admin key removes any posting, a withdrawn one too", async () => {
    const { record, etag } = await create({ ...posting, period: 2043 });
    const withdrawn = await send("POST", `/talent-demand/${record.id}/withdraw`, { headers: { "If-Match": etag } });
    assert.equal(withdrawn.status, 200);
    const removed = await send("DELETE", `/talent-demand/${record.id}`, { key: adminKey, headers: { "If-Match": withdrawn.headers.get("etag")! } });
    assert.equal(removed.status, 204, await removed.text());
  });
});
