import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { Problem, type TalentDemandCreate } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { TokenBuckets } from "../src/http/rate-limit.ts";
import { type AppOptions, createApiKey, createApp, type Database, openDatabase, parseRate, seedDatabase } from "../src/index.ts";

let directory: string;
let db: Database;
let key: string;
let otherKey: string;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-hardening-"));
  db = await openDatabase(join(directory, "hardening.db"));
  await seedDatabase(db);
  const [own, other] = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").limit(2).execute();
  key = (await createApiKey(db, { organisationId: own!.id })).key;
  otherKey = (await createApiKey(db, { organisationId: other!.id })).key;
  await mkdir(join(directory, "site"));
  await writeFile(join(directory, "site", "index.html"), '<!doctype html><script type="module" src="./app.js"></script>');
});
after(async () => {
  await db?.destroy();
  await rm(directory, { recursive: true, force: true });
});

const posting: TalentDemandCreate = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 3, period: 2032 };

function appWith(options: AppOptions = {}) {
  const app = createApp(db, options);
  return (path: string, init: RequestInit = {}) => app.request(`http://127.0.0.1${path}`, init);
}

function post(request: ReturnType<typeof appWith>, withKey: string, headers: Record<string, string> = {}) {
  return request("/v1/talent-demand", {
    method: "POST",
    headers: { Authorization: `Bearer ${withKey}`, "Content-Type": "application/json", ...headers },
    body: JSON.stringify(posting),
  });
}

async function expectProblem(response: Response, status: number): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/);
  return z.parse(Problem, JSON.parse(text));
}

function assertApiSecurityHeaders(response: Response): void {
  const where = `${response.status} ${response.url}`;
  assert.equal(response.headers.get("x-content-type-options"), "nosniff", where);
  assert.equal(response.headers.get("referrer-policy"), "no-referrer", where);
  assert.equal(response.headers.get("cross-origin-resource-policy"), "cross-origin", where);
  assert.equal(response.headers.get("content-security-policy"), "default-src 'none'; frame-ancestors 'none'", where);
  assert.equal(response.headers.get("x-frame-options"), "DENY", where);
  assert.equal(response.headers.get("strict-transport-security"), null, where);
}

describe("security headers", () => {
  it("are on every API answer: 200, 304, problems and preflights", async () => {
    const request = appWith();
    const fresh = await request("/v1/consortia?limit=2");
    assert.equal(fresh.status, 200);
    assertApiSecurityHeaders(fresh);
    const cached = await request("/v1/consortia?limit=2", { headers: { "If-None-Match": fresh.headers.get("etag")! } });
    assert.equal(cached.status, 304);
    assertApiSecurityHeaders(cached);
    assertApiSecurityHeaders(await request("/v1/consortia/no-such-id"));
    assertApiSecurityHeaders(await request("/v1/consortia?limit=500"));
    assertApiSecurityHeaders(await request("/nowhere"));
    assertApiSecurityHeaders(await request("/v1/consortia", { method: "OPTIONS", headers: { Origin: "https://a.example", "Access-Control-Request-Method": "GET" } }));
    assertApiSecurityHeaders(await post(request, key));
  });

  it("let static pages load their scripts, and keep them on a 304", async () => {
    const request = appWith({ static: { "/site": join(directory, "site") } });
    const page = await request("/site/");
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), "frame-ancestors 'self'");
    assert.equal(page.headers.get("x-frame-options"), "SAMEORIGIN");
    assert.equal(page.headers.get("x-content-type-options"), "nosniff");
    const cached = await request("/site/", { headers: { "If-None-Match": page.headers.get("etag")! } });
    assert.equal(cached.status, 304);
    assert.equal(cached.headers.get("content-security-policy"), "frame-ancestors 'self'");
    assert.equal(cached.headers.get("x-frame-options"), "SAMEORIGIN");
  });

  it("include Strict-Transport-Security only when configured", async () => {
    const response = await appWith({ hsts: true })("/v1/regions?limit=1");
    assert.match(response.headers.get("strict-transport-security") ?? "", /^max-age=\d{7,}$/);
  });
});

describe("request limits", () => {
  it("answers a query string over 2 KB, or a path as long, with a 414 problem", async () => {
    const request = appWith();
    const longQuery = await expectProblem(await request(`/v1/consortia?industry=${"x".repeat(2100)}`), 414);
    assert.match(longQuery.detail ?? "", /2048/);
    await expectProblem(await request(`/v1/consortia/${"y".repeat(3000)}`), 414);
    const underLimit = await expectProblem(await request(`/v1/consortia?industry=${"x".repeat(1900)}`), 400);
    assert.deepEqual(
      underLimit.errors?.map((error) => error.path),
      ["industry"],
      "a query under the limit reaches validation",
    );
  });

  it("caps the page size at 200", async () => {
    const request = appWith();
    const problem = await expectProblem(await request("/v1/talent-demand?limit=201"), 400);
    assert.deepEqual(
      problem.errors?.map((error) => error.path),
      ["limit"],
    );
    const page = (await (await request("/v1/talent-demand?limit=200")).json()) as { items: unknown[] };
    assert.equal(page.items.length, 200);
  });

  it("refuses a body over 64 KB with 413, whatever its Content-Length says", async () => {
    const request = appWith();
    const body = JSON.stringify({ ...posting, occupation: "x".repeat(65 * 1024) });
    await expectProblem(await request("/v1/talent-demand", { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body }), 413);
  });
});

