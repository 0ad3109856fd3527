import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { createApiKey, openDatabase, startServer } from "../../server/src/index.ts";
import { type ChanjiaoClient, type CreateBody, createClient, HttpError, type Programme, ValidationError } from "../src/index.js";
import { rejection } from "./rejection.js";

const school = "sample-school-01";
const otherSchool = "sample-school-02";

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let reader: ChanjiaoClient;
let keeper: ChanjiaoClient;
let rival: ChanjiaoClient;
let admin: ChanjiaoClient;
/** Requests the keeper's client sent, as `METHOD path?query`. */
const sent: string[] = [];

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chanjiao-sdk-writes-"));
  const file = join(dataDir, "test.db");
  server = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const db = await openDatabase(file);
  const enterprise = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  const adminKey = (await createApiKey(db, { organisationId: enterprise.id, role: "admin" })).key;
  const schoolKey = (await createApiKey(db, { organisationId: school })).key;
  const otherKey = (await createApiKey(db, { organisationId: otherSchool })).key;
  await db.destroy();
  const baseUrl = `${server.url}/v1`;
  const counting: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    sent.push(`${request.method} ${url.pathname}${url.search}`);
    return fetch(request);
  };
  reader = createClient({ baseUrl });
  keeper = createClient({ baseUrl, apiKey: schoolKey, fetch: counting });
  rival = createClient({ baseUrl, apiKey: otherKey });
  admin = createClient({ baseUrl, apiKey: adminKey });
});

