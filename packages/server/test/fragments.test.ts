import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, describe, it } from "node:test";
import { createApiKey, openDatabase, type RunningServer, startServer } from "../src/index.ts";
import { getProblem, createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let server: RunningServer;
let key: string;
const school = "sample-school-01";

before(async () => {
  database = await createTestDatabase("fragments");
  server = await startServer({ db: database.location, port: 0, host: "127.0.0.1" });
  const db = await openDatabase(database.location);
  key = (await createApiKey(db, { organisationId: school })).key;
  await db.destroy();
});
after(async () => {
  await server?.close();
  await database?.drop();
});

const fragment = (query: string, headers: Record<string, string> = {}) => fetch(`${server.url}/v1/fragments/${query}`, { headers });

describe("GET /v1/fragments/{tag}", () => {
  it("answers a widget drawn with its data, inside a provider of this API, with the answers it read", async () => {
    const response = await fragment(`cj-programme-list?school-id=${school}&lang=en`);
    const html = await response.text();
    assert.equal(response.status, 200, html.slice(0, 300));
    assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
    const opening = /^<cj-provider\s+base-url="([^"]*)"><cj-programme-list\s+school-id="([^"]*)" lang="en"/.exec(html);
    assert.deepEqual(opening?.slice(1), [`${server.url}/v1`, school], html.slice(0, 200));
    assert.match(html, /<template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /part="programme"/, "the programmes are drawn");
    assert.match(html, />Pathway</, "in English");
    assert.match(html, /<script type="application\/json" data-cj-answers>\{"programmes\?/);
    assert.doesNotMatch(html, /<!--lit-part|defer-hydration/, "no marks of Lit's own hydration");
  });

  it("draws a map of the site's own geo source as its table, which the browser replaces with the map", async () => {
    const response = await fragment(`cj-consortium-map?geo-src=${encodeURIComponent("/maps/jiangsu.geojson")}&province=320000`);
    const html = await response.text();
    assert.equal(response.status, 200, html.slice(0, 300));
    assert.match(html, /<cj-consortium-map\s+geo-src="\/maps\/jiangsu.geojson" province="320000"[^>]* view="map"><template shadowroot="open"/, "still a map to the browser");
    assert.match(html, /<table class="table" part="table">/, "the figures' table");
    assert.match(html, /江苏/, "the provinces are named");
    assert.doesNotMatch(html, /<canvas/, "no empty canvas");
    assert.doesNotMatch(html, /jiangsu\.geojson"\}|"maps\/jiangsu/, "the map file is not read on the server");
  });

  it("is kept by data version: revalidated with 304 until a write changes what it shows", async () => {
    const query = `cj-programme-list?layout=compact&school-id=${school}`;
    const first = await fragment(query);
    const etag = first.headers.get("etag")!;
    assert.ok(etag);
    const reordered = await fragment(`cj-programme-list?school-id=${school}&layout=compact`, { "If-None-Match": etag });
    assert.equal(reordered.status, 304, "the same attributes in another order are the same fragment");

    const created = await fetch(`${server.url}/v1/programmes`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        schoolId: school, majorId: null, majorCode: "460303", majorName: "电气自动化技术（片段测试）", majorCategoryId: "mc-46", level: "高职专科",
        years: 3, trainingModes: ["学徒制"], partnerIds: [], enrolmentPlan: 45, year: 2026, region: "320400", source: "学校招生章程（2026）",
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const changed = await fragment(query, { "If-None-Match": etag });
    assert.equal(changed.status, 200);
    assert.match(await changed.text(), /电气自动化技术（片段测试）/);
  });

  it("says which tag is no widget, and which attribute or value a widget does not take", async () => {
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-nothing`, 404)).detail!, /no widget <cj-nothing>.*cj-programme-list/);
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-provider?base-url=x`, 404)).detail!, /no widget <cj-provider>/);
    const unknown = await getProblem(`${server.url}/v1/fragments/cj-programme-list?school=${school}`, 400);
    assert.deepEqual(unknown.errors?.map((error) => error.path), ["school"]);
    assert.match(unknown.detail!, /no attribute "school".*school-id/);
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-programme-list?layout=grid`, 400)).detail!, /layout .* one of cards, compact/);
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-programme-list?page-size=many`, 400)).detail!, /page-size .* a number/);
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-programme-list?lang=fr`, 400)).detail!, /lang .* one of zh-CN, en/);
    assert.match((await getProblem(`${server.url}/v1/fragments/cj-programme-list?layout=cards&layout=compact`, 400)).detail!, /layout is given twice/);
  });

  it("escapes hostile attribute values, which the widget then shows as text", async () => {
    const hostile = `"><script>alert(1)</script><img src=x onerror=alert(2)>`;
    const response = await fragment(`cj-school-profile?school-id=${encodeURIComponent(hostile)}`);
    const html = await response.text();
    assert.equal(response.status, 200, html.slice(0, 300));
    assert.doesNotMatch(html, /<script>alert|<img src=x/i);
    assert.ok(html.includes(`school-id="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;"`), html.slice(0, 400));
  });

  it("names the API of the host it was asked on, even when another host asked for the same URL just before", async () => {
    const asked = (host: string) =>
      new Promise<string>((answered, failed) => {
        const { port } = new URL(server.url);
        request({ host: "127.0.0.1", port, path: `/v1/fragments/cj-programme-list?school-id=${school}`, headers: { Host: host } }, (response) => {
          let body = "";
          response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => answered(body));
        }).on("error", failed).end();
      });
    assert.match(await asked("portal-a.test"), /^<cj-provider\s+base-url="http:\/\/portal-a\.test\/v1"/);
    assert.match(await asked("portal-b.test"), /^<cj-provider\s+base-url="http:\/\/portal-b\.test\/v1"/);
  });
});
