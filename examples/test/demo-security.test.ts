import assert from "node:assert/strict";
import { relative, resolve } from "node:path";
import { after, before, test } from "node:test";
import { demoDatabase, demoMounts } from "../demo-site.ts";
import { type Demo, startDemo } from "./demo.ts";

let demo: Demo;

before(async () => {
  demo = await startDemo();
});
after(async () => {
  await demo?.stop();
});

test("the demo's database lies outside every folder it serves", () => {
  for (const [prefix, mount] of Object.entries(demoMounts)) {
    const dir = typeof mount === "string" ? mount : mount.dir;
    assert.match(relative(resolve(dir), demoDatabase), /^\.\./, `${prefix} would serve the database`);
  }
});

test("the demo serves its pages, scripts and the CDN build", async () => {
  for (const path of ["/", "/plain-html/", "/plain-html/page.css", "/province-portal/", "/province-portal/portal.js", "/school-site/", "/school-site-rendered/", "/portal/", "/react/", "/vue/", "/strict-csp/", "/cdn/chanjiao.js"]) {
    const response = await fetch(`${demo.url}${path}`);
    assert.equal(response.status, 200, path);
    await response.arrayBuffer();
  }
});

test("the demo serves no database, source, package file or node_modules, in any spelling", async () => {
  const paths = [
    "/.data/chanjiao.db",
    "/.data/chanjiao.db-wal",
    "/%2edata/chanjiao.db",
    "/serve.ts",
    "/demo-site.ts",
    "/package.json",
    "/tsconfig.json",
    "/test/demo.ts",
    "/node_modules/@chanjiao/server/src/db/api-keys.ts",
    "/node_modules/hono/package.json",
    "/node_modules/hono/README.md",
    "/react/src/main.tsx",
    "/react/vite.config.ts",
    "/react/../package.json",
    "/vue/src/App.vue",
    "/vue/vite.config.ts",
    "/vue/node_modules/vue/package.json",
    "/cdn/..%2f..%2fpackage.json",
    "/cdn/%2e%2e/%2e%2e/package.json",
    "/strict-csp/..%2fserve.ts",
    "/plain-html/..%2f..%2f.data/chanjiao.db",
    "/sdk-node/gaps-to-csv.ts",
    "/province-portal/../serve.ts",
    "/school-site-rendered/..%2f..%2fpackage.json",
    "/school-site-rendered/%2e%2e/serve.ts",
    "/school-site-rendered/..%2findex.html",
  ];
  for (const path of paths) {
    const response = await fetch(`${demo.url}${path}`);
    const text = await response.text();
    assert.equal(response.status, 404, `${path} → ${response.status}`);
    assert.doesNotMatch(text, /SQLite format|startServer|"dependencies"/, path);
  }
});