after(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const programme: CreateBody<typeof Programme> = {
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

/** The `seq` of the last change logged so far. */
async function lastSeq(): Promise<number> {
  let seq = 0;
  for await (const change of reader.changes.all({ limit: 1000 })) seq = change.seq;
  return seq;
}

describe("collection writers against the reference server", () => {
  it("create, getWithEtag, update and remove a programme, each answering the ETag the next write needs", async () => {
    const created = await keeper.programmes.create(programme);
    assert.equal(created.record.schoolId, school);
    assert.equal(created.record.province, "320000", "the server derives the province from the region");
    assert.equal(created.record.sample, false);
    assert.equal(created.replayed, false);
    assert.match(created.etag, /^"[0-9a-f]+"$/);
    const read = await reader.programmes.getWithEtag(created.record.id);
    assert.deepEqual(read, { record: created.record, etag: created.etag });

    const updated = await keeper.programmes.update(created.record.id, { enrolmentPlan: 45, trainingModes: ["订单培养", "学徒制"] }, { ifMatch: read.etag });
    assert.equal(updated.record.enrolmentPlan, 45);
    assert.deepEqual(updated.record.trainingModes, ["订单培养", "学徒制"]);
    assert.notEqual(updated.etag, read.etag);
    assert.deepEqual(await reader.programmes.getWithEtag(created.record.id), updated);

    assert.equal(await keeper.programmes.remove(created.record.id, { ifMatch: updated.etag }), undefined);
    const gone = await rejection(reader.programmes.get(created.record.id), HttpError);
    assert.equal(gone.status, 404);
    assert.equal((await rejection(keeper.programmes.getWithEtag(created.record.id), HttpError)).status, 404);
    const { items } = await reader.programmes.list({ schoolId: school, limit: 200 });
    assert.ok(!items.some((item) => item.id === created.record.id), "a removed record leaves the list");
  });

  it("a create sent again with the same idempotency key answers the first record, marked replayed", async () => {
    const idempotencyKey = "programme-2027-order-class";
    const first = await keeper.programmes.create({ ...programme, year: 2027 }, { idempotencyKey });
    const again = await keeper.programmes.create({ ...programme, year: 2027 }, { idempotencyKey });
    assert.deepEqual([first.replayed, again.replayed], [false, true]);
    assert.equal(again.record.id, first.record.id);
    assert.equal(again.etag, first.etag);
    assert.equal(again.idempotencyKey, idempotencyKey);
    const { items } = await reader.programmes.list({ schoolId: school, limit: 200 });
    assert.equal(items.filter((item) => item.year === 2027).length, 1);
    const fresh = await keeper.programmes.create({ ...programme, year: 2027 });
    assert.notEqual(fresh.record.id, first.record.id, "without a key given, each call is a new record");
    assert.notEqual(fresh.idempotencyKey, idempotencyKey);
  });

  it("a stale ETag rejects with HttpError 412 and its problem; the record is unchanged", async () => {
    const { record, etag } = await keeper.programmes.create({ ...programme, year: 2028 });
    const changed = await keeper.programmes.update(record.id, { enrolmentPlan: 50 }, { ifMatch: etag });
    const stale = await rejection(keeper.programmes.update(record.id, { enrolmentPlan: 60 }, { ifMatch: etag }), HttpError);
    assert.equal(stale.status, 412);
    assert.equal(stale.problem?.status, 412);
    assert.match(stale.problem?.detail ?? "", /changed since this ETag/);
    const staleRemoval = await rejection(keeper.programmes.remove(record.id, { ifMatch: etag }), HttpError);
    assert.equal(staleRemoval.status, 412);
    assert.deepEqual(await reader.programmes.getWithEtag(record.id), changed);
  });

  it("another school's record and reference data reject with HttpError 403 and its problem", async () => {
    const { record, etag } = await keeper.programmes.create({ ...programme, year: 2029 });
    const forbidden = await rejection(rival.programmes.update(record.id, { enrolmentPlan: 1 }, { ifMatch: etag }), HttpError);
    assert.equal(forbidden.status, 403);
    assert.equal(forbidden.problem?.status, 403);
    assert.equal((await rejection(rival.programmes.remove(record.id, { ifMatch: etag }), HttpError)).status, 403);
    assert.equal((await rejection(rival.programmes.create(programme), HttpError)).status, 403);
    const reference = await rejection(keeper.majorCategories.create({ code: "99", name: "新类", order: 99, codes: [], source: "x" }), HttpError);
    assert.equal(reference.status, 403);
    assert.match(reference.problem?.detail ?? "", /reference data/);
    const unauthenticated = await rejection(reader.programmes.create(programme), HttpError);
    assert.equal(unauthenticated.status, 401);
  });

  it("unknown references reject with HttpError 422 naming each field in problem.errors; an existing id with 409", async () => {
    const unknown = await rejection(keeper.programmes.create({ ...programme, majorCategoryId: "mc-99", partnerIds: ["no-such-enterprise"] }), HttpError);
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.problem?.errors?.map((error) => error.path).sort(), ["majorCategoryId", "partnerIds.0"]);
    const { record } = await keeper.programmes.create({ ...programme, year: 2030 });
    const exists = await rejection(keeper.programmes.create({ ...programme, id: record.id }), HttpError);
    assert.equal(exists.status, 409);
  });

  it("a bad body, patch or id rejects with a ValidationError naming every bad field, before any request", async () => {
    sent.length = 0;
    const { source: _source, ...withoutSource } = programme;
    const body = await rejection(keeper.programmes.create({ ...withoutSource, years: "three", colour: "red" } as never), ValidationError);
    assert.deepEqual(body.issues.map((issue) => issue.path).sort(), ["", "source", "years"]);
    assert.match(body.issues.find((issue) => issue.path === "")?.message ?? "", /colour/);
    const empty = await rejection(keeper.programmes.update("any", {}, { ifMatch: '"1"' }), ValidationError);
    assert.match(empty.message, /patch of programmes\.update/);
    await rejection(keeper.programmes.update("any", { id: "other" } as never, { ifMatch: '"1"' }), ValidationError);
    await rejection(keeper.programmes.update("any", { years: 9 }, { ifMatch: '"1"' }), ValidationError);
    await rejection(keeper.programmes.remove("..", { ifMatch: '"1"' }), ValidationError);
    await rejection(keeper.programmes.getWithEtag(""), ValidationError);
    assert.deepEqual(sent, [], "nothing was sent");
  });
});

describe("client.changes and client.audit", () => {
  it("all() walks page after page in order, seeing creates, updates and tombstones", async () => {
    const start = await lastSeq();
    const made = [];
    for (const year of [2031, 2032, 2033]) made.push(await keeper.programmes.create({ ...programme, year }));
    const [kept, changed, removed] = made as [(typeof made)[0], (typeof made)[0], (typeof made)[0]];
    const update = await keeper.programmes.update(changed.record.id, { enrolmentPlan: 12 }, { ifMatch: changed.etag });
    await keeper.programmes.remove(removed.record.id, { ifMatch: removed.etag });

    sent.length = 0;
    const seen = [];
    for await (const change of keeper.changes.all({ after: start, collection: "programmes", limit: 2 })) seen.push(change);
    assert.deepEqual(
      seen.map((change) => [change.kind, change.id]),
      [...made.map(({ record }) => ["created", record.id]), ["updated", changed.record.id], ["removed", removed.record.id]],
    );
    assert.deepEqual(seen.map((change) => change.seq), [...seen.map((change) => change.seq)].sort((a, b) => a - b), "in order");
    assert.equal(new Set(seen.map((change) => change.seq)).size, seen.length, "each change once");
    assert.equal(sent.length, 3, "five changes two by two are three pages");
    assert.ok(sent.every((request) => request.startsWith("GET /v1/changes?")));
    assert.deepEqual(seen[0]!.record, kept.record);
    assert.deepEqual(seen[1]!.record, update.record, "a change carries the record as it is now");
    for (const change of seen.filter((item) => item.id === removed.record.id)) assert.equal(change.record, null, "a removed record is a tombstone");
  });

  it("list() answers one page with next and more; all() from the end yields nothing", async () => {
    const start = await lastSeq();
    const { record } = await keeper.programmes.create({ ...programme, year: 2034 });
    await keeper.programmes.create({ ...programme, year: 2035 });
    const page = await reader.changes.list({ after: start, limit: 1 });
    assert.deepEqual(page.items.map((change) => change.id), [record.id]);
    assert.equal(page.next, page.items[0]!.seq);
    assert.equal(page.more, true);
    const end = await lastSeq();
    assert.deepEqual(await reader.changes.list({ after: end }), { items: [], next: end, more: false });
    for await (const change of reader.changes.all({ after: end })) assert.fail(`nothing follows the end, got ${change.seq}`);
    await rejection(reader.changes.list({ limit: 0 }), ValidationError);
  });

  it("audit.list() gives admins who wrote and the record before and after; others get HttpError 403", async () => {
    const start = await lastSeq();
    const { record, etag } = await keeper.programmes.create({ ...programme, year: 2036 });
    await keeper.programmes.update(record.id, { enrolmentPlan: 41 }, { ifMatch: etag });
    const { items } = await admin.audit.list({ after: start, collection: "programmes" });
    assert.deepEqual(items.map((item) => item.kind), ["created", "updated"]);
    const [created, updated] = items as [(typeof items)[0], (typeof items)[0]];
    assert.deepEqual([created.organisationId, created.via, created.before], [school, "api", null]);
    assert.match(created.keyId ?? "", /^key-/);
    assert.equal((updated.before as { enrolmentPlan: number }).enrolmentPlan, 40);
    assert.equal((updated.after as { enrolmentPlan: number }).enrolmentPlan, 41);
    const walked = [];
    for await (const item of admin.audit.all({ after: start, limit: 1 })) walked.push(item.seq);
    assert.deepEqual(walked, items.map((item) => item.seq));
    assert.equal((await rejection(keeper.audit.list(), HttpError)).status, 403);
    assert.equal((await rejection(reader.audit.list(), HttpError)).status, 401);
  });
});

describe("client.me, client.keys and history", () => {
  it("me() names the key's organisation and what it may write; an unknown key rejects with HttpError 401", async () => {
    const session = await keeper.me();
    assert.equal(session.organisation.id, school);
    assert.equal(session.key.role, "editor");
    assert.ok(session.writes.includes("programmes"));
    assert.equal((await rejection(createClient({ baseUrl: `${server.url}/v1`, apiKey: "cjk_unknown" }).me(), HttpError)).status, 401);
  });

  it("keys.create() shows the secret once, list() shows the key, revoke() ends it; editors get HttpError 403", async () => {
    const { key, info } = await admin.keys.create({ organisationId: otherSchool, role: "editor", name: "招生办" });
    assert.equal((await createClient({ baseUrl: `${server.url}/v1`, apiKey: key }).me()).key.id, info.id);
    assert.deepEqual((await admin.keys.list()).items.find((listed) => listed.id === info.id), info);
    assert.ok((await admin.keys.revoke(info.id)).revokedAt);
    assert.equal((await rejection(createClient({ baseUrl: `${server.url}/v1`, apiKey: key }).me(), HttpError)).status, 401);
    assert.equal((await rejection(keeper.keys.list(), HttpError)).status, 403);
    assert.ok((await rejection(admin.keys.create({ organisationId: "", role: "owner" as "admin" }), ValidationError)).issues.length >= 2);
  });

  it("history() gives the keeper the fields each write changed; another school's editor gets HttpError 403", async () => {
    const [programme] = (await keeper.programmes.list({ schoolId: school, limit: 1 })).items;
    const { etag } = await keeper.programmes.getWithEtag(programme!.id);
    await keeper.programmes.update(programme!.id, { enrolmentPlan: (programme!.enrolmentPlan ?? 0) + 1 }, { ifMatch: etag });
    const { items } = await keeper.programmes.history(programme!.id);
    assert.deepEqual(items[0]!.fields, ["enrolmentPlan"]);
    assert.equal(items[0]!.writer.organisationId, school);
    assert.equal((await rejection(rival.programmes.history(programme!.id), HttpError)).status, 403);
  });
});
