import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser.js";
import { startStaticSite, type StaticSite } from "./static-site.js";
import { assertWidgetsShowData, openPage, settledWidgets } from "./widgets.js";

// Every example page whose provider is set by its base-url (the React app makes its own client).
const pages = ["plain-html", "province-portal", "school-site", "portal", "strict-csp"];

let site: StaticSite;
let browser: Browser;

before(async () => {
  site = await startStaticSite(pages);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.stop();
});

for (const name of pages) {
  test(`/${name}/ on a static export renders each of its widgets with data and no error`, async () => {
    const html = await readFile(new URL(`../${name}/index.html`, import.meta.url), "utf8");
    const tags = [...new Set([...html.matchAll(/<(cj-[a-z-]+)/g)].map(([, tag]) => tag!))].filter((tag) => tag !== "cj-provider");
    const { page, problems } = await openPage(browser, `${site.url}/${name}/`);
    assertWidgetsShowData(await settledWidgets(page), tags);
    assert.deepEqual(problems, [], "no errors in the page");
    await page.close();
  });
}

test("choosing a province on the portal's map reads the board and the lists of that province from the export", async () => {
  const { page, problems } = await openPage(browser, `${site.url}/province-portal/`);
  const files: string[] = [];
  page.on("request", (request) => files.push(new URL(request.url()).pathname));
  await settledWidgets(page);
  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省，/ }).click();
  await page.waitForFunction(() => document.querySelector("#board")?.getAttribute("region") === "330000");
  assertWidgetsShowData(await settledWidgets(page), ["cj-talent-board", "cj-provincial-lists"]);
  assert.ok(files.includes("/v1/talent/gaps/q/group_by.major_category.period.2021-2025.region.330000.json"), files.join("\n"));
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("/school-site-rendered/ drawn from the export is readable without JavaScript, and the browser takes it over without reading the export again", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}/school-site-rendered/`);
    assert.ok((await page.locator('cj-programme-list [part~="name"]').count()) > 0, "the programmes are drawn");
    assert.ok((await page.locator('cj-pathway [part~="step"]').count()) > 0, "the pathway is drawn");
    assert.ok(await page.locator('cj-cooperation-card [part~="title"]').isVisible(), "the cooperation card is drawn");
  } finally {
    await context.close();
  }
  const { page, problems } = await openPage(browser, "about:blank");
  const read: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/v1/")) read.push(request.url());
  });
  await page.goto(`${site.url}/school-site-rendered/`);
  assertWidgetsShowData(await settledWidgets(page), ["cj-school-profile", "cj-programme-list", "cj-pathway", "cj-cooperation-card"]);
  await page.evaluate(() => Promise.all([...document.querySelectorAll("cj-provider *")].map((element) => (element as Element & { loadComplete?: Promise<void> }).loadComplete)));
  assert.deepEqual(read, [], "no file of the export is read again");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});
