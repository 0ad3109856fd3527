import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { AuditPage, ChangesPage, type Consortium, isCreditCode, Problem, Submission, Session, SubmissionReceipt, type SubmissionCreate, SubmissionsPage, SubmissionState, TalentGaps } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, exportStatic, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { runCli, startCli, stopChild } from "./cli-process.ts";
import { changeFeedEnd, createTestDatabase, getValid, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let api: string;
/** A city consortium's region, and keys of its lead organisation, of another city's, of an enterprise, and an admin. */
let region: string;
const keys = { reviewer: "", otherReviewer: "", enterprise: "", admin: "" };

before(async () => {
  database = await createTestDatabase("submissions");
  // Generous per-address rate here: the limit has a server of its own below.
  server = await startServer({ db: database.location, port: 0, submissionRate: { requests: 1000, perSeconds: 60 } });
  api = `${server.url}/v1`;
  const db = await openDatabase(database.location);
  const cities = (await db.selectFrom("consortia").select("data").where("kind", "=", "city").orderBy("id").execute())
    .map((row) => JSON.parse(row.data) as Consortium)
    .filter((consortium) => consortium.region !== null && consortium.leadOrganisationIds.length > 0);
  const [own, other] = [cities[0]!, cities.find((consortium) => consortium.region !== cities[0]!.region && consortium.province !== cities[0]!.province)!];
  region = own.region!;
  const leads = new Set(cities.flatMap((consortium) => consortium.leadOrganisationIds));
  const enterprise = (await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").execute()).find(({ id }) => !leads.has(id))!;
  keys.reviewer = (await createApiKey(db, { organisationId: own.leadOrganisationIds[0]! })).key;
  keys.otherReviewer = (await createApiKey(db, { organisationId: other.leadOrganisationIds[0]! })).key;
  keys.enterprise = (await createApiKey(db, { organisationId: enterprise.id })).key;
  keys.admin = (await createApiKey(db, { organisationId: enterprise.id, role: "admin" })).key;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

let serial = 0;
/** A valid submission, different each time (its headcount), in the reviewer's region and a period no seed record has. */
function submission(overrides: Partial<SubmissionCreate> = {}): SubmissionCreate {
  serial += 1;
  return {
    enterpriseName: "苏州精工新材料有限公司",
    creditCode: "91350100M000100Y43",
    contactName: "王敏",
    contact: "wang.min@example.com",
    region,
    industry: "新材料",
    occupation: "材料检测员",
    majorCategoryId: "mc-43",
    level: "高职专科",
    headcount: 100 + serial,
    period: 2040,
    ...overrides,
  };
}

function send(method: string, path: string, options: { key?: string; body?: unknown; origin?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.key) headers.Authorization = `Bearer ${options.key}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  return fetch(`${options.origin ?? server.url}/v1${path}`, { method, headers, body });
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return z.parse(Problem, JSON.parse(text));
}

async function submit(body: SubmissionCreate = submission()): Promise<string> {
  const response = await send("POST", "/submissions", { body });
  const text = await response.text();
  assert.equal(response.status, 202, text);
  const receipt = z.parse(SubmissionReceipt, JSON.parse(text));
  assert.equal(receipt.status, "pending");
  assert.equal(response.headers.get("location"), `/v1/submissions/${receipt.ref}`);
  return receipt.ref;
}

const demandIn2040 = async () => (await getValid(`${api}/talent/gaps?groupBy=region&period=2040`, TalentGaps)).body.items.reduce((sum, item) => sum + item.demand, 0);

async function pendingRefs(key: string): Promise<string[]> {
  const response = await send("GET", "/submissions?status=pending&limit=200", { key });
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return z.parse(SubmissionsPage, JSON.parse(text)).items.map((item) => item.ref);
}

describe("POST /v1/submissions", () => {
  it("keeps a submission pending: absent from lists, aggregates, gaps and the change feed", async () => {
    const end = await changeFeedEnd(api);
    const ref = await submit(submission({ occupation: "待审核岗位" }));
    const lists = await (await fetch(`${api}/talent-demand?q=${encodeURIComponent("待审核岗位")}`)).text();
    assert.doesNotMatch(lists, /待审核岗位/);
    const aggregate = await (await fetch(`${api}/talent-demand/aggregate?groupBy=period&period=2040`)).text();
    assert.doesNotMatch(aggregate, /2040/);
    assert.equal(await demandIn2040(), 0);
    const after = await getValid(`${api}/changes?after=${end}`, ChangesPage);
    assert.deepEqual(after.body.items, []);
    const state = await getValid(`${api}/submissions/${ref}`, SubmissionState);
    assert.deepEqual(state.body, { ref, status: "pending", reason: null });
    assert.equal(state.response.headers.get("cache-control"), "no-store");
  });

  it("answers the same reference to the same submission sent twice, however its JSON is spelt", async () => {
    const body = submission();
    const first = await submit(body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    assert.equal(await submit(reordered as SubmissionCreate), first);
    assert.equal((await pendingRefs(keys.admin)).filter((ref) => ref === first).length, 1);
  });

  it("refuses 10,000-character strings, wrong types and an invalid credit code, naming each field", async () => {
    const long = "长".repeat(10_000);
    const tooLong = await expectProblem(await send("POST", "/submissions", { body: submission({ enterpriseName: long.slice(0, 5000), contactName: "x".repeat(10_000), occupation: "y".repeat(10_000) }) }), 422);
    assert.deepEqual(tooLong.errors?.map((error) => error.path).sort(), ["contactName", "enterpriseName", "occupation"]);
    const wrongTypes = await expectProblem(await send("POST", "/submissions", { body: { ...submission(), headcount: "12", period: null, region: 320500, contact: ["a"] } }), 422);
    assert.deepEqual(wrongTypes.errors?.map((error) => error.path).sort(), ["contact", "headcount", "period", "region"]);
    const badCode = await expectProblem(await send("POST", "/submissions", { body: submission({ creditCode: "91350100M000100Y44" }) }), 422);
    assert.deepEqual(badCode.errors, [{ path: "creditCode", message: "must be an 18-character unified social credit code (统一社会信用代码) whose check character matches" }]);
    const letterO = await expectProblem(await send("POST", "/submissions", { body: submission({ creditCode: "91350100M0001O0Y43" }) }), 422);
    assert.equal(letterO.errors?.[0]?.path, "creditCode");
    const unknown = await expectProblem(await send("POST", "/submissions", { body: { ...submission(), status: "open", publisherId: "x" } }), 422);
    assert.deepEqual(unknown.errors?.map((error) => error.path).sort(), ["publisherId", "status"]);
    const references = await expectProblem(await send("POST", "/submissions", { body: submission({ region: "999900", majorCategoryId: "mc-none" }) }), 422);
    assert.deepEqual(references.errors?.map((error) => error.path).sort(), ["majorCategoryId", "region"]);
    const otherClass = await expectProblem(await send("POST", "/submissions", { body: submission({ classCode: "9999" }) }), 422);
    assert.deepEqual(otherClass.errors?.map((error) => error.path), ["classCode"]);
    await expectProblem(await send("POST", "/submissions", { body: "{not json" }), 400);
    await expectProblem(await send("POST", "/submissions", { body: JSON.stringify({ ...submission(), occupation: "z".repeat(70_000) }) }), 413);
  });

  it("is open to any origin, without credentials", async () => {
    const preflight = await fetch(`${api}/submissions`, { method: "OPTIONS", headers: { Origin: "https://portal.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" } });
    assert.equal(preflight.headers.get("access-control-allow-origin"), "*");
    assert.match(preflight.headers.get("access-control-allow-methods") ?? "", /POST/);
    assert.equal(preflight.headers.get("access-control-allow-credentials"), null);
  });
});

describe("the static export", () => {
  it("holds no pending or rejected submission", async () => {
    await submit(submission({ occupation: "导出检查岗位", contact: "export.check@example.com" }));
    const out = await mkdtemp(join(tmpdir(), "chanjiao-submissions-export-"));
    const db = await openDatabase(database.location);
    try {
      await exportStatic(db, join(out, "site"));
      const files = (await readdir(join(out, "site"), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
      for (const file of files) {
        const text = await readFile(join(file.parentPath, file.name), "utf8");
        assert.doesNotMatch(text, /导出检查岗位|export\.check|wang\.min/, file.name);
      }
    } finally {
      await db.destroy();
      await rm(out, { recursive: true, force: true });
    }
  });
});

describe("GET /v1/submissions/{ref}", () => {
  it("answers 404 for an unknown or malformed reference, hostile strings included", async () => {
    for (const ref of ["AAAA-AAAA-AAAA", "../talent-demand", "<script>", "%00", "x".repeat(300)]) await expectProblem(await send("GET", `/submissions/${encodeURIComponent(ref)}`), 404);
  });
});

describe("review", () => {
  it("approval publishes the posting, counted in gaps, owned by a new enterprise made from the submission", async () => {
    const before = await demandIn2040();
    const validCode = validCreditCode();
    const body = submission({ enterpriseName: "无锡新建精密有限公司", creditCode: validCode });
    const ref = await submit(body);
    const response = await send("POST", `/submissions/${ref}/approve`, { key: keys.reviewer });
    const text = await response.text();
    assert.equal(response.status, 200, text);
    const approved = z.parse(Submission, JSON.parse(text));
    assert.equal(approved.status, "approved");
    assert.ok(approved.postingId && approved.organisationId);
    assert.equal(await demandIn2040(), before + body.headcount);
    const posting = (await (await fetch(`${api}/talent-demand/${approved.postingId}`)).json()) as Record<string, unknown>;
    assert.equal(posting.publisherId, approved.organisationId);
    assert.equal(posting.headcount, body.headcount);
    const organisation = (await (await fetch(`${api}/organisations/${approved.organisationId}`)).json()) as Record<string, unknown>;
    assert.deepEqual([organisation.name, organisation.kind, organisation.creditCode], ["无锡新建精密有限公司", "enterprise", validCode]);
    for (const text of [JSON.stringify(posting), JSON.stringify(organisation)]) assert.doesNotMatch(text, /王敏|wang\.min/, "no contact data in public records");
    assert.deepEqual((await getValid(`${api}/submissions/${ref}`, SubmissionState)).body, { ref, status: "approved", reason: null });

    // A second submission with the same credit code goes to the same organisation.
    const again = await submit(submission({ creditCode: validCode, enterpriseName: "无锡新建精密有限公司（二期）" }));
    const second = z.parse(Submission, await (await send("POST", `/submissions/${again}/approve`, { key: keys.admin })).json());
    assert.equal(second.organisationId, approved.organisationId);
    await expectProblem(await send("POST", `/submissions/${ref}/approve`, { key: keys.reviewer }), 409);
  });

  it("rejection keeps the reason readable by reference, and publishes nothing", async () => {
    const before = await demandIn2040();
    const ref = await submit();
    const response = await send("POST", `/submissions/${ref}/reject`, { key: keys.reviewer, body: { reason: "岗位信息不完整，请补充后重新提交。" } });
    assert.equal(response.status, 200, await response.clone().text());
    assert.deepEqual((await getValid(`${api}/submissions/${ref}`, SubmissionState)).body, { ref, status: "rejected", reason: "岗位信息不完整，请补充后重新提交。" });
    assert.equal(await demandIn2040(), before);
    await expectProblem(await send("POST", `/submissions/${ref}/approve`, { key: keys.reviewer }), 409);
    const blank = await expectProblem(await send("POST", `/submissions/${(await submit())}/reject`, { key: keys.reviewer, body: { reason: "   " } }), 422);
    assert.equal(blank.errors?.[0]?.path, "reason");
  });

  it("a reviewer of another region is refused and sees nothing; an enterprise key reviews nothing", async () => {
    const ref = await submit();
    assert.ok((await pendingRefs(keys.reviewer)).includes(ref));
    assert.ok(!(await pendingRefs(keys.otherReviewer)).includes(ref));
    await expectProblem(await send("POST", `/submissions/${ref}/approve`, { key: keys.otherReviewer }), 403);
    await expectProblem(await send("POST", `/submissions/${ref}/reject`, { key: keys.otherReviewer, body: { reason: "no" } }), 403);
    await expectProblem(await send("GET", "/submissions", { key: keys.enterprise }), 403);
    await expectProblem(await send("POST", `/submissions/${ref}/approve`, { key: keys.enterprise }), 403);
    await expectProblem(await send("GET", "/submissions"), 401);
    assert.equal((await getValid(`${api}/submissions/${ref}`, SubmissionState)).body.status, "pending");
  });

  it("tells each key in its session whether it reviews, as the console shows the review queue", async () => {
    const reviews = async (key: string) => z.parse(Session, await (await send("GET", "/me", { key })).json()).reviews;
    assert.deepEqual(await Promise.all([keys.reviewer, keys.otherReviewer, keys.admin, keys.enterprise].map(reviews)), [true, true, true, false]);
  });

  it("lists contact data to the reviewers only, page by page", async () => {
    const list = z.parse(SubmissionsPage, await (await send("GET", "/submissions?limit=1", { key: keys.reviewer })).json());
    assert.equal(list.items.length, 1);
    assert.equal(list.items[0]!.contact, "wang.min@example.com");
    assert.ok(list.nextCursor);
    const next = z.parse(SubmissionsPage, await (await send("GET", `/submissions?limit=1&cursor=${list.nextCursor}`, { key: keys.reviewer })).json());
    assert.notEqual(next.items[0]?.ref, list.items[0]!.ref);
    await expectProblem(await send("GET", "/submissions?cursor=nonsense", { key: keys.reviewer }), 400);
    await expectProblem(await send("GET", "/submissions?status=open", { key: keys.reviewer }), 400);
  });

  it("puts reviews in the audit trail and never in the public change feed", async () => {
    const ref = await submit();
    const end = await changeFeedEnd(api);
    await send("POST", `/submissions/${ref}/reject`, { key: keys.reviewer, body: { reason: "重复提交" } });
    const changes = await (await fetch(`${api}/changes?after=${end}`)).text();
    assert.doesNotMatch(changes, /submissions|wang\.min|重复提交/);
    const audit = z.parse(AuditPage, await (await send("GET", "/audit?collection=submissions&limit=1000", { key: keys.admin })).json());
    const entry = audit.items.find((item) => item.id === ref);
    assert.ok(entry);
    assert.equal(entry.collection, "submissions");
    assert.equal((entry.after as { status: string }).status, "rejected");
    assert.equal((entry.before as { status: string }).status, "pending");
  });

  it("answers 404 for a review of an unknown reference", async () => {
    await expectProblem(await send("POST", "/submissions/AAAA-AAAA-AAAA/approve", { key: keys.admin }), 404);
    await expectProblem(await send("POST", "/submissions/nonsense/reject", { key: keys.admin, body: { reason: "x" } }), 404);
  });
});

describe("limits", () => {
  it("limits 50 rapid submissions from one address with 429 and Retry-After", async () => {
    const limited = await startServer({ db: database.location, port: 0 });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let attempt = 0; attempt < 50; attempt++) {
        const response = await send("POST", "/submissions", { body: submission(), origin: limited.url });
        statuses.push(response.status);
        if (response.status === 429) retryAfter = response.headers.get("retry-after");
        await response.body?.cancel();
      }
      assert.deepEqual(statuses.slice(0, 10), Array(10).fill(202));
      assert.deepEqual(statuses.slice(10), Array(40).fill(429));
      assert.ok(Number(retryAfter) >= 1);
    } finally {
      await limited.close();
    }
  });

  it("caps the pending submissions of a region", async () => {
    const capped = await startServer({ db: database.location, port: 0, pendingSubmissionsPerRegion: 1 });
    try {
      const refused = await send("POST", "/submissions", { body: submission(), origin: capped.url });
      await expectProblem(refused, 429);
      assert.ok(refused.headers.get("retry-after"));
    } finally {
      await capped.close();
    }
  });
});

/** A credit code no seeded organisation holds that passes the check: a plausible prefix with its check character. */
function validCreditCode(): string {
  const prefix = "91320200MA1MK7Q5A";
  const code = [..."0123456789ABCDEFGHJKLMNPQRTUWXY"].map((check) => prefix + check).find(isCreditCode);
  assert.ok(code);
  return code;
}

describe("chanjiao-server's submission options", () => {
  it("takes --submission-rate and --pending-per-region, and refuses a malformed one", async () => {
    const { child, api: cliApi } = await startCli(["--db", database.location, "--port", "0", "--submission-rate", "2/hour", "--pending-per-region", "1000"]);
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const response = await fetch(`${cliApi}/submissions`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(submission()) });
        statuses.push(response.status);
        await response.body?.cancel();
      }
      assert.deepEqual(statuses, [202, 202, 429]);
    } finally {
      await stopChild(child, "SIGTERM");
    }
    const refused = await runCli(["--db", database.location, "--port", "0", "--pending-per-region", "many"]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /--pending-per-region "many"/);
  });
});