describe("write rate per API key", () => {
  it("answers writes beyond the rate with 429, Retry-After and a problem, for that key only", async () => {
    const request = appWith({ writeRate: { requests: 3, perSeconds: 60 } });
    for (let attempt = 0; attempt < 3; attempt++) assert.equal((await post(request, key)).status, 201);
    const refused = await post(request, key);
    const problem = await expectProblem(refused, 429);
    assert.equal(problem.type, "urn:chanjiao:problem:too-many-requests");
    const retryAfter = Number(refused.headers.get("retry-after"));
    assert.ok(retryAfter >= 1 && retryAfter <= 20, `Retry-After ${retryAfter}`);
    assert.equal((await post(request, otherKey)).status, 201, "another key has its own allowance");
    assert.equal((await request("/v1/talent-demand?limit=1")).status, 200, "reads are not limited");
  });

  it("refills the bucket at the rate, up to the burst", () => {
    let now = 0;
    const buckets = new TokenBuckets({ requests: 2, perSeconds: 60 }, () => now);
    assert.equal(buckets.take("a"), 0);
    assert.equal(buckets.take("a"), 0);
    assert.equal(buckets.take("a"), 30, "one token comes back every 30 s");
    now = 30_000;
    assert.equal(buckets.take("a"), 0);
    now = 10 * 60_000;
    assert.equal(buckets.take("a"), 0);
    assert.equal(buckets.take("a"), 0);
    assert.ok(buckets.take("a") > 0, "a long pause earns no more than the burst");
  });

  it("reads N/minute, N/second and N/hour, and refuses anything else", () => {
    assert.deepEqual(parseRate("60/minute"), { requests: 60, perSeconds: 60 });
    assert.deepEqual(parseRate("5/second"), { requests: 5, perSeconds: 1 });
    assert.deepEqual(parseRate("1000/hour"), { requests: 1000, perSeconds: 3600 });
    assert.deepEqual(parseRate("30"), { requests: 30, perSeconds: 60 });
    for (const bad of ["0/minute", "-1", "ten/minute", "5/fortnight", ""]) assert.throws(() => parseRate(bad), RangeError, bad);
  });
});

describe("CORS for writes", () => {
  const preflight = (request: ReturnType<typeof appWith>, origin: string, method: string, path = "/v1/talent-demand") =>
    request(path, { method: "OPTIONS", headers: { Origin: origin, "Access-Control-Request-Method": method, "Access-Control-Request-Headers": "authorization, content-type, idempotency-key" } });

  it("offers POST and PATCH to the configured origins only", async () => {
    const request = appWith({ corsOrigins: ["https://a.example", "https://b.example"] });
    for (const [origin, path] of [
      ["https://a.example", "/v1/talent-demand"],
      ["https://b.example", "/v1/talent-demand/demand-1"],
    ] as const) {
      const allowed = await preflight(request, origin, path.endsWith("demand") ? "POST" : "PATCH", path);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get("access-control-allow-origin"), origin);
      assert.match(allowed.headers.get("access-control-allow-methods") ?? "", /POST.*PATCH/);
      assert.match(allowed.headers.get("access-control-allow-headers") ?? "", /Idempotency-Key/);
    }
    const refused = await preflight(request, "https://evil.example", "POST");
    assert.doesNotMatch(refused.headers.get("access-control-allow-methods") ?? "", /POST/);
    assert.notEqual(refused.headers.get("access-control-allow-origin"), "https://evil.example");

    const written = await post(request, key, { Origin: "https://a.example" });
    assert.equal(written.status, 201);
    assert.equal(written.headers.get("access-control-allow-origin"), "https://a.example");
    assert.match(written.headers.get("access-control-expose-headers") ?? "", /Location/);
    const varies = (written.headers.get("vary") ?? "").split(",").map((name) => name.trim().toLowerCase());
    assert.deepEqual(varies.filter((name) => name === "origin"), ["origin"], "Vary names Origin once");
    const elsewhere = await post(request, key, { Origin: "https://evil.example" });
    assert.equal(elsewhere.headers.get("access-control-allow-origin"), null);
  });

  it("keeps reads open to every origin, and writes closed to all when none is configured", async () => {
    const configured = appWith({ corsOrigins: ["https://a.example"] });
    const read = await configured("/v1/talent-demand?limit=1", { headers: { Origin: "https://anyone.example" } });
    assert.equal(read.headers.get("access-control-allow-origin"), "*");
    const closed = await preflight(appWith(), "https://a.example", "POST");
    assert.doesNotMatch(closed.headers.get("access-control-allow-methods") ?? "", /POST/);
  });
});
