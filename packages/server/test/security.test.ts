import assert from "node:assert/strict";
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, Problem, type TalentDemandCreate } from "@chanjiao/sdk";
import { Hono } from "hono";
import * as z from "zod/mini";
import { answerByDataVersion } from "../src/http/answer-cache.ts";
import { importCollections } from "../src/routes/imports.ts";
import { recordWriteCollections } from "../src/routes/record-writes.ts";
import { type AppOptions, createApiKey, createApp, type Database, openDatabase, revokeApiKey, type RunningServer, seedDatabase, startServer, type StaticMounts } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";
import { makeSite, type Site } from "./static-site.ts";

let database: TestDatabase;
let db: Database;
let site: Site;
const keys = { own: "", other: "", revoked: "" };
/** A pending submission, for the routes that review one. */
let submissionRef = "";

before(async () => {
  database = await createTestDatabase("security");
  db = await openDatabase(database.location);
  await seedDatabase(db);
  const [own, other] = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").limit(2).execute();
  keys.own = (await createApiKey(db, { organisationId: own!.id })).key;
  keys.other = (await createApiKey(db, { organisationId: other!.id })).key;
  const revoked = await createApiKey(db, { organisationId: own!.id });
  await revokeApiKey(db, revoked.info.id);
  keys.revoked = revoked.key;
  site = await makeSite();
  const submitted = await createApp(db).request("http://127.0.0.1/v1/submissions", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ enterpriseName: "安全测试企业", creditCode: "91350100M000100Y43", contactName: "李雷", contact: "13800138000", ...posting }),
  });
  assert.equal(submitted.status, 202, await submitted.clone().text());
  submissionRef = ((await submitted.json()) as { ref: string }).ref;
});
after(async () => {
  await db?.destroy();
  await database?.drop();
  await site?.remove();
});

const posting: TalentDemandCreate = { region: "320500", industry: "新材料", occupation: "材料检测员", majorCategoryId: "mc-43", level: "高职专科", headcount: 3, period: 2033 };

function appWith(options: AppOptions = {}) {
  const app = createApp(db, options);
  const request = (path: string, init: RequestInit = {}) => app.request(`http://127.0.0.1${path}`, init);
  return { app, request };
}

async function expectProblem(response: Response, status: number, where: string): Promise<Problem> {
  const text = await response.text();
  assert.equal(response.status, status, `${where}: ${text.slice(0, 200)}`);
  assert.match(response.headers.get("content-type") ?? "", /^application\/problem\+json/, where);
  assert.doesNotMatch(text, /cjk_|at \/|\.ts:\d|select |insert /i, `${where}: no secret, stack, path or SQL in a problem`);
  return z.parse(Problem, JSON.parse(text));
}

/** A posting of `owner`'s, created with its key, for the routes that change one. */
async function postingOf(request: ReturnType<typeof appWith>["request"], owner: string): Promise<{ id: string; etag: string }> {
  const response = await request("/v1/talent-demand", { method: "POST", headers: { Authorization: `Bearer ${owner}`, "Content-Type": "application/json" }, body: JSON.stringify(posting) });
  assert.equal(response.status, 201, await response.clone().text());
  return { id: ((await response.json()) as { id: string }).id, etag: response.headers.get("etag")! };
}

interface WriteRoute {
  method: string;
  /** The path to send to, for a record of the key holder's own organisation. */
  path(record: { id: string }): string;
  body?: unknown;
  /** The status another organisation's key gets; `null` where a write names no owner but the key's (a create). */
  otherOrganisation: 403 | null;
}

/**
 * Every write route of the API, by method and route path. The first test fails when a route is
 * added without joining this table, so that each one is probed for every way to get in without the right key.
 */
