import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { type Consortium, createClient } from "@chanjiao/sdk";
import { createApiKey, openDatabase } from "@chanjiao/server";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.js";
import { startDemo, type Demo } from "./demo.js";
import { openPage, settledWidgets } from "./widgets.js";

let demo: Demo;
let browser: Browser;
/** A city of Jiangsu whose consortium has a lead organisation, and a key of that organisation: the city's reviewer. */
let city: string;
let reviewerKey: string;

before(async () => {
  demo = await startDemo();
  browser = await launchChromium();
  const db = await openDatabase(demo.database);
  const consortium = (await db.selectFrom("consortia").select("data").where("kind", "=", "city").where("province", "=", "320000").orderBy("id").execute())
    .map((row) => JSON.parse(row.data) as Consortium)
    .find((candidate) => candidate.region !== null && candidate.leadOrganisationIds.length > 0)!;
  city = consortium.region!;
  reviewerKey = (await createApiKey(db, { organisationId: consortium.leadOrganisationIds[0]!, name: "reviewer" })).key;
  await db.destroy();
});

after(async () => {
  await browser?.close();
  await demo?.stop();
});

/** The board's demand for 装备制造大类, read from its table view as a visitor would. */
async function boardDemand(page: Page): Promise<number> {
  await page.locator("#board").evaluate((board) => board.setAttribute("view", "table"));
  const row = page.locator('#board [part~="table"] tbody tr', { hasText: "装备制造大类" });
  return Number((await row.locator("td").first().textContent())!.replace(/,/g, ""));
}

/**
 * The board's demand as a new visitor sees it. A new browser context each time: the page that
 * submitted may reuse the board's answer for as long as its Cache-Control allows, as a CDN would.
 */
async function visitorsBoardDemand(): Promise<number> {
  const { page, problems } = await openPage(browser, `${demo.url}/province-portal/`);
  await settledWidgets(page);
  const demand = await boardDemand(page);
  assert.deepEqual(problems, [], "no errors in the visitor's page");
  await page.close();
  return demand;
}

/** Fills the portal's demand form and submits it; answers the reference number it shows. */
async function submitFromForm(page: Page, headcount: number, occupation: string): Promise<string> {
  const form = page.locator("cj-demand-form");
  await form.locator('[name="enterpriseName"]').fill("江苏示范智能装备有限公司");
  await form.locator('[name="creditCode"]').fill("91350100m000100y43");
  await form.locator('[name="contactName"]').fill("周洁");
  await form.locator('[name="contact"]').fill("zhou.jie@example.com");
  await form.locator('[name="occupation"]').fill(occupation);
  await form.locator('[name="industry"]').selectOption("高档数控机床和机器人");
  await form.locator('[name="majorCategoryId"]').selectOption("mc-46");
  await form.locator('[name="level"]').selectOption("高职专科");
  await form.locator('[name="headcount"]').fill(String(headcount));
  await form.locator('[name="period"]').fill("2025");
  await form.locator('[name="region"]').selectOption(city);
  await form.locator('[part~="submit"]').click();
  const ref = (await form.locator('[part~="ref"]').textContent({ timeout: 10_000 }))!.trim();
  assert.match(ref, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return ref;
}

test("a demand submitted from the portal's form is pending and absent from the board until a reviewer approves it; a rejected one tells its reason", async () => {
  const anyone = createClient({ baseUrl: `${demo.url}/v1` });
  const reviewer = createClient({ baseUrl: `${demo.url}/v1`, apiKey: reviewerKey });
  const { page, problems } = await openPage(browser, `${demo.url}/province-portal/`);
  await settledWidgets(page);
  const before = await boardDemand(page);

  const ref = await submitFromForm(page, 4321, "工业机器人系统运维员");
  assert.deepEqual(await anyone.submissions.status(ref), { ref, status: "pending", reason: null });
  assert.equal(await visitorsBoardDemand(), before, "a pending submission is not counted");

  const approved = await reviewer.submissions.approve(ref);
  assert.equal(approved.status, "approved");
  assert.equal(await visitorsBoardDemand(), before + 4321, "the approved posting is counted on the board");

  await page.locator("cj-demand-form").locator("button.secondary").click();
  const other = await submitFromForm(page, 7, "焊接机器人操作员");
  await reviewer.submissions.reject(other, { reason: "请补充岗位所在园区和工作地点。" });
  assert.deepEqual(await anyone.submissions.status(other), { ref: other, status: "rejected", reason: "请补充岗位所在园区和工作地点。" });
  assert.deepEqual(problems, [], "no errors in the page");
  await page.close();
});
