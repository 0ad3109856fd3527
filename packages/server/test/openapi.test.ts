import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import SwaggerParser from "@apidevtools/swagger-parser";
import { collections } from "@chanjiao/sdk";
import { editorsKeep } from "../src/db/keepers.ts";
import { createApp, type Database } from "../src/index.ts";
import { recordSchemaName } from "../src/openapi/records.ts";
import { recordWriteCollections } from "../src/routes/record-writes.ts";
import { startTestServer } from "./helpers.ts";

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: Array<{ ruleId: string; severity: string; message: string; location: Array<{ pointer: string }> }>;
}

/** Lints a document with the pinned Redocly CLI (its Node API is bundled inside it) under the recommended rules. */
async function lintWithRedocly(document: unknown): Promise<LintReport> {
  const cli = join(dirname(createRequire(import.meta.url).resolve("@redocly/cli/package.json")), "bin/cli.js");
  const dir = await mkdtemp(join(tmpdir(), "chanjiao-openapi-"));
  try {
    await writeFile(join(dir, "openapi.json"), JSON.stringify(document));
    // Run in the temp dir, so that no redocly.yaml or ignore file nearby changes the rules.
    const run = promisify(execFile)(process.execPath, [cli, "lint", "openapi.json", "--extends=recommended", "--format=json"], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    // The CLI exits 1 when it finds errors; the report on stdout says which.
    const { stdout } = await run.catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? "" }));
    return JSON.parse(stdout) as LintReport;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type Operation = {
  description?: string;
  security?: Array<Record<string, string[]>>;
  parameters?: Array<{ name: string; in: string; required?: boolean }>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { $ref?: string; headers?: Record<string, unknown>; content?: Record<string, { schema: { $ref?: string } }> }>;
};
type Document = { paths: Record<string, Record<string, Operation>> };

/** The catch-all that answers 405 to any other write under /v1 (see src/app.ts): no operation of its own. */
const catchAllPaths = new Set(["/v1", "/v1/*"]);

/** A Hono route path as the document names it: `/v1/programmes/:id` → `/programmes/{id}`. */
const documentPath = (routePath: string) => routePath.replace(/^\/v1/, "").replace(/:(\w+)/g, "{$1}") || "/";

/** The routes the app registers under /v1 (method and path, each once), middleware aside. */
function registeredRoutes(): Array<{ method: string; path: string }> {
  // Building the app reads nothing from its database: the routes are all registered up front.
  const app = createApp({} as Database);
  const routes = app.routes.filter((route) => route.method !== "ALL" && (route.path === "/v1" || route.path.startsWith("/v1/")));
  return [...new Map(routes.map((route) => [`${route.method} ${route.path}`, { method: route.method, path: route.path }])).values()];
}

let api: string;
let stop: () => Promise<void>;

before(async () => {
  ({ api, stop } = await startTestServer());
});
after(async () => {
  await stop();
});

