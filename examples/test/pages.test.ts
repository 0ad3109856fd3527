import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.js";
import { startDemo, type Demo } from "./demo.js";

let demo: Demo;
let browser: Browser;

before(async () => {
  demo = await startDemo();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** Opens a page of the demo, collecting every script error and console error it reports. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${demo.url}${path}`);
  return { page, problems };
}

/**
 * Waits until every widget of the page has finished loading, then answers, per widget, whether it
 * rendered content, shows an error, and which tag it is.
 */
async function settledWidgets(page: Page) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll("*")].filter((el) => el.localName.startsWith("cj-") && el.localName !== "cj-provider");
      return (
        widgets.length > 0 &&
        widgets.every((el) => customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]'))
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((el) => el.localName.startsWith("cj-") && el.localName !== "cj-provider")
      .map((el) => ({
        tag: el.localName,
        text: (el.shadowRoot?.textContent ?? "").replace(/\s+/g, " ").trim(),
        failed: el.shadowRoot?.querySelector('[role="alert"]') !== null,
      })),
  );
}

for (const [path, tags] of [
  ["/plain-html/", ["cj-cooperation-card"]],
  ["/province-portal/", ["cj-consortium-map", "cj-consortium-card", "cj-talent-board", "cj-provincial-lists"]],
  ["/school-site/", ["cj-school-profile", "cj-programme-list", "cj-pathway", "cj-cooperation-card"]],
  ["/portal/", ["cj-cooperation-list", "cj-practice-centres", "cj-event-list"]],
] as const) {
  test(`${path} renders each of its widgets with data and no error`, async () => {
    const { page, problems } = await open(path);
    const widgets = await settledWidgets(page);
    for (const tag of tags) assert.ok(widgets.some((widget) => widget.tag === tag), `${tag} is on the page`);
    for (const widget of widgets) {
      assert.equal(widget.failed, false, `${widget.tag} shows no error: ${widget.text.slice(0, 200)}`);
      assert.ok(widget.text.length > 20, `${widget.tag} shows content`);
      assert.doesNotMatch(widget.text, /\bundefined\b|\bnull\b|NaN|Infinity/, `${widget.tag} shows no placeholder values`);
    }
    assert.deepEqual(problems, [], "no errors in the page");
    await page.close();
  });
}

test("choosing a province on the portal's map switches the talent board and the three lists to it", async () => {
  const { page, problems } = await open("/province-portal/");
  await settledWidgets(page);
  const board = page.locator("#board");
  const lists = page.locator("#lists");
  assert.equal(await board.getAttribute("region"), "320000");

  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省/ }).click();
  await page.waitForFunction(() => document.querySelector("#board")?.getAttribute("region") === "330000");
  assert.equal(await lists.getAttribute("province"), "330000");
  await settledWidgets(page);
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("the index links every example page", async () => {
  const { page } = await open("/");
  const links = await page.locator("a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  for (const path of ["./plain-html/", "./province-portal/", "./school-site/", "./portal/"]) assert.ok(links.includes(path), path);
  await page.close();
});
