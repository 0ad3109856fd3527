import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type TalentDemand, TalentGaps } from "@chanjiao/sdk";
import { createApiKey, openDatabase, type RunningServer, startServer, writeRecords } from "../src/index.ts";
import { createTestDatabase, getValid, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let first: RunningServer;
let second: RunningServer;
let key: string;

// Two servers on one database, as several instances behind a load balancer would be.
before(async () => {
  database = await createTestDatabase("answer-cache");
  first = await startServer({ db: database.location, port: 0 });
  second = await startServer({ db: database.location, port: 0 });
  const db = await openDatabase(database.location);
  const publisher = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  key = (await createApiKey(db, { organisationId: publisher.id })).key;
  await db.destroy();
});
after(async () => {
  await first?.close();
  await second?.close();
  await database?.drop();
});

const gapsPath = "/v1/talent/gaps?groupBy=majorCategory&region=320000&period=2032";
const posting = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2032 };

async function gaps(server: RunningServer) {
  const { body, response } = await getValid(`${server.url}${gapsPath}`, TalentGaps);
  return { body, etag: response.headers.get("etag")! };
}

function demandOf(body: TalentGaps, category: string): number {
  return body.items.find((item) => item.key === category)?.demand ?? 0;
}

function revalidate(server: RunningServer, path: string, etag: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: { "If-None-Match": etag } });
}

async function publish(change: { method: "POST" | "PATCH"; path: string; body: unknown; ifMatch?: string }): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}`, "Content-Type": "application/json" };
  if (change.ifMatch) headers["If-Match"] = change.ifMatch;
  const response = await fetch(`${first.url}${change.path}`, { method: change.method, headers, body: JSON.stringify(change.body) });
  assert.ok(response.ok, `${change.method} ${change.path} → ${response.status}: ${await response.clone().text()}`);
  return response;
}

describe("reads computed from many records, answered by data version", () => {
  it("answers a revalidation with 304 and the same ETag, and a repeated read with the same body", async () => {
    const fresh = await gaps(first);
    assert.match(fresh.etag, /^"[^"]+"$/);
    const again = await gaps(first);
    assert.equal(again.etag, fresh.etag);
    assert.deepEqual(again.body, fresh.body);
    const notModified = await revalidate(first, gapsPath, fresh.etag);
    assert.equal(notModified.status, 304);
    assert.equal(notModified.headers.get("etag"), fresh.etag);
    assert.equal(notModified.headers.get("cache-control"), "public, max-age=60");
    assert.equal(await notModified.text(), "");
  });

  it("every derived read gets a version ETag that a revalidation accepts", async () => {
    const paths = [
      "/v1/talent/signals",
      "/v1/talent-demand/aggregate?groupBy=industry",
      "/v1/talent-supply/aggregate?groupBy=level",
      "/v1/consortia/counts",
    ];
    for (const path of paths) {
      const response = await fetch(`${first.url}${path}`);
      assert.equal(response.status, 200, path);
      const etag = response.headers.get("etag")!;
      assert.equal((await revalidate(first, path, etag)).status, 304, path);
    }
  });

  it("a published posting changes the answer and its ETag, on every server of the database", async () => {
    const before = { first: await gaps(first), second: await gaps(second) };
    assert.equal(before.first.etag, before.second.etag, "both servers read one version");
    const created = await publish({ method: "POST", path: "/v1/talent-demand", body: posting });
    const record = (await created.json()) as TalentDemand;

    for (const server of [first, second]) {
      const after = await gaps(server);
      assert.notEqual(after.etag, before.first.etag);
      assert.equal(demandOf(after.body, "mc-43"), demandOf(before.first.body, "mc-43") + posting.headcount);
      assert.equal((await revalidate(server, gapsPath, before.first.etag)).status, 200, "the old ETag no longer validates");
    }

    const changed = await publish({ method: "PATCH", path: `/v1/talent-demand/${record.id}`, body: { headcount: 30 }, ifMatch: created.headers.get("etag")! });
    assert.equal(demandOf((await gaps(second)).body, "mc-43"), demandOf(before.first.body, "mc-43") + 30);
    await publish({ method: "POST", path: `/v1/talent-demand/${record.id}/withdraw`, body: {}, ifMatch: changed.headers.get("etag")! });
    assert.equal(demandOf((await gaps(first)).body, "mc-43"), demandOf(before.first.body, "mc-43"));
  });

  it("gives readers arriving together after a change one and the same current answer", async () => {
    const before = await gaps(first);
    await publish({ method: "POST", path: "/v1/talent-demand", body: { ...posting, headcount: 5 } });
    const answers = await Promise.all(Array.from({ length: 20 }, () => gaps(first)));
    for (const answer of answers) {
      assert.notEqual(answer.etag, before.etag);
      assert.equal(answer.etag, answers[0]!.etag);
      assert.equal(demandOf(answer.body, "mc-43"), demandOf(before.body, "mc-43") + 5);
    }
  });

  it("keeps its ETag across a restart, and changes it when the records are replaced", async () => {
    const { etag } = await gaps(first);
    await first.close();
    first = await startServer({ db: database.location, port: 0 });
    assert.equal((await revalidate(first, gapsPath, etag)).status, 304);

    const db = await openDatabase(database.location);
    try {
      await writeRecords(db, { regions: [], talentDemand: [], talentSupply: [] });
    } finally {
      await db.destroy();
    }
    const replaced = await gaps(first);
    assert.notEqual(replaced.etag, etag);
    assert.deepEqual(replaced.body.items, [], "no record is left to count");
  });

  it("does not keep refusals: an invalid query is answered 400 each time, with no ETag", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(`${first.url}/v1/talent/gaps?groupBy=school`);
      assert.equal(response.status, 400);
      assert.equal(response.headers.get("etag"), null);
    }
  });
});
