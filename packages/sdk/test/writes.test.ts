import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createClient, HttpError, NetworkError, TimeoutError, type CreateBody, type Programme } from "../src/index.js";
import { sendJson, sendProblem, startFixtureServer, type FixtureServer } from "./fixture-server.js";

let fixture: FixtureServer;
before(async () => {
  fixture = await startFixtureServer();
});
after(() => fixture.close());

const posting = { region: "320500", industry: "新材料", occupation: "检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030 } as const;

describe("writes are sent exactly once", () => {
  it("a POST answered 503 is not retried, even with retries allowed, and carries the key and an Idempotency-Key", async () => {
    const seen: Array<{ method: string | undefined; authorization: string | undefined; idempotencyKey: string | undefined }> = [];
    fixture.respond((request, response) => {
      seen.push({ method: request.method, authorization: request.headers.authorization, idempotencyKey: request.headers["idempotency-key"] as string | undefined });
      sendProblem(response, 503, "Unavailable");
    });
    const client = createClient({ baseUrl: fixture.baseUrl, apiKey: "cjk_test", retry: 3 });
    await assert.rejects(client.talentDemand.create(posting), (error: unknown) => error instanceof HttpError && error.status === 503);
    assert.equal(seen.length, 1);
    assert.deepEqual([seen[0]!.method, seen[0]!.authorization], ["POST", "Bearer cjk_test"]);
    assert.match(seen[0]!.idempotencyKey ?? "", /^[0-9a-f]{32}$/);
  });

  it("a PATCH whose connection drops is not retried", async () => {
    fixture.respond((request) => request.socket.destroy());
    const client = createClient({ baseUrl: fixture.baseUrl, apiKey: "cjk_test", retry: 3 });
    await assert.rejects(client.talentDemand.update("demand-1", { headcount: 3 }, { ifMatch: '"1-abc"' }), NetworkError);
    assert.equal(fixture.requests.length, 1);
  });

  it("getWithEtag is a read and is retried", async () => {
    fixture.respond((request, response, attempt) => {
      if (attempt === 1) return sendProblem(response, 503, "Unavailable");
      response.writeHead(200, { "content-type": "application/json", etag: '"1-abc"' });
      response.end(JSON.stringify({ id: "demand-1", publisherId: "org-1", region: "320500", province: "320000", industry: "新材料", occupation: "检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030, status: "open", publishedAt: "2030-01-01", source: "test", citations: [], sample: false }));
    });
    const client = createClient({ baseUrl: fixture.baseUrl, retry: 1 });
    const { etag } = await client.talentDemand.getWithEtag("demand-1");
    assert.equal(etag, '"1-abc"');
    assert.equal(fixture.requests.length, 2);
  });
});

const programme: CreateBody<typeof Programme> = {
  schoolId: "school-1",
  majorId: null,
  majorCode: "460303",
  majorName: "电气自动化技术",
  majorCategoryId: "mc-46",
  level: "高职专科",
  years: 3,
  trainingModes: [],
  partnerIds: [],
  enrolmentPlan: 40,
  year: 2026,
  region: "320400",
  source: "test",
};
const stored = { ...programme, id: "programme-1", province: "320000", citations: [], sample: false };

describe("collection writers are retried only when they carry the caller's idempotency key", () => {
  const writer = () => createClient({ baseUrl: fixture.baseUrl, apiKey: "cjk_test", retry: 3 });

  it("an update whose connection drops is sent once", async () => {
    fixture.respond((request) => request.socket.destroy());
    await assert.rejects(writer().programmes.update("programme-1", { enrolmentPlan: 41 }, { ifMatch: '"abc"' }), NetworkError);
    assert.equal(fixture.requests.length, 1);
  });

  it("an update that times out is sent once", async () => {
    fixture.respond(() => {});
    await assert.rejects(writer().programmes.update("programme-1", { enrolmentPlan: 41 }, { ifMatch: '"abc"', timeout: 150 }), TimeoutError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(fixture.requests.length, 1);
  });

  it("an update answered 503 is sent once, with If-Match", async () => {
    const ifMatch: Array<string | undefined> = [];
    fixture.respond((request, response) => {
      ifMatch.push(request.headers["if-match"]);
      sendProblem(response, 503, "Unavailable", { "retry-after": "0" });
    });
    await assert.rejects(writer().programmes.update("programme-1", { enrolmentPlan: 41 }, { ifMatch: '"abc"' }), (error: unknown) => error instanceof HttpError && error.status === 503);
    assert.deepEqual(ifMatch, ['"abc"']);
  });

  it("a removal whose connection drops is sent once, as DELETE with If-Match", async () => {
    const seen: Array<[string | undefined, string | undefined]> = [];
    fixture.respond((request) => {
      seen.push([request.method, request.headers["if-match"]]);
      request.socket.destroy();
    });
    await assert.rejects(writer().programmes.remove("programme-1", { ifMatch: '"abc"' }), NetworkError);
    assert.deepEqual(seen, [["DELETE", '"abc"']]);
    assert.deepEqual(fixture.requests, ["/v1/programmes/programme-1"]);
  });

  it("a create with a generated key answered 503 is sent once", async () => {
    fixture.respond((_request, response) => sendProblem(response, 503, "Unavailable", { "retry-after": "0" }));
    await assert.rejects(writer().programmes.create(programme), (error: unknown) => error instanceof HttpError && error.status === 503);
    assert.equal(fixture.requests.length, 1);
  });

  it("a create with the caller's key is retried after a dropped connection and a 503, with the same key and body", async () => {
    const seen: Array<{ key: string | undefined; body: string }> = [];
    fixture.respond((request, response, attempt) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk));
      request.on("end", () => {
        seen.push({ key: request.headers["idempotency-key"] as string | undefined, body });
        if (attempt === 1) return request.socket.destroy();
        if (attempt === 2) return sendProblem(response, 503, "Unavailable", { "retry-after": "0" });
        sendJson(response, 201, stored, { etag: '"v1"', "idempotent-replayed": "true" });
      });
    });
    const created = await writer().programmes.create(programme, { idempotencyKey: "order-class-2026" });
    assert.deepEqual(created, { record: stored, etag: '"v1"', replayed: true, idempotencyKey: "order-class-2026" });
    assert.equal(seen.length, 3);
    for (const attempt of seen) assert.deepEqual(attempt, { key: "order-class-2026", body: JSON.stringify(programme) });
  });

  it("a create with the caller's key and retry: 0 is sent once", async () => {
    fixture.respond((_request, response) => sendProblem(response, 503, "Unavailable", { "retry-after": "0" }));
    await assert.rejects(writer().programmes.create(programme, { idempotencyKey: "k-1", retry: 0 }), HttpError);
    assert.equal(fixture.requests.length, 1);
  });
});
