import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createClient, HttpError, NetworkError } from "../src/index.js";
import { sendProblem, startFixtureServer, type FixtureServer } from "./fixture-server.js";

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
      response.end(JSON.stringify({ id: "demand-1", publisherId: "org-1", region: "320500", province: "320000", industry: "新材料", occupation: "检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030, status: "open", publishedAt: "2030-01-01", source: "test", sample: false }));
    });
    const client = createClient({ baseUrl: fixture.baseUrl, retry: 1 });
    const { etag } = await client.talentDemand.getWithEtag("demand-1");
    assert.equal(etag, '"1-abc"');
    assert.equal(fixture.requests.length, 2);
  });
});
