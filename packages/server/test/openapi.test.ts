import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import SwaggerParser from "@apidevtools/swagger-parser";
import { collections } from "@chanjiao/sdk";
import { startTestServer } from "./helpers.ts";

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
});
