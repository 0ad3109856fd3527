import assert from "node:assert/strict";
import { test } from "node:test";
import { demoInChromium } from "./demo-in-chromium.js";
import { openPage, settledWidgets } from "./widgets.js";

const session = demoInChromium();

test("the React app hands the provider its client as a property", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/react/`);
  await settledWidgets(page);
  const provider = await page.locator("cj-provider").evaluate((el) => ({
    clientIsObject: typeof (el as unknown as { client: unknown }).client === "object",
    clientAttribute: el.getAttribute("client"),
  }));
  assert.deepEqual(provider, { clientIsObject: true, clientAttribute: null });
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});

test("choosing a province on the React app's map updates the React state and the board's region", async () => {
  const { page, problems } = await openPage(session.browser, `${session.demo.url}/react/`);
  await settledWidgets(page);
  const selection = page.locator("#selection");
  const boardRegion = () => page.locator("#board").evaluate((el) => (el as unknown as { region: string }).region);
  assert.match(await selection.innerText(), /江苏省.*320000/);
  assert.equal(await boardRegion(), "320000");

  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省/ }).click();
  await selection.getByText("浙江省").waitFor({ timeout: 10_000 });
  assert.match(await selection.innerText(), /浙江省.*330000/);
  assert.equal(await boardRegion(), "330000");
  const widgets = await settledWidgets(page);
  for (const widget of widgets) assert.equal(widget.failed, false, `${widget.tag} shows no error`);
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});