const writeRoutes: Record<string, WriteRoute> = {
  "POST /v1/talent-demand": { method: "POST", path: () => "/v1/talent-demand", body: posting, otherOrganisation: null },
  "PATCH /v1/talent-demand/:id": { method: "PATCH", path: ({ id }) => `/v1/talent-demand/${id}`, body: { headcount: 4 }, otherOrganisation: 403 },
  "POST /v1/talent-demand/:id/withdraw": { method: "POST", path: ({ id }) => `/v1/talent-demand/${id}/withdraw`, otherOrganisation: 403 },
  "DELETE /v1/talent-demand/:id": { method: "DELETE", path: ({ id }) => `/v1/talent-demand/${id}`, otherOrganisation: 403 },
  "GET /v1/audit": { method: "GET", path: () => "/v1/audit", otherOrganisation: 403 },
  // The review of submissions: `other` is a key of another region's reviewer (it sees none of this region's, in submissions.test.ts).
  "GET /v1/submissions": { method: "GET", path: () => "/v1/submissions", otherOrganisation: null },
  "POST /v1/submissions/:ref/approve": { method: "POST", path: () => `/v1/submissions/${submissionRef}/approve`, otherOrganisation: 403 },
  "POST /v1/submissions/:ref/reject": { method: "POST", path: () => `/v1/submissions/${submissionRef}/reject`, body: { reason: "x" }, otherOrganisation: 403 },
  "GET /v1/me": { method: "GET", path: () => "/v1/me", otherOrganisation: null },
  // Editor keys may not manage keys: an enterprise's editor key is refused like another organisation's.
  "GET /v1/keys": { method: "GET", path: () => "/v1/keys", otherOrganisation: 403 },
  "POST /v1/keys": { method: "POST", path: () => "/v1/keys", body: { organisationId: "x", role: "admin" }, otherOrganisation: 403 },
  "DELETE /v1/keys/:id": { method: "DELETE", path: () => "/v1/keys/any", otherOrganisation: 403 },
  "GET /v1/talent-demand/:id/history": { method: "GET", path: ({ id }) => `/v1/talent-demand/${id}/history`, otherOrganisation: 403 },
  // Every other collection: the editor of another organisation is refused in record-writes.test.ts, per keeper rule.
  ...Object.fromEntries(
    recordWriteCollections.flatMap((name) => {
      const { path } = collections[name];
      const routes: Array<[string, WriteRoute]> = [
        [`POST /v1/${path}`, { method: "POST", path: () => `/v1/${path}`, body: {}, otherOrganisation: null }],
        [`PATCH /v1/${path}/:id`, { method: "PATCH", path: () => `/v1/${path}/any`, body: { source: "x" }, otherOrganisation: null }],
        [`DELETE /v1/${path}/:id`, { method: "DELETE", path: () => `/v1/${path}/any`, otherOrganisation: null }],
        [`GET /v1/${path}/:id/history`, { method: "GET", path: () => `/v1/${path}/any/history`, otherOrganisation: null }],
      ];
      return routes;
    }),
  ),
  // Another organisation's rows in a file are reported by line in import.test.ts.
  ...Object.fromEntries(
    importCollections.flatMap((name): Array<[string, WriteRoute]> => {
      const { path } = collections[name];
      return [
        [`POST /v1/${path}/imports`, { method: "POST", path: () => `/v1/${path}/imports?dryRun=true`, body: [], otherOrganisation: null }],
        [`GET /v1/${path}/imports/template`, { method: "GET", path: () => `/v1/${path}/imports/template?format=csv`, otherOrganisation: null }],
      ];
    }),
  ),
};

/** The reads signed with a key: the audit trail, who a key is, the keys, the review of submissions, a record's history, the import templates. */
const signedReads = /^\/v1\/(audit|me|keys|submissions)$|\/:id\/history$|\/imports\/template$/;
/** The writes anyone may make without a key: a public form's submission (its limits are tested in submissions.test.ts). */
const publicWrites = ["POST /v1/submissions"];

