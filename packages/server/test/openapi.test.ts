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

type Operation = { security?: Array<Record<string, string[]>>; requestBody?: unknown; responses: Record<string, { $ref?: string }> };

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
    const document = (await (await fetch(`${api}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, { type: string; scheme: string }>; responses: Record<string, { content: Record<string, unknown> }> };
    };
    assert.deepEqual(document.components.securitySchemes.apiKey, { ...document.components.securitySchemes.apiKey, type: "http", scheme: "bearer" });
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (method === "get") assert.deepEqual(operation.security, [], `GET ${path} is public`);
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
    assert.ok(document.paths["/talent-demand"]!.post!.requestBody);
    assert.ok(document.paths["/talent-demand/{id}"]!.patch!.requestBody);
    assert.equal(document.paths["/talent-demand/{id}/withdraw"]!.post!.requestBody, undefined);
    for (const [name, response] of Object.entries(document.components.responses)) {
      assert.deepEqual(Object.keys(response.content), ["application/problem+json"], name);
    }
  });
});
