import { createClient, type ChanjiaoClient } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { emulateMedia } from "@web/test-runner-commands";
import "../define.js";
import { apiUrl } from "../test-support/api.js";
import { everyWidget, loaded, type WidgetCase } from "../test-support/every-widget.js";

// The widgets sit on pages with their own CSS. A reset and utility classes like a CSS framework's
// must not change them; the page's design tokens and ::part() rules must.

const frameworkCss = `
  *, ::before, ::after { box-sizing: content-box; margin: 0; padding: 0; border: 0 solid; }
  html {
    font-family: Georgia, serif; font-style: italic; font-weight: 700; line-height: 3; color: red; letter-spacing: 0.3em; word-spacing: 1em;
    text-transform: uppercase; text-align: center; text-indent: 2em; white-space: nowrap;
    text-shadow: 1px 1px red; cursor: crosshair; font-variant: small-caps;
  }
  button, input, select { all: unset; }
  table { display: block; }
  svg, canvas { display: none; }
  ul, ol { list-style: none; }
  a { color: inherit; text-decoration: inherit; }
  h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
  .text-xs { font-size: 0.75rem; line-height: 1rem; }
  .uppercase { text-transform: uppercase; }
  .tracking-widest { letter-spacing: 0.1em; }
  .italic { font-style: italic; }
  .font-bold { font-weight: 700; }
  .leading-loose { line-height: 2; }
  .text-red-600 { color: rgb(220 38 38); }
  .text-right { text-align: right; }
  .break-all { word-break: break-all; }
  .whitespace-pre { white-space: pre; }
  .block { display: block; }
  .w-full { width: 100%; }
  .mt-4 { margin-top: 1rem; }
`;
const ancestorUtilities = "text-xs uppercase tracking-widest italic font-bold leading-loose text-red-600 text-right break-all whitespace-pre";
const hostUtilities = "block w-full mt-4";

const compared = [
  "font-family", "font-size", "font-style", "font-weight", "font-variant-caps", "line-height", "letter-spacing", "word-spacing",
  "text-transform", "text-align", "text-indent", "text-shadow", "white-space", "word-break", "color", "cursor",
  "box-sizing", "display", "margin-top", "margin-left", "padding-top", "padding-left", "border-top-width", "list-style-type",
] as const;

/** The computed style and size of the first element of every part in the widget's own shadow root. */
function snapshot(widget: Element): Record<string, Record<string, string>> {
  const result: Record<string, Record<string, string>> = {};
  const host = widget.getBoundingClientRect();
  result[":host"] = { width: String(Math.round(host.width)), height: String(Math.round(host.height)) };
  for (const element of widget.shadowRoot!.querySelectorAll<HTMLElement>("[part]")) {
    const name = element.getAttribute("part")!;
    if (result[name]) continue;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    result[name] = Object.fromEntries([
      ...compared.map((property) => [property, style.getPropertyValue(property)]),
      ["width", String(Math.round(box.width))],
      ["height", String(Math.round(box.height))],
    ]);
  }
  return result;
}

const sheet = (text: string) => {
  const stylesheet = new CSSStyleSheet();
  stylesheet.replaceSync(text);
  return stylesheet;
};

async function mountIn(client: ChanjiaoClient, widget: WidgetCase, attributes: { class?: string } = {}) {
  const wrapper = await fixture<HTMLElement>(
    html`<div class=${attributes.class ?? ""} lang="zh-CN" style="width: 720px"><cj-provider .client=${client}>${widget.template}</cj-provider></div>`,
  );
  const element = wrapper.querySelector<HTMLElement>(widget.tag)!;
  await loaded(element);
  return { wrapper, element };
}

function pageUses(...sheets: CSSStyleSheet[]): void {
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, ...sheets];
}

function pageDrops(...sheets: CSSStyleSheet[]): void {
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((candidate) => !sheets.includes(candidate));
}

/** Lets layout, resize observers and charts catch up with a change of the page's CSS. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let requestsInFlight = 0;

/** A client of the test API that counts its requests in flight. */
function countingClient(baseUrl: string): ChanjiaoClient {
  return createClient({
    baseUrl,
    fetch: async (input, init) => {
      requestsInFlight += 1;
      try {
        return await fetch(input, init);
      } finally {
        requestsInFlight -= 1;
      }
    },
  });
}

/**
 * A snapshot once the widget has stopped changing: some read related records (names of
 * operators, say) after their main data and grow when those arrive.
 */
