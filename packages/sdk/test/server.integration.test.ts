import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { startServer } from "../../server/src/index.ts";
import { collections, consortiumCounts, createClient, HttpError, provinceProfile, ValidationError, type ChanjiaoClient, type CollectionName } from "../src/index.js";

let server: Awaited<ReturnType<typeof startServer>>;
let client: ChanjiaoClient;
let dataDir: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chanjiao-sdk-"));
  server = await startServer({ db: join(dataDir, "test.db"), port: 0, host: "127.0.0.1", seed: true });
  client = createClient({ baseUrl: `${server.url}/v1` });
});

after(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe("every collection against the reference server", () => {
  for (const name of Object.keys(collections) as CollectionName[]) {
    it(`${name}: list returns valid records and get returns the same record`, async () => {
      // Every method group has the same shape; the union of groups is narrowed to the common one here.
      const group = client[name] as ChanjiaoClient["consortia"];
      const page = await group.list({ limit: 5 });
      assert.ok(page.items.length > 0, `${name} has no records`);
      assert.ok(page.items.length <= 5);
      const [first] = page.items;
      assert.deepEqual(await group.get(first!.id), first);
    });
  }
});

describe("paging", () => {
  it("all() at limit 5 yields every record exactly once", async () => {
    const everything = await client.consortia.list({ limit: 200 });
    assert.equal(everything.nextCursor, null, "more than 200 consortia; raise the comparison page size");
    assert.ok(everything.items.length > 5, "needs more than one page at limit 5");
    const ids: string[] = [];
    for await (const record of client.consortia.all({ limit: 5 })) ids.push(record.id);
    assert.equal(new Set(ids).size, ids.length, "a record came twice");
    assert.deepEqual([...ids].sort(), everything.items.map((record) => record.id).sort());
  });
});

describe("filters", () => {
  it("region takes a province code and matches the province's records", async () => {
    // City consortia by their own place; industry communities also count where their organisations are.
    const { items } = await client.consortia.list({ region: "320000", kind: "city", limit: 200 });
    assert.ok(items.length > 0, "no consortia in 江苏");
    for (const record of items) assert.ok(record.province === "320000" || record.region?.startsWith("32"), record.id);
  });

  it("kind narrows to that kind", async () => {
    const { items } = await client.consortia.list({ kind: "industry", limit: 200 });
    assert.ok(items.length > 0);
    for (const record of items) assert.equal(record.kind, "industry");
  });

  it("q matches names as plain text", async () => {
    const all = await client.cooperationProjects.list({ limit: 200 });
    const target = all.items.find((record) => record.name.length >= 4)!;
    const term = target.name.slice(0, 4);
    const { items } = await client.cooperationProjects.list({ q: term, limit: 200 });
    assert.ok(items.some((record) => record.id === target.id));
    assert.ok(items.length < all.items.length || all.items.every((record) => record.name.includes(term)));
  });

  it("lists the 27 鲁班工坊", async () => {
    const { items, nextCursor } = await client.cooperationProjects.list({ kind: "luban-workshop", limit: 100 });
    assert.equal(items.length, 27);
    assert.equal(nextCursor, null);
    for (const record of items) assert.equal(record.kind, "luban-workshop");
  });
});

describe("errors and aggregates", () => {
  it("an unknown id is an HttpError 404 with a problem and a request id", async () => {
    const error = await client.consortia.get("no-such-consortium").catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.equal(error.problem?.status, 404);
    assert.ok(error.requestId);
  });

  it("talent demand totals per industry", async () => {
    const result = await client.talentDemand.aggregate({ groupBy: "industry" });
    assert.equal(result.measure, "demand");
    assert.ok(result.items.length > 0);
    for (const item of result.items) assert.ok(item.total >= 0 && item.count > 0);
  });

  it("talent supply totals per level, filtered by province", async () => {
    const result = await client.talentSupply.aggregate({ groupBy: "level", region: "320000" });
    assert.equal(result.measure, "supply");
    assert.ok(result.items.length > 0);
    assert.ok(result.items.some((item) => item.total > 0));
  });

  it("consortium counts per province match the region-filtered list, through both ways of reading", async () => {
    const counts = await client.consortia.counts({ kind: "city" });
    assert.equal(counts.provinces.length, 34);
    const jiangsu = counts.provinces.find((province) => province.code === "320000")!;
    const listed = await client.consortia.list({ region: "320000", kind: "city" });
    assert.equal(jiangsu.counts.city, listed.items.length);
    assert.ok(jiangsu.counts.city > 0 && jiangsu.counts.industry === 0);
    assert.deepEqual(await client.read(consortiumCounts, { kind: "city" }), counts);
    await assert.rejects(client.consortia.counts({ province: "320500" }), ValidationError);
  });

  it("a province's profile: its reform records as the collections list them, its figures as the lists count them", async () => {
    const profile = await client.provinceProfile({ province: "370000" });
    assert.equal(profile.province.name, "山东省");
    const pilots = await client.provincePilots.list({ province: "370000" });
    assert.deepEqual(profile.pilots.map((pilot) => pilot.id).sort(), pilots.items.map((pilot) => pilot.id));
    assert.ok(profile.pilots.every((pilot) => pilot.source && pilot.confidence));
    const policies = await client.incentivePolicies.list({ province: "370000", kind: "credit" });
    assert.ok(policies.items.every((policy) => profile.policies.some((shown) => shown.id === policy.id)));
    const city = await client.consortia.list({ region: "370000", kind: "city" });
    assert.equal(profile.figures.cityConsortia.count, city.items.length);
    assert.deepEqual(await client.read(provinceProfile, { province: "370000" }), profile);
  });

  it("a province's profile refuses a malformed code before any request, and a code of no province with a 404", async () => {
    await assert.rejects(client.provinceProfile({ province: "37" }), ValidationError);
    await assert.rejects(client.provinceProfile({ province: "990000" }), (error) => error instanceof HttpError && error.status === 404);
    const tibet = await client.provinceProfile({ province: "540000" });
    assert.deepEqual([tibet.pilots.length, tibet.policies.length, tibet.documents.length], [0, 0, 0]);
  });
});