describe("every write route refuses whoever may not write", () => {
  it("is listed in the table", () => {
    const { app } = appWith();
    const routes = new Set(
      app.routes
        .filter((route) => (["POST", "PUT", "PATCH", "DELETE"].includes(route.method) || (route.method === "GET" && signedReads.test(route.path))) && route.path.startsWith("/v1/") && !route.path.endsWith("*"))
        .filter((route) => !publicWrites.includes(`${route.method} ${route.path}`))
        .map((route) => `${route.method} ${route.path}`),
    );
    assert.deepEqual([...routes].sort(), Object.keys(writeRoutes).sort());
  });

  for (const [name, route] of Object.entries(writeRoutes)) {
    it(`${name}: no key, a malformed header, a wrong, revoked or other organisation's key`, async () => {
      const { request } = appWith();
      const record = await postingOf(request, keys.own);
      const send = (authorization: string | undefined) =>
        request(route.path(record), {
          method: route.method,
          headers: { "Content-Type": "application/json", "If-Match": record.etag, ...(authorization === undefined ? {} : { Authorization: authorization }) },
          ...(route.body === undefined || route.method === "GET" ? {} : { body: JSON.stringify(route.body) }),
        });
      const unauthenticated: Array<[string, string | undefined]> = [
        ["no key", undefined],
        ["an empty header", ""],
        ["another scheme", `Basic ${Buffer.from(`x:${keys.own}`).toString("base64")}`],
        ["the scheme alone", "Bearer"],
        ["a no-break space for the space", `Bearer\u00a0${keys.own}`],
        ["two tokens", `Bearer ${keys.own} ${keys.own}`],
        ["a wrong key", `Bearer cjk_${"A".repeat(43)}`],
        ["a revoked key", `Bearer ${keys.revoked}`],
      ];
      for (const [label, authorization] of unauthenticated) {
        const response = await send(authorization);
        await expectProblem(response, 401, `${name} with ${label}`);
        assert.match(response.headers.get("www-authenticate") ?? "", /^Bearer realm="chanjiao"/, label);
      }
      if (route.otherOrganisation !== null) await expectProblem(await send(`Bearer ${keys.other}`), route.otherOrganisation, `${name} with another organisation's key`);
      assert.equal(((await (await request(`/v1/submissions/${submissionRef}`)).json()) as { status: string }).status, "pending", "no refused review decided");
      const unchanged = (await (await request(`/v1/talent-demand/${record.id}`)).json()) as { headcount: number; status: string };
      assert.deepEqual([unchanged.headcount, unchanged.status], [posting.headcount, "open"], "nothing was changed by a refused write");
    });
  }
});

describe("a widget's fragment is a public read", () => {
  it("answers the same with no key, a bad, revoked or other organisation's key, and carries none of them", async () => {
    const { request } = appWith();
    const path = "/v1/fragments/cj-event-list?page-size=2";
    const answers = [];
    for (const authorization of [undefined, `Bearer cjk_${"A".repeat(43)}`, `Bearer ${keys.revoked}`, `Bearer ${keys.other}`, `Bearer ${keys.own}`]) {
      const response = await request(path, authorization === undefined ? {} : { headers: { Authorization: authorization } });
      const html = await response.text();
      assert.equal(response.status, 200, html.slice(0, 200));
      assert.ok(!html.includes("cjk_") && !html.includes("Bearer"), "no key in the fragment");
      answers.push(html);
    }
    assert.equal(new Set(answers).size, 1);
  });
});

describe("write limits count per key, not per spelling", () => {
  it("shares one bucket among every spelling of the same key's header", async () => {
    const { request } = appWith({ writeRate: { requests: 3, perSeconds: 60 } });
    const spellings = [`Bearer ${keys.own}`, `bearer ${keys.own}`, `BEARER   ${keys.own}`, `Bearer\t${keys.own}`, `Bearer ${keys.own}  `, `bEaReR \t ${keys.own}`];
    const statuses: number[] = [];
    for (const authorization of spellings) {
      const response = await request("/v1/talent-demand", { method: "POST", headers: { Authorization: authorization, "Content-Type": "application/json" }, body: JSON.stringify(posting) });
      statuses.push(response.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 429, 429, 429]);
  });
});