describe("OpenAPI document", () => {
  it("is valid OpenAPI 3.1 with a path per list, record and aggregate", async () => {
    const response = await fetch(`${api}/openapi.json`);
    assert.equal(response.status, 200);
    const document = (await response.json()) as { openapi: string; paths: Record<string, { get: { parameters: Array<{ name: string }> } }> };
    await SwaggerParser.validate(structuredClone(document) as never);
    assert.match(document.openapi, /^3\.1\.\d+$/);
    for (const collection of Object.values(collections)) {
      const list = document.paths[`/${collection.path}`];
      assert.ok(list, `no path for ${collection.path}`);
      assert.deepEqual(list.get.parameters.map((parameter) => parameter.name).sort(), Object.keys(collection.filters.def.shape).sort());
      assert.ok(document.paths[`/${collection.path}/{id}`]);
    }
    assert.ok(document.paths["/talent-demand/aggregate"]);
    assert.ok(document.paths["/talent-supply/aggregate"]);
    for (const [path, method] of [
      ["/talent/gaps", "get"],
      ["/talent/signals", "get"],
      ["/talent-demand", "post"],
      ["/talent-demand/{id}", "patch"],
      ["/talent-demand/{id}/withdraw", "post"],
      ["/talent-demand/{id}", "delete"],
    ] as const) {
      assert.ok((document.paths[path] as Record<string, unknown> | undefined)?.[method], `no ${method} ${path}`);
    }
    assert.ok(document.paths["/talent-demand"]?.get, "the write keeps the list beside it");
    const counts = document.paths["/consortia/counts"];
    assert.ok(counts, "no path for the consortium counts");
    assert.deepEqual(counts.get.parameters.map((parameter) => parameter.name).sort(), ["industry", "kind", "province"]);
  });

  it("passes Redocly's recommended rules with no error or warning", async () => {
    const document = await (await fetch(`${api}/openapi.json`)).json();
    const report = await lintWithRedocly(document);
    const found = report.problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    assert.deepEqual(found, []);
    assert.deepEqual(report.totals, { errors: 0, warnings: 0, ignored: 0 });
  });

  it("opens reads to everyone and signs writes with a bearer API key, naming each write's problems", async () => {
    // The reads about keys and writers: the audit trail, who a key is, the keys, a record's history and the import templates.
    const signedReads = /^\/(audit|me|keys|submissions)$|\/\{id\}\/history$|\/imports\/template$/;
    const document = (await (await fetch(`${api}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }>; responses: Record<string, { content: Record<string, unknown> }> };
    };
    assert.deepEqual(document.components.securitySchemes.apiKey, { ...document.components.securitySchemes.apiKey, type: "http", scheme: "bearer" });
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if ((method === "get" && !signedReads.test(path)) || `${method} ${path}` === "post /submissions") assert.deepEqual(operation.security, [], `${method} ${path} is public`);
        else assert.deepEqual(operation.security, [{ apiKey: [] }], `${method} ${path} needs an API key`);
      }
    }
    const statuses = (path: string, method: string) =>
      Object.keys(document.paths[path]![method]!.responses)
        .map(Number)
        .filter((status) => status >= 400);
    assert.deepEqual(statuses("/talent-demand", "post"), [400, 401, 413, 415, 422, 429, 503]);
    assert.deepEqual(statuses("/talent-demand/{id}", "patch"), [400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 503]);
    assert.deepEqual(statuses("/talent-demand/{id}/withdraw", "post"), [401, 403, 404, 409, 412, 428, 429, 503]);
    assert.deepEqual(statuses("/talent-demand/{id}", "delete"), [401, 403, 404, 412, 428, 429, 503]);
    assert.ok(document.paths["/talent-demand"]!.post!.requestBody);
    assert.ok(document.paths["/talent-demand/{id}"]!.patch!.requestBody);
    assert.equal(document.paths["/talent-demand/{id}/withdraw"]!.post!.requestBody, undefined);
    for (const [name, response] of Object.entries(document.components.responses)) {
      assert.deepEqual(Object.keys(response.content), ["application/problem+json"], name);
    }
  });

  it("describes every route the app registers under /v1, each write signed with the API key", async () => {
    const document = (await (await fetch(`${api}/openapi.json`)).json()) as Document;
    const routes = registeredRoutes();
    const writes = routes.filter((route) => ["POST", "PUT", "PATCH", "DELETE"].includes(route.method) && !catchAllPaths.has(route.path));
    const gets = routes.filter((route) => route.method === "GET");
    assert.ok(writes.length >= recordWriteCollections.length * 3, "the app registers the record writes");
    for (const { method, path } of writes) {
      const operation = document.paths[documentPath(path)]?.[method.toLowerCase()];
      assert.ok(operation, `${method} ${path} is registered but not described`);
      // A public form's submission is the one write taken without a key.
      const expected = `${method} ${path}` === "POST /v1/submissions" ? [] : [{ apiKey: [] }];
      assert.deepEqual(operation.security, expected, `${method} ${path} needs an API key`);
    }
    for (const { path } of gets) assert.ok(document.paths[documentPath(path)]?.get, `GET ${path} is registered but not described`);
    // And the other way round: the document describes no operation the app does not answer.
    const registered = new Set([...gets, ...writes].map((route) => `${route.method.toLowerCase()} ${documentPath(route.path)}`));
    for (const [path, item] of Object.entries(document.paths)) {
      for (const method of Object.keys(item)) assert.ok(registered.has(`${method} ${path}`), `${method.toUpperCase()} ${path} is described but not registered`);
    }
  });

  it("describes each collection's create, patch and removal with its bodies, preconditions, problems and keepers", async () => {
    const document = (await (await fetch(`${api}/openapi.json`)).json()) as Document;
    const statuses = (operation: Operation) =>
      Object.keys(operation.responses)
        .map(Number)
        .filter((status) => status >= 400);
    const header = (operation: Operation, name: string) => operation.parameters?.find((parameter) => parameter.in === "header" && parameter.name === name);
    for (const name of recordWriteCollections) {
      const { path } = collections[name];
      const recordName = recordSchemaName(name);
      const create = document.paths[`/${path}`]!.post!;
      const patch = document.paths[`/${path}/{id}`]!.patch!;
      const remove = document.paths[`/${path}/{id}`]!.delete!;
      assert.deepEqual(statuses(create), [400, 401, 403, 409, 413, 415, 422, 429, 503], `POST /${path}`);
      // An organisation's credit code held by another organisation is 409.
      const conflict = name === "organisations" ? [409] : [];
      assert.deepEqual(statuses(patch), [400, 401, 403, 404, ...conflict, 412, 413, 415, 422, 428, 429, 503], `PATCH /${path}/{id}`);
      assert.deepEqual(statuses(remove), [401, 403, 404, 412, 428, 429, 503], `DELETE /${path}/{id}`);
      assert.equal(create.requestBody?.content["application/json"]?.schema.$ref, `#/components/schemas/${recordName}Create`);
      assert.equal(patch.requestBody?.content["application/json"]?.schema.$ref, `#/components/schemas/${recordName}Patch`);
      assert.equal(remove.requestBody, undefined);
      assert.deepEqual(Object.keys(create.responses["201"]!.headers ?? {}).sort(), ["ETag", "Idempotent-Replayed", "Location"]);
      assert.equal(create.responses["201"]!.content?.["application/json"]?.schema.$ref, `#/components/schemas/${recordName}`);
      assert.deepEqual(Object.keys(patch.responses["200"]!.headers ?? {}), ["ETag"]);
      assert.ok(remove.responses["204"], `DELETE /${path}/{id} answers 204`);
      assert.equal(header(create, "Idempotency-Key")?.required, false);
      for (const operation of [patch, remove]) assert.equal(header(operation, "If-Match")?.required, true);
      for (const operation of [create, patch, remove]) {
        assert.match(operation.description ?? "", editorsKeep(name) ? /An editor key writes only the records its organisation keeps/ : /Only an admin key writes/, `who keeps ${path}`);
      }
    }
    const changes = document.paths["/changes"]!.get!;
    assert.deepEqual(changes.security, []);
    assert.equal(changes.responses["200"]!.content?.["application/json"]?.schema.$ref, "#/components/schemas/ChangesPage");
    const audit = document.paths["/audit"]!.get!;
    assert.deepEqual(statuses(audit), [400, 401, 403, 429, 503]);
    assert.deepEqual(statuses(document.paths["/submissions"]!.post!), [400, 413, 415, 422, 429, 503], "a submission takes no key");
    assert.deepEqual(
      audit.parameters?.map((parameter) => parameter.name),
      changes.parameters?.map((parameter) => parameter.name),
      "the audit trail takes the change feed's query",
    );
  });
});
