import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ACCEPT_HEADER, createBaseClient, endpointPaths, readUrl, talentGaps } from "../src/index.ts";

describe("readUrl", () => {
  it("is the URL, and ACCEPT_HEADER the Accept header, of what a client fetches for the same read", async () => {
    const asked: Array<{ url: string; accept: string | null }> = [];
    const client = createBaseClient({
      baseUrl: "https://data.example.org/v1/",
      retry: 0,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        asked.push({ url: request.url, accept: request.headers.get("accept") });
        return new Response("{}", { status: 500 });
      },
    });
    await assert.rejects(client.read(talentGaps, { groupBy: "industry", region: "320000" }));
    const expected = readUrl("https://data.example.org/v1/", endpointPaths.talentGaps, new URLSearchParams({ groupBy: "industry", region: "320000" }));
    assert.deepEqual(asked, [{ url: expected, accept: ACCEPT_HEADER }]);
    assert.equal(expected, "https://data.example.org/v1/talent/gaps?groupBy=industry&region=320000");
  });

  it("refuses a base URL a client would refuse", () => {
    for (const bad of ["/v1", "ftp://data.example.org/v1", "https://data.example.org/v1?x=1"]) assert.throws(() => readUrl(bad, "talent/gaps"), TypeError, bad);
    assert.equal(readUrl("https://data.example.org/v1", "talent/gaps", new URLSearchParams()), "https://data.example.org/v1/talent/gaps");
  });
});
