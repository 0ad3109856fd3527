import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { createApiKey, openDatabase, startServer } from "../../server/src/index.ts";
import { type ChanjiaoClient, createBaseClient, createClient, HttpError, talentGaps, type TalentDemandCreate, ValidationError } from "../src/index.js";
import { rejection } from "./rejection.js";

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let reader: ChanjiaoClient;
let publisher: ChanjiaoClient;
let rival: ChanjiaoClient;
let organisationId: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chanjiao-sdk-talent-"));
  const file = join(dataDir, "test.db");
  server = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const db = await openDatabase(file);
  const [own, other] = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").limit(2).execute();
  organisationId = own!.id;
  const ownKey = (await createApiKey(db, { organisationId })).key;
  const otherKey = (await createApiKey(db, { organisationId: other!.id })).key;
  await db.destroy();
  const baseUrl = `${server.url}/v1`;
  reader = createClient({ baseUrl });
  publisher = createClient({ baseUrl, apiKey: ownKey });
  rival = createClient({ baseUrl, headers: { Authorization: `Bearer ${otherKey}` } });
});

after(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const posting: TalentDemandCreate = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2033 };

describe("client.talent", () => {
  it("gaps: the same answer through the named method and through read(talentGaps) on a base client", async () => {
    const query = { groupBy: "majorCategory", region: "320000", period: "2023-2025" } as const;
    const named = await reader.talent.gaps(query);
    assert.deepEqual(named.periods, [2023, 2024, 2025]);
    assert.ok(named.items.length > 0);
    const demand = await reader.talentDemand.aggregate({ groupBy: "majorCategory", region: "320000", period: "2023-2025", status: "open" });
    const filled = await reader.talentDemand.aggregate({ groupBy: "majorCategory", region: "320000", period: "2023-2025", status: "filled" });
    for (const item of named.items) {
      const total = [demand, filled].reduce((sum, aggregate) => sum + (aggregate.items.find((entry) => entry.key === item.key)?.total ?? 0), 0);
      assert.equal(item.demand, total, item.key);
    }
    assert.deepEqual(await createBaseClient({ baseUrl: `${server.url}/v1` }).read(talentGaps, query), named);
  });

  it("gaps refuses an invalid query before any request", async () => {
    const error = await rejection(reader.talent.gaps({ groupBy: "period" as never }), ValidationError);
    assert.equal(error.issues[0]?.path, "groupBy");
  });

  it("signals: the last periods, with a figure per period for each signalled category", async () => {
    const signals = await reader.talent.signals({ periods: 2, threshold: 1.1 });
    assert.equal(signals.periods.length, 2);
    assert.ok(signals.items.length > 0, "the seed has persistent surpluses");
    for (const item of signals.items) {
      assert.deepEqual(item.points.map((point) => point.period), signals.periods);
      for (const point of item.points) {
        if (item.signal === "surplus") assert.ok(point.demand * 1.1 <= point.supply, item.majorCategoryId);
        else assert.ok(point.demand >= 1.1 * point.supply, item.majorCategoryId);
      }
    }
    await rejection(reader.talent.signals({ periods: 1 }), ValidationError);
  });
});

