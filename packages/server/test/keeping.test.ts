import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiKeyList, CreatedApiKey, Problem, RecordHistory, Session } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let api: string;
const keys = { admin: "", school: "", otherSchool: "" };
const school = "sample-school-01";
const otherSchool = "sample-school-02";

before(async () => {
  database = await createTestDatabase("keeping");
  server = await startServer({ db: database.location, port: 0 });
  api = `${server.url}/v1`;
  const db = await openDatabase(database.location);
  const operator = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
  keys.admin = (await createApiKey(db, { organisationId: operator.id, role: "admin", name: "operator" })).key;
  keys.school = (await createApiKey(db, { organisationId: school, name: "教务处" })).key;
  keys.otherSchool = (await createApiKey(db, { organisationId: otherSchool })).key;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

function send(method: string, path: string, key: string | null, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api}${path}`, {
    method,
    headers: { ...(key === null ? {} : { Authorization: `Bearer ${key}` }), ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function json<S extends z.ZodMiniType>(response: Response, status: number, schema: S): Promise<z.infer<S>> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  return z.parse(schema, JSON.parse(text));
}

describe("GET /v1/me", () => {
  it("tells an editor key its organisation by name, its prefix and the collections it may write, never its secret, uncached", async () => {
    const response = await send("GET", "/me", keys.school);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const text = await response.clone().text();
    assert.ok(!text.includes(keys.school), "the secret is not echoed");
    const session = await json(response, 200, Session);
    assert.equal(session.organisation.id, school);
    assert.ok(session.organisation.name.length > 0 && session.organisation.name !== school, "named, not only by id");
    assert.equal(session.key.role, "editor");
    assert.equal(session.key.name, "教务处");
    assert.ok(keys.school.startsWith(session.key.prefix));
    assert.ok(session.writes.includes("programmes") && session.writes.includes("schools"), session.writes.join());
    assert.ok(["regions", "talent-supply", "provincial-lists", "parks"].every((path) => !session.writes.includes(path)), "reference data and government records are not a school's");
  });

  it("lets an admin key write every collection", async () => {
    const session = await json(await send("GET", "/me", keys.admin), 200, Session);
    assert.equal(session.key.role, "admin");
    assert.ok(["regions", "majors", "programmes", "talent-demand"].every((path) => session.writes.includes(path)));
  });
});

describe("API keys for admin keys", () => {
  it("creates a key whose secret is shown once, lists it without the secret, and revokes it so that it gets 401", async () => {
    const created = await json(await send("POST", "/keys", keys.admin, { organisationId: otherSchool, role: "editor", name: "招生办" }), 201, CreatedApiKey);
    assert.match(created.key, /^cjk_/);
    assert.equal((await json(await send("GET", "/me", created.key), 200, Session)).organisation.id, otherSchool);
    const listing = await send("GET", "/keys", keys.admin);
    const listed = await listing.clone().text();
    assert.ok(!listed.includes(created.key), "no secret in the list");
    const { items } = await json(listing, 200, ApiKeyList);
    assert.deepEqual(items.find((key) => key.id === created.info.id), created.info);
    const revoked = await send("DELETE", `/keys/${created.info.id}`, keys.admin);
    assert.equal(revoked.status, 200);
    assert.ok(((await revoked.json()) as { revokedAt: string | null }).revokedAt);
    assert.equal((await send("GET", "/me", created.key)).status, 401);
  });

  it("refuses a bad body with every field named, and an unknown organisation or key", async () => {
    const bad = z.parse(Problem, await (await send("POST", "/keys", keys.admin, { organisationId: "", role: "owner", extra: 1 })).json());
    assert.deepEqual(bad.errors?.map((error) => error.path).sort(), ["extra", "organisationId", "role"]);
    const unknown = z.parse(Problem, await (await send("POST", "/keys", keys.admin, { organisationId: "no-such-organisation", role: "editor" })).json());
    assert.deepEqual(unknown.errors?.map((error) => error.path), ["organisationId"]);
    assert.equal((await send("DELETE", "/keys/key-unknown", keys.admin)).status, 404);
  });

  it("refuses editor keys", async () => {
    assert.equal((await send("GET", "/keys", keys.school)).status, 403);
    assert.equal((await send("POST", "/keys", keys.school, { organisationId: school, role: "admin" })).status, 403);
  });
});

describe("a record's history", () => {
  it("shows the keeping organisation's editors when and which fields were written, and an admin's write by role only", async () => {
    const { items } = (await (await fetch(`${api}/programmes?schoolId=${school}&limit=1`)).json()) as { items: Array<{ id: string; enrolmentPlan: number | null }> };
    const id = items[0]!.id;
    const read = await send("GET", `/programmes/${id}`, null);
    const edited = await send("PATCH", `/programmes/${id}`, keys.school, { enrolmentPlan: 77 }, { "If-Match": read.headers.get("etag")! });
    assert.equal(edited.status, 200, await edited.clone().text());
    const again = await send("PATCH", `/programmes/${id}`, keys.admin, { majorName: "改名的专业", years: 4 }, { "If-Match": edited.headers.get("etag")! });
    assert.equal(again.status, 200, await again.clone().text());

    const own = await json(await send("GET", `/programmes/${id}/history`, keys.school), 200, RecordHistory);
    assert.deepEqual(own.items.slice(0, 2).map((entry) => entry.fields), [["majorName", "years"], ["enrolmentPlan"]]);
    assert.deepEqual(own.items[1]!.writer, { role: "editor", organisationId: school, keyPrefix: keys.school.slice(0, 10) });
    assert.deepEqual(own.items[0]!.writer, { role: "admin", organisationId: null, keyPrefix: null }, "another organisation's writer by role only");
    assert.equal(own.items.length, 3, "a seeded record's history starts where the seed created it");
    assert.deepEqual(own.items[2]!.writer, { role: null, organisationId: null, keyPrefix: null }, "the seed is written by the operator, with no key");

    const admin = await json(await send("GET", `/programmes/${id}/history`, keys.admin), 200, RecordHistory);
    assert.equal(admin.items[0]!.writer.keyPrefix, keys.admin.slice(0, 10));
    assert.equal((await send("GET", `/programmes/${id}/history`, keys.otherSchool)).status, 403);
    assert.equal((await send("GET", "/programmes/no-such-programme/history", keys.admin)).status, 404);
  });
});

describe("import templates", () => {
  it("answers the CSV header in the asked language, and xlsx by default", async () => {
    const zh = await send("GET", "/programmes/imports/template?format=csv&lang=zh-CN", keys.school);
    assert.equal(zh.status, 200);
    assert.match(zh.headers.get("content-disposition") ?? "", /attachment/);
    assert.match(await zh.text(), /学校编号.*来源/);
    const en = await send("GET", "/programmes/imports/template?format=csv&lang=en", keys.school);
    assert.match(await en.text(), /School ID.*Source/);
    const xlsx = await send("GET", "/programmes/imports/template", keys.school);
    assert.match(xlsx.headers.get("content-type") ?? "", /spreadsheetml/);
    assert.equal(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString(), "PK");
    const bad = z.parse(Problem, await (await send("GET", "/programmes/imports/template?format=pdf&lang=fr", keys.school)).json());
    assert.deepEqual(bad.errors?.map((error) => error.path).sort(), ["format", "lang"]);
  });
});

describe("an organisation's credit code", () => {
  const code = "91350100M000100Y43";
  /** Changes an organisation with a key, as its ETag stands now. */
  async function patchOrganisation(id: string, key: string, body: unknown): Promise<Response> {
    const read = await fetch(`${api}/organisations/${id}`);
    return send("PATCH", `/organisations/${id}`, key, body, { "If-Match": read.headers.get("etag")! });
  }

  it("names one organisation only, and once set only an admin changes it", async () => {
    assert.equal((await patchOrganisation(school, keys.admin, { creditCode: code })).status, 200);
    const changed = await json(await patchOrganisation(school, keys.school, { creditCode: "91320500MA1ABCDE0X" }), 403, Problem);
    assert.match(changed.detail ?? "", /only an admin key changes it/);
    assert.equal((await json(await patchOrganisation(school, keys.school, { creditCode: null }), 422, Problem)).status, 422, "not a nullable field");
    assert.equal((await patchOrganisation(school, keys.school, { name: "示例学校（更名）", creditCode: code })).status, 200, "the same code is no change");

    const claimed = await json(await patchOrganisation(otherSchool, keys.otherSchool, { creditCode: code }), 409, Problem);
    assert.match(claimed.detail ?? "", new RegExp(`${code} is already another organisation's \\(${school}\\)`));
    assert.deepEqual(claimed.errors?.map((error) => error.path), ["creditCode"]);
    const created = await send("POST", "/organisations", keys.admin, { name: "冒名企业", nameEn: null, kind: "enterprise", level: null, region: "320500", creditCode: code, source: "测试" });
    assert.equal(created.status, 409, await created.clone().text());
    assert.equal((await patchOrganisation(school, keys.admin, { creditCode: "91320500MA1ABCDE0X" })).status, 200, "an admin changes it");
  });

  it("is refused by line and column in an import, in the file's language", async () => {
    assert.equal((await patchOrganisation(school, keys.admin, { creditCode: code })).status, 200);
    const file = JSON.stringify([{ id: otherSchool, creditCode: code }]);
    const refused = await fetch(`${api}/organisations/imports?dryRun=true`, { method: "POST", headers: { Authorization: `Bearer ${keys.otherSchool}`, "Content-Type": "application/json" }, body: file });
    const { report } = (await refused.json()) as { report: { problems: Array<{ line: number; column: string; message: string }> } };
    assert.equal(refused.status, 422);
    assert.deepEqual(report.problems, [{ line: 1, column: "creditCode", message: "is already another organisation's" }]);
  });
});
