import assert from "node:assert/strict";
import { test } from "node:test";
import { demoInChromium } from "./demo-in-chromium.js";
import { openPage, settledWidgets } from "./widgets.js";

const session = demoInChromium();

test("the Vue app hands the provider its client and the card its record as properties", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/vue/`);
  const card = page.locator("#project");
  await card.getByRole("heading", { name: /泰国/ }).waitFor({ timeout: 10_000 });
  const widgets = await settledWidgets(page);
  for (const widget of widgets) assert.equal(widget.failed, false, `${widget.tag} shows no error`);
  const provider = await page.locator("cj-provider").evaluate((el) => ({
    clientIsObject: typeof (el as unknown as { client: unknown }).client === "object",
    clientAttribute: el.getAttribute("client"),
  }));
  assert.deepEqual(provider, { clientIsObject: true, clientAttribute: null });
  const project = await card.evaluate((el) => {
    const given = (el as unknown as { project?: { id: string } }).project;
    return { id: given?.id, attribute: el.getAttribute("project") };
  });
  assert.deepEqual(project, { id: "luban-thailand", attribute: null });
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("choosing a province on the Vue app's map moves the board; choosing a consortium shows its card", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/vue/`);
  await settledWidgets(page);
  const selection = page.locator("#selection");
  const boardRegion = () => page.locator("#board").evaluate((el) => (el as unknown as { region: string }).region);
  assert.match(await selection.innerText(), /江苏省.*320000/);
  assert.equal(await boardRegion(), "320000");
  assert.equal(await page.locator("#consortium").count(), 0, "no consortium card before a choice");

  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省/ }).click();
  await selection.getByText("浙江省").waitFor({ timeout: 10_000 });
  assert.equal(await boardRegion(), "330000");

  const firstConsortium = page.locator("cj-consortium-map").getByRole("button").filter({ hasText: /联合体|共同体/ }).first();
  const name = (await firstConsortium.innerText()).split("\n")[0]!.trim();
  await firstConsortium.click();
  const card = page.locator("#consortium");
  await card.waitFor({ timeout: 10_000 });
  const chosenId = await card.evaluate((el) => (el as unknown as { consortiumId: string }).consortiumId);
  assert.match(chosenId, /\S/, "the card receives the consortium's id");
  await card.getByRole("heading", { name }).first().waitFor({ timeout: 10_000 });
  const widgets = await settledWidgets(page);
  for (const widget of widgets) assert.equal(widget.failed, false, `${widget.tag} shows no error`);
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});
