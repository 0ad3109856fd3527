import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ChanjiaoError, createClient, HttpError, NetworkError, TimeoutError, ValidationError } from "../src/index.js";
import { closedPort, consortium, sendJson, sendProblem, startFixtureServer, type FixtureServer } from "./fixture-server.js";

let fixture: FixtureServer;
before(async () => {
  fixture = await startFixtureServer();
});
after(() => fixture.close());

const client = () => createClient({ baseUrl: fixture.baseUrl });

describe("list and get", () => {
  it("returns a validated page and sends the filters as query parameters", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, { items: [consortium("a")], nextCursor: null }));
    const page = await client().consortia.list({ region: "320000", kind: "city", limit: 5 });
    assert.equal(page.items[0]?.kind, "city");
    assert.equal(page.nextCursor, null);
    assert.deepEqual(fixture.requests, ["/v1/consortia?limit=5&region=320000&kind=city"]);
  });

  it("gets one record by its id, encoding it into the path", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, consortium("a/b c")));
    const record = await client().consortia.get("a/b c");
    assert.equal(record.id, "a/b c");
    assert.deepEqual(fixture.requests, ["/v1/consortia/a%2Fb%20c"]);
  });

  it("aggregates talent demand with validated parameters", async () => {
    const totals = { measure: "demand", groupBy: "industry", items: [{ key: "新能源", total: 120, count: 3 }], sample: true, sources: ["generated"] };
    fixture.respond((_request, response) => sendJson(response, 200, totals));
    const result = await client().talentDemand.aggregate({ groupBy: "industry", region: "320000" });
    assert.equal(result.items[0]?.total, 120);
    assert.deepEqual(fixture.requests, ["/v1/talent-demand/aggregate?region=320000&groupBy=industry"]);
  });

  it("sends the client's headers merged with the call's, through the given fetch", async () => {
    const seen: Headers[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push(new Request(input, init).headers);
      return fetch(input, init);
    };
    fixture.respond((_request, response) => sendJson(response, 200, { items: [], nextCursor: null }));
    const api = createClient({ baseUrl: fixture.baseUrl, fetch: recordingFetch, headers: { "x-api-key": "k1" } });
    await api.events.list({}, { headers: { "x-trace": "t1" } });
    assert.equal(seen.length, 1);
    assert.equal(seen[0]?.get("x-api-key"), "k1");
    assert.equal(seen[0]?.get("x-trace"), "t1");
  });
});

describe("all()", () => {
  it("follows nextCursor across three pages", async () => {
    fixture.respond((request, response) => {
      const cursor = new URL(request.url ?? "", "http://x").searchParams.get("cursor");
      const pages: Record<string, { items: unknown[]; nextCursor: string | null }> = {
        none: { items: [consortium("1"), consortium("2")], nextCursor: "p2" },
        p2: { items: [consortium("3"), consortium("4")], nextCursor: "p3" },
        p3: { items: [consortium("5")], nextCursor: null },
      };
      sendJson(response, 200, pages[cursor ?? "none"]);
    });
    const ids: string[] = [];
    for await (const record of client().consortia.all({ limit: 2 })) ids.push(record.id);
    assert.deepEqual(ids, ["1", "2", "3", "4", "5"]);
    assert.deepEqual(fixture.requests, ["/v1/consortia?limit=2", "/v1/consortia?cursor=p2&limit=2", "/v1/consortia?cursor=p3&limit=2"]);
  });

  it("stops with an error when the server repeats the cursor it was given", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, { items: [consortium("1")], nextCursor: "same" }));
    const iterate = async () => {
      for await (const _record of client().consortia.all({ cursor: "same" }));
    };
    await assert.rejects(iterate, (error) => error instanceof ChanjiaoError && /same/.test(error.message));
  });
});

