import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { apiUrl, clientAnswering } from "./test-support/api.js";

// The built loader as a site loads it: not transpiled again, nothing else registered.
const loaderUrl = new URL("../dist/cdn/chanjiao.js", import.meta.url).href;
// docs/elements.md, two folders above this package (the test server maps paths outside its root).
const docsUrl = "/__wds-outside-root__/2/docs/elements.md";

/** The chunks of the CDN build the page has fetched so far, such as `talent-board`. */
const fetchedChunks = (): string[] =>
  performance
    .getEntriesByType("resource")
    .map((entry) => /\/dist\/cdn\/chunks\/([a-z-]+)-[\w-]+\.js$/.exec(entry.name)?.[1])
    .filter((name): name is string => name !== undefined);

/** Widget folders whose chunks a page with a cooperation card alone must not fetch. */
const otherWidgets = ["cooperation-list", "practice-centres", "event-list", "talent-board", "provincial-lists", "programme-list", "pathway", "school-profile", "consortium-map", "consortium-card", "province-profile", "demand-form"];

/** The documented CSS that reserves the widgets' space before they are defined. */
async function documentedReserveCss(): Promise<string> {
  const docs = await (await fetch(docsUrl)).text();
  const block = [...docs.matchAll(/```css\n([\s\S]*?)```/g)].map((match) => match[1]!).find((css) => css.includes(":not(:defined)"));
  if (block === undefined) throw new Error("docs/elements.md has no :not(:defined) snippet");
  return block;
}

describe("the CDN loader", () => {
  before(async () => {
    await import(loaderUrl);
  });

  it("registers nothing and fetches no chunk before a tag appears", () => {
    expect(customElements.get("cj-provider")).to.equal(undefined);
    expect(customElements.get("cj-cooperation-card")).to.equal(undefined);
    expect(customElements.get("cj-talent-board")).to.equal(undefined);
    expect(fetchedChunks()).to.deep.equal([]);
  });

  it("reserves a widget's space with the documented CSS until it loads, and keeps it while its data loads", async () => {
    const style = document.createElement("style");
    style.textContent = `${await documentedReserveCss()} cj-talent-board { --cj-min-height: 40rem; }`;
    document.head.append(style);
    const provider = document.createElement("cj-provider");
    provider.client = clientAnswering(() => new Promise(() => {}));
    const board = document.createElement("cj-talent-board");
    provider.append(board);
    document.body.append(provider);
    try {
      const reserved = 40 * Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      // The provider shows its children once it has rendered; the board's chunk is still on its way.
      await provider.updateComplete;
      expect(customElements.get("cj-talent-board")).to.equal(undefined);
      expect(board.getBoundingClientRect().height).to.equal(reserved);

      await customElements.whenDefined("cj-talent-board");
      await waitUntil(() => board.shadowRoot?.querySelector('[aria-busy="true"]'), "the board never showed its loading state");
      expect(board.getBoundingClientRect().height).to.be.at.least(reserved);
    } finally {
      provider.remove();
      style.remove();
    }
  });

  it("loads a widget inside an element added later and shows a seeded project from the API", async () => {
    const baseUrl = await apiUrl();
    const { items } = (await (await fetch(`${baseUrl}/cooperation-projects?kind=luban-workshop`)).json()) as {
      items: Array<{ id: string; name: string }>;
    };
    const [first] = items;
    if (!first) throw new Error("the seeded database has no Luban Workshop");
    const before = fetchedChunks();
    const section = await fixture(html`
      <section>
        <cj-provider base-url=${baseUrl}><div><cj-cooperation-card project-id=${first.id}></cj-cooperation-card></div></cj-provider>
      </section>
    `);
    const card = section.querySelector("cj-cooperation-card")!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim() === first.name, "no title");
    // A card brings its own chunk and what it reads with it, nothing of another widget.
    const fetched = fetchedChunks().filter((name) => !before.includes(name));
    expect(fetched).to.include("cooperation-card");
    expect(fetched.filter((name) => name !== "cooperation-card" && otherWidgets.includes(name))).to.deep.equal([]);
  });
});
