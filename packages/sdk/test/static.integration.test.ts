import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { exportStatic, openDatabase, seedDatabase, startServer } from "../../server/src/index.ts";
import { ChanjiaoError, createBaseClient, createClient, HttpError, provincialLists, type ChanjiaoClient } from "../src/index.js";
import { type FixtureServer, sendJson, serveFiles, startFixtureServer } from "./fixture-server.js";

let directory: string;
let live: Awaited<ReturnType<typeof startServer>>;
let host: FixtureServer;
let liveClient: ChanjiaoClient;
let staticClient: ChanjiaoClient;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-sdk-static-"));
  const db = await openDatabase(join(directory, "api.db"));
  // Fewer postings than the default seed: the export writes a file per record.
  await seedDatabase(db, { demandCount: 300 });
  await exportStatic(db, join(directory, "export"));
  await db.destroy();
  live = await startServer({ db: join(directory, "api.db"), port: 0 });
  host = await startFixtureServer();
  host.respond(serveFiles(join(directory, "export")));
  liveClient = createClient({ baseUrl: `${live.url}/v1` });
  staticClient = createClient({ baseUrl: host.baseUrl, static: true, retry: 0 });
});

after(async () => {
  await host?.close();
  await live?.close();
  await rm(directory, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const found: T[] = [];
  for await (const item of items) found.push(item);
  return found;
}

describe("a static client over an export on a plain static file server", () => {
  it("reads every page of a list with all(), as the live API gives them, asking only for files", async () => {
    host.respond(serveFiles(join(directory, "export")));
    const exported = await collect(staticClient.talentSupply.all());
    assert.deepEqual(exported, await collect(liveClient.talentSupply.all()));
    assert.ok(host.requests.length > 100, "one file per page");
    assert.ok(host.requests.every((target) => !target.includes("?") && target.endsWith(".json")), host.requests[0]);
  });

  it("reads records, filtered lists, gaps, signals and counts as the live API answers them", async () => {
    const [school] = (await liveClient.schools.list({ limit: 1 })).items;
    assert.ok(school);
    assert.deepEqual(await staticClient.schools.get(school.id), school);
    assert.deepEqual(await collect(staticClient.programmes.all({ schoolId: school.id, limit: 200 })), await collect(liveClient.programmes.all({ schoolId: school.id, limit: 200 })));
    assert.deepEqual(await staticClient.talent.gaps({ groupBy: "majorCategory", region: "320000" }), await liveClient.talent.gaps({ groupBy: "majorCategory", region: "320000" }));
    assert.deepEqual(await staticClient.talent.signals({ region: "440000" }), await liveClient.talent.signals({ region: "440000" }));
    assert.deepEqual(await staticClient.consortia.counts({ industry: "新材料" }), await liveClient.consortia.counts({ industry: "新材料" }));
    const base = createBaseClient({ baseUrl: host.baseUrl, static: true });
    assert.deepEqual(await base.collection(provincialLists).list({ province: "330000", limit: 200 }), await liveClient.provincialLists.list({ province: "330000", limit: 200 }));
  });

  it("rejects a read the export holds no answer for with a 404 whose problem says so", async () => {
    const error = await staticClient.consortia.list({ q: "not exported" }).then(
      () => assert.fail("expected a rejection"),
      (reason: unknown) => reason,
    );
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.match(error.problem?.detail ?? "", /GET .*\/v1\/consortia\?q=not\+exported is not in this static export/);
    assert.match(error.url, /\/v1\/consortia\/q\/q\.not~20exported\.json$/);
  });

  it("retries a read the static host fails for a moment, as against the live API", async () => {
    const files = serveFiles(join(directory, "export"));
    host.respond((request, response, attempt) => (attempt === 1 ? sendJson(response, 503, {}) : files(request, response, attempt)));
    const retrying = createClient({ baseUrl: host.baseUrl, static: true, retry: 1 });
    assert.ok((await retrying.regions.get("320000")).name);
    assert.deepEqual(host.requests, ["/v1/regions/320000.json", "/v1/regions/320000.json"]);
  });

  it("refuses to write, without sending anything", async () => {
    host.respond(serveFiles(join(directory, "export")));
    const body = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2026 } as const;
    await assert.rejects(staticClient.talentDemand.create(body), (error: unknown) => error instanceof ChanjiaoError && /a static export cannot be written to/.test(error.message));
    assert.deepEqual(host.requests, []);
  });
});