describe("failed authentication is limited per client address", () => {
  let server: RunningServer;
  let proxied: RunningServer;
  before(async () => {
    const rate = { requests: 3, perSeconds: 60 };
    server = await startServer({ db: database.location, port: 0, authFailureRate: rate });
    proxied = await startServer({ db: database.location, port: 0, authFailureRate: rate, trustProxy: true });
  });
  after(async () => {
    await server?.close();
    await proxied?.close();
  });

  const attempt = (url: string, key: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/v1/talent-demand`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json", ...headers }, body: JSON.stringify(posting) });

  it("answers 429 after the allowed failures, even to a good key, and ignores X-Forwarded-For by default", async () => {
    for (let guess = 0; guess < 3; guess++) {
      assert.equal((await attempt(server.url, `cjk_guess${guess}`, { "X-Forwarded-For": `203.0.113.${guess}` })).status, 401);
    }
    const refused = await attempt(server.url, "cjk_guess3", { "X-Forwarded-For": "198.51.100.7" });
    await expectProblem(refused, 429, "the fourth failure");
    assert.ok(Number(refused.headers.get("retry-after")) >= 1);
    await expectProblem(await attempt(server.url, keys.own), 429, "a good key from the same address");
  });

  it("counts by the proxy's X-Forwarded-For address when trusted", async () => {
    for (let guess = 0; guess < 3; guess++) assert.equal((await attempt(proxied.url, `cjk_guess${guess}`, { "X-Forwarded-For": "203.0.113.9, 198.51.100.1" })).status, 401);
    await expectProblem(await attempt(proxied.url, "cjk_guess", { "X-Forwarded-For": "198.51.100.1" }), 429, "the same client address");
    assert.equal((await attempt(proxied.url, keys.own, { "X-Forwarded-For": "::ffff:198.51.100.2" })).status, 201, "another client still gets in");
  });
});

describe("computed reads are kept by their meaning, not their spelling", () => {
  it("shares one answer and one computation among equivalent URLs, and keeps a bounded number", async () => {
    let computations = 0;
    const answers = answerByDataVersion({ maxBytes: 1024 * 1024, maxEntries: 5 });
    const app = new Hono<any>();
    app.use(async (c, next) => {
      c.set("db", db);
      await next();
    });
    const { talentGaps } = await import("@chanjiao/sdk");
    app.get("/v1/talent/gaps", answers.forEndpoint(talentGaps), (c) => {
      computations += 1;
      return c.json({ computed: computations });
    });
    const equivalent = ["?groupBy=region&period=2024-2026", "?period=2024-2026&groupBy=region", "?groupBy=%72egion&period=2024%2D2026", "?period=2024-2026&groupBy=region"];
    const bodies = new Set<string>();
    for (const query of equivalent) {
      const response = await app.request(`http://127.0.0.1/v1/talent/gaps${query}`);
      assert.equal(response.status, 200, query);
      bodies.add(await response.text());
    }
    assert.equal(computations, 1, "one computation");
    assert.equal(bodies.size, 1, "one answer");
    assert.equal(answers.size, 1);

    for (let year = 1991; year < 2031; year++) await app.request(`http://127.0.0.1/v1/talent/gaps?groupBy=level&period=${year}-2099`);
    assert.equal(answers.size, 5, "the store holds no more than its bound");
    const invalid = await app.request("http://127.0.0.1/v1/talent/gaps?groupBy=region&junk=1");
    assert.equal(invalid.status, 200, "an invalid query reaches the route, which answers it");
    assert.equal(answers.size, 5, "and is not kept");
  });

  it("fills the defaults a route fills, so leaving a parameter out and giving its default share an answer", async () => {
    const { request } = appWith();
    const [left, given] = [await request("/v1/talent/signals?region=320000"), await request("/v1/talent/signals?threshold=1.2&periods=3&region=320000")];
    assert.equal(left.status, 200);
    assert.equal(await left.text(), await given.text());
  });
});

