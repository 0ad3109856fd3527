import { expect, fixture, html } from "@open-wc/testing";
import "../define.js";
import type { CjCooperationCard } from "../cooperation-card/cj-cooperation-card.js";
import { apiUrl } from "../test-support/api.js";
import { CjProvider } from "./cj-provider.js";
import { ACCEPT_HEADER } from "@chanjiao/sdk";
import { startEarlyRead } from "../shared/early-reads.js";
import { cachingFetch } from "./request-cache.js";

/** A fetch to the real test API that records what went over the network and what came back. */
function countingFetch() {
  const sent: Array<{ url: string; ifNoneMatch: string | null; status?: number }> = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const record: (typeof sent)[number] = { url: request.url, ifNoneMatch: request.headers.get("if-none-match") };
    sent.push(record);
    const response = await fetch(request);
    record.status = response.status;
    return response;
  };
  return { sent, fetchImpl };
}

describe("the provider's request cache", () => {
  let base: string;
  let projectId: string;
  const realNow = Date.now;

  before(async () => {
    base = await apiUrl();
    const list = (await (await fetch(`${base}/cooperation-projects?limit=1`)).json()) as { items: Array<{ id: string }> };
    projectId = list.items[0]!.id;
  });

  afterEach(() => {
    Date.now = realNow;
  });

  it("makes one request when two widgets on one page ask for the same record", async () => {
    const { sent, fetchImpl } = countingFetch();
    const previous = CjProvider.sharedFetch;
    CjProvider.sharedFetch = () => cachingFetch(fetchImpl);
    try {
      const provider = await fixture(html`
        <cj-provider base-url=${base}>
          <cj-cooperation-card project-id=${projectId}></cj-cooperation-card>
          <cj-cooperation-card project-id=${projectId}></cj-cooperation-card>
        </cj-provider>
      `);
      const cards = [...provider.querySelectorAll<CjCooperationCard>("cj-cooperation-card")];
      await Promise.all(cards.map((card) => card.loadComplete));
      for (const card of cards) expect(card.shadowRoot!.querySelector("[part~=title]")?.textContent?.trim()).to.not.equal("");
      expect(sent.filter((request) => request.url.includes(`/cooperation-projects/${projectId}`))).to.have.length(1);
    } finally {
      CjProvider.sharedFetch = previous;
    }
  });

  it("reuses a kept answer while it is fresh, then revalidates it with If-None-Match and reuses it on a 304", async () => {
    const { sent, fetchImpl } = countingFetch();
    const cached = cachingFetch(fetchImpl);
    const url = `${base}/cooperation-projects/${projectId}`;

    const first = await cached(url);
    const firstBody = await first.text();
    expect(first.status).to.equal(200);
    expect(first.headers.get("cache-control")).to.match(/max-age=\d+/);
    const etag = first.headers.get("etag");
    expect(etag).to.be.a("string");

    const again = await cached(url);
    expect(await again.text()).to.equal(firstBody);
    expect(sent).to.have.length(1);

    // Past the API's max-age (60 s): the next read asks the server whether the answer changed.
    Date.now = () => realNow() + 61_000;
    const revalidated = await cached(url);
    expect(sent).to.have.length(2);
    expect(sent[1]!.ifNoneMatch).to.equal(etag);
    expect(sent[1]!.status).to.equal(304);
    expect(revalidated.status).to.equal(200);
    expect(await revalidated.text()).to.equal(firstBody);

    // The 304 made the kept answer fresh again.
    await cached(url);
    expect(sent).to.have.length(2);
  });

  it("lets one waiter abort without aborting the others", async () => {
    const { sent, fetchImpl } = countingFetch();
    const cached = cachingFetch(fetchImpl);
    const url = `${base}/cooperation-projects?limit=2`;
    const leaving = new AbortController();

    const aborted = cached(url, { signal: leaving.signal });
    const staying = cached(url);
    leaving.abort();

    let reason: unknown;
    await aborted.catch((error: unknown) => (reason = error));
    expect((reason as DOMException).name).to.equal("AbortError");
    const answer = await staying;
    expect(answer.status).to.equal(200);
    expect(((await answer.json()) as { items: unknown[] }).items).to.have.length(2);
    expect(sent).to.have.length(1);
  });

  it("stops a shared request once nobody waits for it, and starts anew for the next caller", async () => {
    const { sent, fetchImpl } = countingFetch();
    const cached = cachingFetch(fetchImpl);
    const url = `${base}/cooperation-projects?limit=3`;
    const leaving = new AbortController();

    const aborted = cached(url, { signal: leaving.signal });
    leaving.abort();
    await aborted.catch(() => undefined);
    const answer = await cached(url);
    expect(answer.status).to.equal(200);
    expect(sent).to.have.length(2);
  });

  it("passes other methods straight through", async () => {
    const { sent, fetchImpl } = countingFetch();
    const cached = cachingFetch(fetchImpl);
    await cached(`${base}/cooperation-projects`, { method: "HEAD" });
    await cached(`${base}/cooperation-projects`, { method: "HEAD" });
    expect(sent).to.have.length(2);
  });

  it("takes a read started early for the same URL and Accept header once, whatever the order of its parameters", async () => {
    const { sent, fetchImpl } = countingFetch();
    const cached = cachingFetch(fetchImpl);
    startEarlyRead(`${base}/cooperation-projects?kind=luban-workshop&limit=4`, ACCEPT_HEADER);
    const headers = { accept: ACCEPT_HEADER };

    const answer = await cached(`${base}/cooperation-projects?limit=4&kind=luban-workshop`, { headers });
    expect(answer.status).to.equal(200);
    expect(((await answer.json()) as { items: unknown[] }).items).to.have.length(4);
    expect(sent, "the early read answered").to.have.length(0);

    // Another Accept header is another read; the early one is not taken twice.
    await cached(`${base}/cooperation-projects?limit=4&kind=luban-workshop`, { headers: { accept: "application/json" } });
    expect(sent).to.have.length(1);
    await cachingFetch(fetchImpl)(`${base}/cooperation-projects?limit=4&kind=luban-workshop`, { headers });
    expect(sent).to.have.length(2);
  });
});
