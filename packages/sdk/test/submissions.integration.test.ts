import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { createApiKey, openDatabase, startServer } from "../../server/src/index.ts";
import { type ChanjiaoClient, type Consortium, createBaseClient, createClient, HttpError, type SubmissionCreate, submitDemand, ValidationError } from "../src/index.js";
import { rejection } from "./rejection.js";

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let anyone: ChanjiaoClient;
let reviewer: ChanjiaoClient;
let region: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chanjiao-sdk-submissions-"));
  const file = join(dataDir, "test.db");
  server = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const db = await openDatabase(file);
  const city = (await db.selectFrom("consortia").select("data").where("kind", "=", "city").orderBy("id").execute())
    .map((row) => JSON.parse(row.data) as Consortium)
    .find((consortium) => consortium.region !== null && consortium.leadOrganisationIds.length > 0)!;
  region = city.region!;
  const key = (await createApiKey(db, { organisationId: city.leadOrganisationIds[0]! })).key;
  await db.destroy();
  anyone = createClient({ baseUrl: `${server.url}/v1` });
  reviewer = createClient({ baseUrl: `${server.url}/v1`, apiKey: key });
});

after(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const submission = (headcount: number): SubmissionCreate => ({
  enterpriseName: "常州智造装备有限公司",
  creditCode: "91350100M000100Y43",
  contactName: "陈静",
  contact: "13912345678",
  region,
  industry: "高档数控机床和机器人",
  occupation: "工业机器人运维员",
  majorCategoryId: "mc-46",
  level: "高职专科",
  headcount,
  period: 2041,
});

describe("client.submissions", () => {
  it("submits without a key, is found pending by the reviewer, and approval counts in the gaps", async () => {
    const { ref, status } = await anyone.submissions.submit(submission(21));
    assert.equal(status, "pending");
    assert.deepEqual(await anyone.submissions.status(ref), { ref, status: "pending", reason: null });
    const { items } = await reviewer.submissions.list({ status: "pending" });
    assert.ok(items.some((item) => item.ref === ref && item.contact === "13912345678"));
    const approved = await reviewer.submissions.approve(ref);
    assert.equal(approved.status, "approved");
    const gaps = await anyone.talent.gaps({ groupBy: "region", period: "2041" });
    assert.equal(gaps.items.reduce((sum, item) => sum + item.demand, 0), 21);
    assert.equal((await anyone.submissions.status(ref)).status, "approved");
  });

  it("rejects with a reason read back by reference; a second decision is a 409", async () => {
    const { ref } = await createBaseClient({ baseUrl: `${server.url}/v1` }).send(submitDemand, submission(22));
    const rejected = await reviewer.submissions.reject(ref, { reason: "请提供岗位所在园区" });
    assert.equal(rejected.reason, "请提供岗位所在园区");
    assert.deepEqual(await anyone.submissions.status(ref), { ref, status: "rejected", reason: "请提供岗位所在园区" });
    const error = await rejection(reviewer.submissions.approve(ref), HttpError);
    assert.equal(error.status, 409);
  });

  it("refuses an invalid credit code, a bad reference and a blank reason before any request", async () => {
    const invalid = await rejection(anyone.submissions.submit({ ...submission(23), creditCode: "91350100M000100Y44" }), ValidationError);
    assert.deepEqual(invalid.issues.map((issue) => issue.path), ["creditCode"]);
    assert.equal((await rejection(anyone.submissions.status("../audit"), ValidationError)).issues[0]?.path, "");
    assert.equal((await rejection(reviewer.submissions.reject("AAAA-AAAA-AAAA", { reason: " " }), ValidationError)).issues[0]?.path, "reason");
  });

  it("answers 401 to a review without a key and 404 to an unknown reference", async () => {
    assert.equal((await rejection(anyone.submissions.list(), HttpError)).status, 401);
    assert.equal((await rejection(anyone.submissions.status("AAAA-AAAA-AAAA"), HttpError)).status, 404);
  });
});