async function steadySnapshot(widget: Element): Promise<ReturnType<typeof snapshot>> {
  let previous = "";
  for (;;) {
    await waitUntil(() => requestsInFlight === 0, "requests never ended");
    await nextFrames();
    const current = snapshot(widget);
    if (requestsInFlight === 0 && JSON.stringify(current) === previous) return current;
    previous = JSON.stringify(current);
  }
}

describe("the host page's CSS", () => {
  let client: ChanjiaoClient;
  let widgets: WidgetCase[];

  before(async () => {
    client = countingClient(await apiUrl());
    widgets = await everyWidget(client);
  });

  afterEach(() => emulateMedia({ colorScheme: "light" }));

  it("does not change any widget's typography or layout: a reset and utility classes stay outside", async () => {
    const framework = sheet(frameworkCss);
    for (const widget of widgets) {
      const { wrapper, element } = await mountIn(client, widget);
      const before = await steadySnapshot(element);
      pageUses(framework);
      wrapper.className = ancestorUtilities;
      element.className = hostUtilities;
      try {
        expect(await steadySnapshot(element), `<${widget.tag}> changed under the page's CSS`).to.deep.equal(before);
      } finally {
        pageDrops(framework);
      }
    }
  });

  it("themes every widget through tokens set on an ancestor", async () => {
    const theme = sheet(`.themed { --cj-color-text: rgb(4, 5, 6); --cj-font-family: Georgia, serif; --cj-font-size: 18px; }`);
    pageUses(theme);
    try {
      for (const widget of widgets) {
        const { element } = await mountIn(client, widget, { class: "themed" });
        const box = getComputedStyle(element.shadowRoot!.querySelector("[part]")!);
        expect([box.color, box.fontFamily, box.fontSize], `<${widget.tag}>`).to.deep.equal(["rgb(4, 5, 6)", "Georgia, serif", "18px"]);
      }
    } finally {
      pageDrops(theme);
    }
  });

  it("changes the talent board's chart colours, accent and parts as the page says", async () => {
    const board = widgets.find((widget) => widget.tag === "cj-talent-board")!;
    const theme = sheet(`
      .themed { --cj-color-demand: rgb(7, 8, 9); --cj-color-supply: rgb(9, 8, 7); --cj-color-accent: rgb(1, 2, 3); }
      cj-talent-board::part(title) { color: rgb(13, 14, 15); text-transform: uppercase; }
    `);
    pageUses(theme);
    try {
      const { element } = await mountIn(client, board, { class: "themed" });
      const fill = (selector: string) => getComputedStyle(element.shadowRoot!.querySelector(selector)!).fill;
      expect(fill('[part~="chart"] rect.demand'), "demand bars").to.equal("rgb(7, 8, 9)");
      expect(fill('[part~="chart"] rect.supply'), "supply bars").to.equal("rgb(9, 8, 7)");
      const title = getComputedStyle(element.shadowRoot!.querySelector("[part~=title]")!);
      expect([title.color, title.textTransform]).to.deep.equal(["rgb(13, 14, 15)", "uppercase"]);
      const accented = [...element.shadowRoot!.querySelectorAll("*")].some((node) => {
        const style = getComputedStyle(node);
        return [style.color, style.backgroundColor, style.borderTopColor].includes("rgb(1, 2, 3)");
      });
      expect(accented, "nothing in the board took the accent colour").to.equal(true);
    } finally {
      pageDrops(theme);
    }
  });

  it("follows the dark scheme in every family, and a token the page sets still wins", async () => {
    await emulateMedia({ colorScheme: "dark" });
    for (const tag of ["cj-talent-board", "cj-consortium-map", "cj-pathway", "cj-school-profile", "cj-cooperation-list"]) {
      const widget = widgets.find((candidate) => candidate.tag === tag)!;
      const { element } = await mountIn(client, widget);
      expect(getComputedStyle(element).color, `<${tag}> text in the dark scheme`).to.equal("rgb(230, 237, 243)");
    }
    const board = widgets.find((widget) => widget.tag === "cj-talent-board")!;
    const { element } = await mountIn(client, board);
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part~="chart"] rect.demand')!).fill, "demand bars in the dark default").to.equal("rgb(108, 182, 255)");
    element.style.setProperty("--cj-color-text", "rgb(4, 5, 6)");
    expect(getComputedStyle(element).color).to.equal("rgb(4, 5, 6)");
  });
});