/** Paths that must never be served, whatever mount they are asked of. */
function forbiddenPaths(prefix: string): string[] {
  return [
    `${prefix}../outside.txt`,
    `${prefix}%2e%2e/outside.txt`,
    `${prefix}%2E%2E%2Foutside.txt`,
    `${prefix}..%2foutside.txt`,
    `${prefix}..%5coutside.txt`,
    `${prefix}%252e%252e/outside.txt`,
    `${prefix}.env`,
    `${prefix}%2eenv`,
    `${prefix}.data/site.db`,
    `${prefix}.hidden/page.html`,
    `${prefix}link-out.txt`,
    `${prefix}link-dir/outside.txt`,
    `${prefix}site.db`,
    `${prefix}server.ts`,
    `${prefix}large.js`,
    `${prefix}index.html%00.js`,
  ];
}

describe("every static mount serves only what it lists", () => {
  const mounts = (): StaticMounts => ({
    "/plain/": site.root,
    "/listed/": { dir: site.root, files: ["index.html", "app.js"], headers: { "Content-Security-Policy": "default-src 'self'" } },
    "/": { dir: site.root, files: ["index.html"], maxFileBytes: 1024 },
  });

  for (const prefix of ["/plain/", "/listed/", "/"]) {
    it(`${prefix}: traversal in every encoding, dot-files, links out, other types, oversize files`, async () => {
      const { request } = appWith({ static: mounts() });
      assert.equal((await request(prefix)).status, 200, "the mount works");
      for (const path of forbiddenPaths(prefix)) {
        const response = await request(path);
        const text = await response.text();
        assert.ok([400, 404].includes(response.status), `${path} → ${response.status}`);
        assert.doesNotMatch(text, /OUTSIDE|SECRET|SQLite/, path);
      }
    });
  }

  it("follows links that stay inside, and serves only listed files where a list is given", async () => {
    const { request } = appWith({ static: mounts() });
    assert.equal(await (await request("/plain/link-in.js")).text(), "export const app = 1;");
    assert.equal((await request("/plain/other.js")).status, 200);
    assert.equal((await request("/listed/other.js")).status, 404);
    assert.equal((await request("/listed/app.js")).headers.get("content-security-policy"), "default-src 'self'");
  });

  it("answers ETag and Last-Modified, and 304 to either", async () => {
    const { request } = appWith({ static: mounts() });
    const first = await request("/plain/app.js");
    assert.equal(first.status, 200);
    assert.equal(first.headers.get("content-length"), String("export const app = 1;".length));
    const etag = first.headers.get("etag")!;
    const modified = first.headers.get("last-modified")!;
    assert.ok(etag && modified);
    assert.equal((await request("/plain/app.js", { headers: { "If-None-Match": etag } })).status, 304);
    assert.equal((await request("/plain/app.js", { headers: { "If-Modified-Since": modified } })).status, 304);
    assert.equal((await request("/plain/app.js", { headers: { "If-None-Match": '"other"' } })).status, 200);
    const head = await request("/plain/app.js", { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), "");
  });
});

describe("a link created after the mount", () => {
  it("is checked at each request", async () => {
    const { request } = appWith({ static: { "/plain/": site.root } });
    await mkdir(join(site.root, "later"), { recursive: true });
    await symlink(join(site.outside, "outside.txt"), join(site.root, "later", "late.txt"));
    await writeFile(join(site.root, "later", "fine.txt"), "fine");
    assert.equal((await request("/plain/later/late.txt")).status, 404);
    assert.equal((await request("/plain/later/fine.txt")).status, 200);
  });
});
