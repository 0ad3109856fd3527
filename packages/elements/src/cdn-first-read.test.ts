import { expect, waitUntil } from "@open-wc/testing";
import { apiUrl } from "./test-support/api.js";

// The built loader as a site loads it, on a page of its own: no widget has been seen yet.
const loaderUrl = new URL("../dist/cdn/chanjiao.js", import.meta.url).href;

const fetched = (pattern: RegExp) => performance.getEntriesByType("resource").filter((entry) => pattern.test(entry.name)) as PerformanceResourceTiming[];

describe("the CDN loader on a page with the talent board", () => {
  it("asks for the board's data and the publishers' table with its code, and the board shows that answer without asking again", async () => {
    const baseUrl = await apiUrl();
    // Asked in an order of parameters of its own, so as not to be counted with the page's reads.
    const expected = (await (await fetch(`${baseUrl}/talent/gaps?period=2021-2025&region=320000&groupBy=majorCategory`)).json()) as { items: unknown[] };
    const provider = document.createElement("cj-provider");
    provider.setAttribute("base-url", baseUrl);
    provider.innerHTML = '<cj-talent-board region="320000" period="2021-2025"></cj-talent-board>';
    document.body.append(provider);
    let definedAt = Number.POSITIVE_INFINITY;
    void customElements.whenDefined("cj-talent-board").then(() => (definedAt = performance.now()));
    try {
      await import(loaderUrl);
      const board = provider.querySelector("cj-talent-board")!;
      await customElements.whenDefined("cj-talent-board");
      await waitUntil(() => board.shadowRoot?.querySelectorAll('[part~="gap-list"] li').length === expected.items.length, "the board did not rank the API's gaps");

      const reads = fetched(/\/v1\/talent\/gaps\?(?!period=)/);
      expect(reads.map((read) => new URL(read.name).searchParams.get("region")), "one read of the gaps").to.deep.equal(["320000"]);
      expect(reads[0]!.startTime, "the read started before the board's code had run").to.be.below(definedAt);
      // The board names its sources' links with the publishers' table before it draws: asked for with its code, not after it.
      const table = fetched(/\/chunks\/publisher-table-[\w-]+\.js$/);
      expect(table, "the publishers' table was fetched once").to.have.length(1);
      expect(table[0]!.startTime, "the publishers' table was asked for before the board's code had run").to.be.below(definedAt);
    } finally {
      provider.remove();
    }
  });
});