describe("validation", () => {
  it("rejects a response with a malformed field, naming its path", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, { items: [consortium("a"), consortium("b", { kind: "town" })], nextCursor: null }));
    const error = await client().consortia.list().catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.issues[0]?.path, "items.1.kind");
    assert.match(error.message, /items\.1\.kind/);
    assert.equal(error.requestId, "req-fixture");
    assert.equal(error.url, `${fixture.baseUrl}/consortia`);
  });

  it("reports deep paths as dotted strings", async () => {
    const project = {
      id: "p", name: "鲁班工坊", kind: "luban-workshop", countries: [{ name: "Thailand", nameZh: "泰国" }, { name: 7, nameZh: "x" }],
      nameEn: null, hostInstitution: null, partners: [], regions: [], leadOrganisationIds: [], fields: [], fieldsEn: [], opened: null, year: null, status: "operating", note: null, source: "s", citations: [], sample: false,
    };
    fixture.respond((_request, response) => sendJson(response, 200, { items: [project], nextCursor: null }));
    const error = await client().cooperationProjects.list().catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.issues[0]?.path, "items.0.countries.1.name");
  });

  it("rejects truncated JSON with a ValidationError", async () => {
    fixture.respond((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end('{"items": [{"id": "a", "na');
    });
    const error = await client().consortia.list().catch((e: unknown) => e);
    assert.ok(error instanceof ValidationError);
    assert.equal(error.issues[0]?.path, "");
    assert.match(error.message, /not valid JSON/);
  });

  it("treats a connection dropped in the middle of the body as a network error", async () => {
    fixture.respond((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      response.write('{"items": [');
      setTimeout(() => response.socket?.destroy(), 20);
    });
    await assert.rejects(client().consortia.list({}, { retry: 0 }), NetworkError);
  });

  for (const [filters, parameter] of [
    [{ limit: 500 }, "limit"],
    [{ region: "32" }, "region"],
    [{ kind: "town" }, "kind"],
    [{ regoin: "320000" }, "regoin"],
  ] as const) {
    it(`rejects the invalid filter ${parameter} without a request`, async () => {
      fixture.respond((_request, response) => sendJson(response, 200, { items: [], nextCursor: null }));
      // The cast stands for a caller in plain JavaScript, where nothing checks the filters at build time.
      const error = await client().consortia.list(filters as never).catch((e: unknown) => e);
      assert.ok(error instanceof ValidationError);
      assert.equal(error.issues[0]?.path, parameter);
      assert.match(error.message, new RegExp(parameter));
      assert.equal(error.url, undefined);
      assert.deepEqual(fixture.requests, []);
    });
  }

  it("rejects an empty id and invalid aggregate parameters without a request", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, {}));
    await assert.rejects(client().schools.get(""), (error) => error instanceof ValidationError && error.issues[0]?.path === "id");
    await assert.rejects(client().schools.get(".."), (error) => error instanceof ValidationError && error.issues[0]?.path === "id");
    await assert.rejects(
      client().talentSupply.aggregate({ groupBy: "industry" as never }),
      (error) => error instanceof ValidationError && error.issues[0]?.path === "groupBy",
    );
    assert.deepEqual(fixture.requests, []);
  });
});

describe("HTTP errors", () => {
  it("turns a 404 problem into an HttpError with status, problem and request id", async () => {
    fixture.respond((_request, response) => sendProblem(response, 404, "Not found"));
    const error = await client().consortia.get("missing").catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.equal(error.problem?.title, "Not found");
    assert.equal(error.requestId, "req-problem");
    assert.equal(error.url, `${fixture.baseUrl}/consortia/missing`);
    assert.deepEqual(fixture.requests.length, 1, "a 404 is not retried");
  });

  it("takes the request id from the header when the body is not a problem", async () => {
    fixture.respond((_request, response) => {
      response.writeHead(502, { "content-type": "text/html", "x-request-id": "req-proxy" });
      response.end("<h1>Bad gateway</h1>");
    });
    const error = await client().consortia.list({}, { retry: 0 }).catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 502);
    assert.equal(error.problem, undefined);
    assert.equal(error.requestId, "req-proxy");
  });
});

describe("retries", () => {
  const failTwiceThenSucceed = () =>
    fixture.respond((_request, response, attempt) => {
      if (attempt <= 2) sendProblem(response, 503, "Unavailable");
      else sendJson(response, 200, { items: [consortium("a")], nextCursor: null });
    });

  it("retries a 503 twice and then succeeds", async () => {
    failTwiceThenSucceed();
    const page = await client().consortia.list();
    assert.equal(page.items.length, 1);
    assert.equal(fixture.requests.length, 3);
  });

  it("does not retry with retry: 0", async () => {
    failTwiceThenSucceed();
    const error = await client().consortia.list({}, { retry: 0 }).catch((e: unknown) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 503);
    assert.equal(fixture.requests.length, 1);
  });

  it("takes the client's retry setting", async () => {
    failTwiceThenSucceed();
    const api = createClient({ baseUrl: fixture.baseUrl, retry: 1 });
    await assert.rejects(api.consortia.list(), (error) => error instanceof HttpError && error.status === 503);
    assert.equal(fixture.requests.length, 2);
  });

  it("waits as long as Retry-After asks", async () => {
    fixture.respond((_request, response, attempt) => {
      if (attempt === 1) sendProblem(response, 429, "Too many requests", { "retry-after": "1" });
      else sendJson(response, 200, { items: [], nextCursor: null });
    });
    const started = performance.now();
    await client().consortia.list();
    assert.ok(performance.now() - started >= 950, "the retry came before Retry-After had passed");
    assert.equal(fixture.requests.length, 2);
  });

  it("retries a dropped connection", async () => {
    fixture.respond((request, response, attempt) => {
      if (attempt === 1) request.socket.destroy();
      else sendJson(response, 200, { items: [], nextCursor: null });
    });
    await client().consortia.list();
    assert.equal(fixture.requests.length, 2);
  });
});

