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
  site = await startStaticSite(pages, { builder: "builder/dist" });
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

test("the embed builder beside a static export previews a widget from the export's files and reports an id it does not hold", async () => {
  const { page, problems } = await openPage(browser, `${site.url}/builder/?widget=cj-school-profile&static&school-id=school-1108860d48`);
  assertWidgetsShowData(await settledWidgets(page), ["cj-school-profile"]);
  const status = page.locator(".problems [role=status]");
  await status.getByText("配置有效").waitFor({ timeout: 20_000 });
  assert.match(await page.locator("figure.file pre").innerText(), new RegExp(`<cj-provider base-url="${site.url}/v1" static>`));
  const choices = await page.locator("#attribute-school-id-choices option").count();
  assert.ok(choices > 1, `the school picker lists the export's schools (${choices})`);

  await page.locator("#attribute-school-id").fill("no-such-school");
  await page.locator("#attribute-school-id").press("Enter");
  await status.getByText(/no-such-school/).waitFor({ timeout: 20_000 });
  assert.deepEqual(
    problems.filter((problem) => !/404/.test(problem)),
    [],
    "no errors in the page but the export's 404 for the missing school",
  );
  await page.close();
});

test("the embed builder notices by itself that its API is a static export", async () => {
  const { page } = await openPage(browser, `${site.url}/builder/?widget=cj-cooperation-card&project-id=luban-thailand`);
  await page.waitForURL(/[?&]static(=|&|$)/);
  assert.equal(await page.locator("#static").isChecked(), true);
  assertWidgetsShowData(await settledWidgets(page), ["cj-cooperation-card"]);
  await page.locator(".problems [role=status]").getByText("配置有效").waitFor({ timeout: 20_000 });
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