describe("client.talentDemand writes", () => {
  it("create, getWithEtag, update and withdraw a posting", async () => {
    const created = await publisher.talentDemand.create(posting);
    assert.equal(created.record.publisherId, organisationId);
    assert.equal(created.record.status, "open");
    assert.equal(created.replayed, false);
    const read = await reader.talentDemand.getWithEtag(created.record.id);
    assert.deepEqual(read, { record: created.record, etag: created.etag });
    const updated = await publisher.talentDemand.update(created.record.id, { headcount: 30 }, { ifMatch: read.etag });
    assert.equal(updated.record.headcount, 30);
    assert.notEqual(updated.etag, read.etag);
    const withdrawn = await publisher.talentDemand.withdraw(created.record.id, { ifMatch: updated.etag });
    assert.equal(withdrawn.record.status, "withdrawn");
    assert.deepEqual((await reader.talentDemand.get(created.record.id)).status, "withdrawn");
  });

  it("remove takes a posting out of lists at once; a stale ETag or another organisation is refused", async () => {
    const { record, etag } = await publisher.talentDemand.create({ ...posting, headcount: 6 });
    assert.equal((await rejection(rival.talentDemand.remove(record.id, { ifMatch: etag }), HttpError)).status, 403);
    const updated = await publisher.talentDemand.update(record.id, { headcount: 7 }, { ifMatch: etag });
    assert.equal((await rejection(publisher.talentDemand.remove(record.id, { ifMatch: etag }), HttpError)).status, 412);
    assert.equal(await publisher.talentDemand.remove(record.id, { ifMatch: updated.etag }), undefined);
    assert.equal((await rejection(reader.talentDemand.get(record.id), HttpError)).status, 404);
    const { items } = await reader.talentDemand.list({ publisherId: organisationId, period: "2033", limit: 200 });
    assert.ok(!items.some((item) => item.id === record.id));
  });

  it("a repeated create with the same idempotency key returns the first posting", async () => {
    const first = await publisher.talentDemand.create({ ...posting, headcount: 4 });
    const again = await publisher.talentDemand.create({ ...posting, headcount: 4 }, { idempotencyKey: first.idempotencyKey });
    assert.equal(again.record.id, first.record.id);
    assert.equal(again.replayed, true);
    const { items } = await reader.talentDemand.list({ publisherId: organisationId, period: "2033", limit: 200 });
    assert.equal(items.filter((item) => item.id === first.record.id).length, 1);
    const fresh = await publisher.talentDemand.create({ ...posting, headcount: 4 });
    assert.notEqual(fresh.record.id, first.record.id, "without a key given, each call is a new posting");
  });

  it("rejects with HttpError carrying the problem: 401, 403, 412, 422", async () => {
    const unauthenticated = await rejection(reader.talentDemand.create(posting), HttpError);
    assert.equal(unauthenticated.status, 401);
    assert.equal(unauthenticated.problem?.type, "urn:chanjiao:problem:unauthenticated");
    const { record, etag } = await publisher.talentDemand.create(posting);
    const forbidden = await rejection(rival.talentDemand.update(record.id, { headcount: 1 }, { ifMatch: etag }), HttpError);
    assert.equal(forbidden.status, 403);
    await publisher.talentDemand.update(record.id, { headcount: 2 }, { ifMatch: etag });
    const stale = await rejection(publisher.talentDemand.update(record.id, { headcount: 3 }, { ifMatch: etag }), HttpError);
    assert.equal(stale.status, 412);
    const unknownCategory = await rejection(publisher.talentDemand.create({ ...posting, majorCategoryId: "mc-none" }), HttpError);
    assert.equal(unknownCategory.status, 422);
    assert.deepEqual(unknownCategory.problem?.errors?.map((error) => error.path), ["majorCategoryId"]);
  });

  it("create takes a 专业类 code: the server checks it against the catalogue, the SDK its form", async () => {
    const { record } = await publisher.talentDemand.create({ ...posting, classCode: "4306" });
    assert.equal(record.classCode, "4306");
    const wrongLevel = await rejection(publisher.talentDemand.create({ ...posting, classCode: "3102" }), HttpError);
    assert.equal(wrongLevel.status, 422);
    assert.deepEqual(wrongLevel.problem?.errors?.map((error) => error.path), ["classCode"]);
    const malformed = await rejection(publisher.talentDemand.create({ ...posting, classCode: "51020" }), ValidationError);
    assert.ok(malformed.issues.some((issue) => issue.path === "classCode"), malformed.message);
  });

  it("an invalid body rejects with a ValidationError naming every bad field, before any request", async () => {
    const error = await rejection(publisher.talentDemand.create({ ...posting, headcount: 0, level: "博士" as never }), ValidationError);
    assert.deepEqual(error.issues.map((issue) => issue.path).sort(), ["headcount", "level"]);
    await rejection(publisher.talentDemand.update("any", {}, { ifMatch: "\"1\"" }), ValidationError);
  });
});