describe("failures before an answer", () => {
  it("raises a NetworkError when nothing listens", async () => {
    const api = createClient({ baseUrl: `http://127.0.0.1:${await closedPort()}/v1`, retry: 0 });
    const error = await api.consortia.list().catch((e: unknown) => e);
    assert.ok(error instanceof NetworkError);
    assert.ok(error.cause instanceof Error);
    assert.match(error.message, /ECONNREFUSED/);
  });

  it("raises a TimeoutError when the server is too slow", async () => {
    fixture.respond((_request, response) => {
      setTimeout(() => response.destroyed || sendJson(response, 200, { items: [], nextCursor: null }), 2000).unref();
    });
    const started = performance.now();
    const error = await client().consortia.list({}, { timeout: 200 }).catch((e: unknown) => e);
    assert.ok(error instanceof TimeoutError);
    assert.equal(error.timeout, 200);
    assert.ok(performance.now() - started < 1000, "a timeout is not retried");
  });

  it("rejects promptly with the AbortError when the caller aborts", async () => {
    fixture.respond((_request, response) => {
      setTimeout(() => response.destroyed || sendJson(response, 200, { items: [], nextCursor: null }), 2000).unref();
    });
    const controller = new AbortController();
    const started = performance.now();
    const pending = client().consortia.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    assert.ok(error instanceof DOMException);
    assert.equal(error.name, "AbortError");
    assert.ok(performance.now() - started < 500);
  });

  it("rejects with the caller's own abort reason, also while waiting to retry", async () => {
    fixture.respond((_request, response) => sendProblem(response, 503, "Unavailable", { "retry-after": "5" }));
    const reason = new Error("navigated away");
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 100);
    await assert.rejects(client().consortia.list({}, { signal: controller.signal }), (error) => error === reason);
  });
});

describe("createClient", () => {
  it("accepts the API root with or without a trailing slash", async () => {
    fixture.respond((_request, response) => sendJson(response, 200, { items: [], nextCursor: null }));
    await createClient({ baseUrl: `${fixture.baseUrl}/` }).majorCategories.list();
    await createClient({ baseUrl: fixture.baseUrl }).majorCategories.list();
    assert.deepEqual(fixture.requests, ["/v1/major-categories", "/v1/major-categories"]);
  });

  it("refuses a base URL that is not http(s)", () => {
    assert.throws(() => createClient({ baseUrl: "ftp://example.org/v1" }), /http or https/);
    assert.throws(() => createClient({ baseUrl: "example.org/v1" }), /absolute http\(s\) URL/);
    assert.throws(() => createClient({ baseUrl: "https://example.org/v1?key=1" }), /query or fragment/);
  });

  it("refuses a negative retry count or timeout", () => {
    assert.throws(() => createClient({ baseUrl: fixture.baseUrl, retry: -1 }), RangeError);
    assert.throws(() => createClient({ baseUrl: fixture.baseUrl, timeout: 0 }), RangeError);
  });

  it("has a method group for every collection", () => {
    const api = client();
    for (const group of [api.regions, api.consortia, api.majorCategories, api.cooperationProjects, api.talentDemand, api.provincialLists]) {
      assert.equal(typeof group.list, "function");
      assert.equal(typeof group.get, "function");
      assert.equal(typeof group.all, "function");
    }
    assert.equal(typeof api.talentDemand.aggregate, "function");
    assert.equal(typeof api.talentSupply.aggregate, "function");
  });
});

describe("error classes", () => {
  it("support instanceof and carry their names", () => {
    const errors = [
      new HttpError({ status: 500, problem: undefined, requestId: undefined, url: "u" }),
      new ValidationError("thing", [{ path: "a.b", message: "bad" }]),
      new NetworkError("u", new TypeError("fetch failed")),
      new TimeoutError("u", 10),
    ];
    for (const error of errors) {
      assert.ok(error instanceof ChanjiaoError);
      assert.ok(error instanceof Error);
      assert.equal(error.name, error.constructor.name);
    }
    assert.match(errors[1]!.message, /at a\.b: bad/);
  });
});
