// A server's drawing of a widget names a citation text's links after their publishers at once: the
// publishers' table, which a browser fetches on demand, is loaded before the server draws.
// Runs under node:test with tsx and the "source" condition.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { renderWidgets } from "../src/ssr/index.ts";
import { sampleProject } from "../src/test-support/api.ts";

describe("renderWidgets", () => {
  it("names the links of a record without citations after their publishers", async () => {
    const project = { ...sampleProject, source: "Launch notice (http://en.moe.gov.cn/a.html)", citations: [] };
    const fetch = async () => new Response(JSON.stringify(project), { headers: { "content-type": "application/json" } });
    const page = `<html lang="zh-CN"><body><cj-provider base-url="https://api.example/v1"><cj-cooperation-card project-id="${project.id}"></cj-cooperation-card></cj-provider></body></html>`;
    const drawn = await renderWidgets(page, { baseUrl: "https://api.example/v1", fetch });
    assert.match(drawn, /<a href="http:\/\/en\.moe\.gov\.cn\/a\.html"[^>]*>教育部<\/a>/);
  });
});
