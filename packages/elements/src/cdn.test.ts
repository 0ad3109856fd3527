import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { apiUrl } from "./test-support/api.js";

// The built one-file bundle as a site would load it: not transpiled again, nothing else registered.
const bundleUrl = new URL("../dist/cdn/chanjiao.js", import.meta.url).href;

describe("the CDN bundle", () => {
  it("registers every tag and shows a seeded project from the API", async () => {
    await import(bundleUrl);
    expect(customElements.get("cj-provider")).to.not.equal(undefined);
    expect(customElements.get("cj-cooperation-card")).to.not.equal(undefined);

    const baseUrl = await apiUrl();
    const { items } = (await (await fetch(`${baseUrl}/cooperation-projects?kind=luban-workshop`)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const [first] = items;
    if (!first) throw new Error("the seeded database has no Luban Workshop");
    const provider = await fixture(html`
      <cj-provider base-url=${baseUrl}><cj-cooperation-card project-id=${first.id}></cj-cooperation-card></cj-provider>
    `);
    const card = provider.querySelector("cj-cooperation-card")!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === first.name, "no title");
  });

  it("carries none of what must never reach a host page", async () => {
    const source = await (await fetch(bundleUrl)).text();
    // Data is never parsed as HTML, and zod's global config belongs to the host page.
    for (const forbidden of ["unsafeHTML", "unsafe-html", ".config(", "insertAdjacentHTML"]) {
      expect(source, forbidden).to.not.include(forbidden);
    }
  });
});
