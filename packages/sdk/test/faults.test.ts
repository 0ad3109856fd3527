import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createClient, HttpError, NetworkError, TimeoutError } from "../src/index.js";
import { DEFAULT_RETRIES } from "../src/client/retry.js";
import { sendJson, sendProblem, startFixtureServer, type FixtureServer } from "./fixture-server.js";

let fixture: FixtureServer;
before(async () => {
  fixture = await startFixtureServer();
});
after(() => fixture.close());

const client = () => createClient({ baseUrl: fixture.baseUrl });
const emptyPage = { items: [], nextCursor: null };

describe("faults of the network and the server", () => {
  it("treats a connection reset in the middle of the headers as a network error, without retries", async () => {
    fixture.respond((request) => {
      request.socket.write("HTTP/1.1 200 OK\r\nContent-Type: appl");
      request.socket.resetAndDestroy();
    });
    const error = await client().consortia.list({}, { retry: 0 }).catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError, String(error));
    assert.equal(fixture.requests.length, 1);
  });

  it("retries a read whose connection was reset, and answers once the server does", async () => {
    fixture.respond((request, response, attempt) => {
      if (attempt === 1) {
        request.socket.write("HTTP/1.1 200 OK\r\n");
        request.socket.resetAndDestroy();
      } else {
        sendJson(response, 200, emptyPage);
      }
    });
    const page = await client().consortia.list();
    assert.deepEqual(page.items, []);
    assert.equal(fixture.requests.length, 2);
  });

  it("gives up on a read answered 503 with Retry-After after the bounded retries, with an HttpError 503", async () => {
    fixture.respond((_request, response) => sendProblem(response, 503, "Unavailable", { "retry-after": "0" }));
    const error = await client().consortia.list().catch((e: unknown) => e);
    assert.ok(error instanceof HttpError, String(error));
    assert.equal(error.status, 503);
    assert.equal(error.problem?.title, "Unavailable");
    assert.equal(fixture.requests.length, 1 + DEFAULT_RETRIES, "one attempt and the default retries, no more");
  });

  it("sends a write answered 429 with Retry-After once, and reports the 429", async () => {
    fixture.respond((_request, response) => sendProblem(response, 429, "Too many requests", { "retry-after": "0" }));
    const writer = createClient({ baseUrl: fixture.baseUrl, apiKey: "cjk_test", retry: 3 });
    const posting = { region: "320500", industry: "新材料", occupation: "检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 2, period: 2030 } as const;
    await assert.rejects(writer.talentDemand.create(posting), (error: unknown) => error instanceof HttpError && error.status === 429);
    assert.equal(fixture.requests.length, 1);
  });

  it("times out a body that stalls after the headers", async () => {
    fixture.respond((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"items": [');
    });
    const started = performance.now();
    const error = await client().consortia.list({}, { timeout: 150 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError, String(error));
    assert.ok(performance.now() - started < 1000, "the stalled body was awaited beyond the timeout");
  });
});
