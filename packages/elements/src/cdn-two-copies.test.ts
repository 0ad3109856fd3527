import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { apiUrl } from "./test-support/api.js";

// Two separately built copies of the one-file bundle on one page: this package's build, and the
// same sources built as release 9.9.9-other by the test server (scripts/serve-other-release.js).
const ours = new URL("../dist/cdn/chanjiao.all.js", import.meta.url).href;
const theirs = "/__chanjiao/other-release/chanjiao.all.js";
const otherVersion = "9.9.9-other";

const tags = [
  "cj-provider",
  "cj-cooperation-card",
  "cj-cooperation-list",
  "cj-practice-centres",
  "cj-event-list",
  "cj-talent-board",
  "cj-provincial-lists",
  "cj-programme-list",
  "cj-pathway",
  "cj-school-profile",
  "cj-consortium-map",
  "cj-consortium-card",
  "cj-province-profile",
  "cj-demand-form",
];

type Bundle = typeof import("./cdn-all.js");

describe("two copies of the components on one page", () => {
  let first: Bundle;
  let second: Bundle;
  let warnings: string[];
  const originalWarn = console.warn;

  before(async () => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(" "));
    try {
      first = (await import(ours)) as Bundle;
      second = (await import(theirs)) as Bundle;
    } finally {
      console.warn = originalWarn;
    }
    // The second copy's classes are free to be registered under other names.
    customElements.define("other-provider", second.CjProvider);
    customElements.define("other-cooperation-card", second.CjCooperationCard);
  });

  it("keeps the first copy's tags and warns once per tag, naming both versions", () => {
    expect(second.VERSION).to.equal(otherVersion);
    expect(first.VERSION).to.not.equal(otherVersion);
    for (const tag of tags) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
      expect(Object.values(second), tag).to.not.include(customElements.get(tag));
      const about = warnings.filter((warning) => warning.includes(`<${tag}>`));
      expect(about, tag).to.have.length(1);
      expect(about[0]).to.include(first.VERSION).and.include(otherVersion);
    }
    expect(customElements.get("cj-provider")).to.equal(first.CjProvider);
    expect(warnings).to.have.length(tags.length);
  });

  it("lets each copy's provider serve only that copy's widgets, even when the other copy's provider is nearer", async () => {
    const baseUrl = await apiUrl();
    // Nothing listens there: a widget given this provider's client shows an error.
    const unreachable = "http://127.0.0.1:9/v1";
    const { items } = (await (await fetch(`${baseUrl}/cooperation-projects?kind=luban-workshop`)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const [project] = items;
    if (!project) throw new Error("the seeded database has no Luban Workshop");

    const page = await fixture(html`
      <div>
        <cj-provider base-url=${baseUrl}>
          <other-provider base-url=${unreachable}>
            <cj-cooperation-card id="first-served" project-id=${project.id}></cj-cooperation-card>
            <other-cooperation-card id="second-failed" project-id=${project.id}></other-cooperation-card>
          </other-provider>
        </cj-provider>
        <other-provider base-url=${baseUrl}>
          <cj-provider base-url=${unreachable}>
            <cj-cooperation-card id="first-failed" project-id=${project.id}></cj-cooperation-card>
            <other-cooperation-card id="second-served" project-id=${project.id}></other-cooperation-card>
          </cj-provider>
        </other-provider>
      </div>
    `);
    const card = (id: string) => page.querySelector(`#${id}`)!.shadowRoot;
    const title = (id: string) => card(id)?.querySelector('[part~="title"]')?.textContent?.trim();
    const failed = (id: string) => card(id)?.querySelector('[role="alert"]') !== null;

    await waitUntil(() => title("first-served") === project.name && title("second-served") === project.name, "a card missed its own copy's provider");
    await waitUntil(() => failed("first-failed") && failed("second-failed"), "a card skipped its own copy's provider");
  });
});
