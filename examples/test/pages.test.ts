import assert from "node:assert/strict";
import { test } from "node:test";
import { demoInChromium } from "./demo-in-chromium.js";
import { assertWidgetsShowData, openPage, settledWidgets } from "./widgets.js";

const session = demoInChromium();

/** Opens a page of the demo, collecting every script error and console error it reports. */
function open(path: string) {
  return openPage(session.browser, `${session.demo.url}${path}`);
}

for (const [path, tags] of [
  ["/plain-html/", ["cj-cooperation-card"]],
  ["/province-portal/", ["cj-consortium-map", "cj-province-profile", "cj-consortium-card", "cj-talent-board", "cj-demand-form", "cj-provincial-lists"]],
  ["/school-site/", ["cj-school-profile", "cj-programme-list", "cj-pathway", "cj-cooperation-card"]],
  ["/portal/", ["cj-cooperation-list", "cj-practice-centres", "cj-event-list"]],
  ["/react/", ["cj-consortium-map", "cj-talent-board"]],
  ["/vue/", ["cj-consortium-map", "cj-talent-board"]],
  [
    "/strict-csp/",
    [
      "cj-consortium-map",
      "cj-consortium-card",
      "cj-talent-board",
      "cj-provincial-lists",
      "cj-school-profile",
      "cj-programme-list",
      "cj-pathway",
      "cj-practice-centres",
      "cj-cooperation-card",
      "cj-cooperation-list",
      "cj-event-list",
    ],
  ],
] as const) {
  test(`${path} renders each of its widgets with data and no error`, async () => {
    const { page, problems } = await open(path);
    assertWidgetsShowData(await settledWidgets(page), tags);
    assert.deepEqual(problems, [], "no errors in the page");
    await page.close();
  });
}

test("choosing a province on the portal's map switches the profile, the talent board and the three lists to it", async () => {
  const { page, problems } = await open("/province-portal/");
  await settledWidgets(page);
  const board = page.locator("#board");
  const lists = page.locator("#lists");
  assert.equal(await board.getAttribute("region"), "320000");

  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省，/ }).click();
  await page.waitForFunction(() => document.querySelector("#board")?.getAttribute("region") === "330000");
  assert.equal(await lists.getAttribute("province"), "330000");
  assert.equal(await page.locator("#profile").getAttribute("province"), "330000");
  await settledWidgets(page);
  assert.equal(await page.locator("#profile").getByRole("heading", { name: "浙江省" }).count(), 1, "the profile shows the province chosen");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("the portal's map colours provinces by reform pilot, and the province chosen there still leads the profile", async () => {
  const { page, problems } = await open("/province-portal/");
  await settledWidgets(page);
  const map = page.locator("cj-consortium-map");
  await map.getByRole("combobox").selectOption("pilot");
  await page.waitForURL(/measure=pilot/);
  await settledWidgets(page);
  assert.match((await map.locator('[part~="legend"]').textContent()) ?? "", /无试点记录/);
  await map.getByRole("button", { name: /^山东省，.*省域现代职业教育体系建设新模式/ }).click();
  await page.waitForFunction(() => document.querySelector("#profile")?.getAttribute("province") === "370000");
  await settledWidgets(page);
  assert.equal(await page.locator("#profile").getByRole("heading", { name: "山东省" }).count(), 1, "the profile shows the province chosen");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("the portal keeps the map's measure and province in its URL, and shows them again from it", async () => {
  const { page, problems } = await open("/province-portal/");
  await settledWidgets(page);
  const map = page.locator("cj-consortium-map");
  await map.getByRole("combobox").selectOption("gap");
  await page.waitForURL(/measure=gap/);
  await map.getByRole("button", { name: /^浙江省，/ }).click();
  await page.waitForURL(/province=330000/);

  await page.reload();
  await settledWidgets(page);
  assert.equal(await map.getAttribute("measure"), "gap");
  assert.equal(await map.getAttribute("province"), "330000");
  assert.equal(await page.locator("#board").getAttribute("region"), "330000");
  await map.getByRole("button", { name: /返回全国/ }).click();
  await page.waitForURL((url) => !url.searchParams.has("province") && url.searchParams.get("measure") === "gap");
  assert.equal(await page.locator("#board").getAttribute("region"), "320000");
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("the index links every example page", async () => {
  const { page } = await open("/");
  const links = await page.locator("a").evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
  for (const path of ["./plain-html/", "./province-portal/", "./school-site/", "./portal/", "./react/", "./vue/", "./strict-csp/", "./builder/"]) assert.ok(links.includes(path), path);
  await page.close();
});
