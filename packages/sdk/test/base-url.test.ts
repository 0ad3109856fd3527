import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normaliseBaseUrl } from "../src/client/base-url.ts";

describe("base URL normalisation", () => {
  it("drops every trailing slash and keeps the path", () => {
    assert.equal(normaliseBaseUrl("https://data.example.org/v1"), "https://data.example.org/v1");
    assert.equal(normaliseBaseUrl("https://data.example.org/v1///"), "https://data.example.org/v1");
    assert.equal(normaliseBaseUrl("https://data.example.org/"), "https://data.example.org");
  });

  it("stays linear on a long run of slashes, as a page passing a visitor's base-url may send", () => {
    // Half a million slashes followed by a letter: quadratic backtracking would take minutes here.
    const hostile = `https://data.example.org/${"/".repeat(500_000)}v1`;
    const started = performance.now();
    const normalised = normaliseBaseUrl(`${hostile}${"/".repeat(500_000)}`);
    const elapsed = performance.now() - started;
    assert.equal(normalised, hostile);
    assert.ok(elapsed < 2_000, `took ${Math.round(elapsed)} ms`);
  });
});
