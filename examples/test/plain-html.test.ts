import assert from "node:assert/strict";
import { test } from "node:test";
import { demoInChromium } from "./demo-in-chromium.js";

const session = demoInChromium();

test("the plain HTML page renders a cooperation card with a real record from the API", async () => {
  const page = await session.browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });

  await page.goto(`${session.demo.url}/plain-html/`);
  const card = page.locator("cj-cooperation-card").first();
  const projectId = await card.getAttribute("project-id");
  assert.ok(projectId, "the page names a project");

  const response = await fetch(`${session.demo.url}/v1/cooperation-projects/${projectId}`);
  assert.equal(response.status, 200);
  const project = (await response.json()) as { name: string; hostInstitution: string | null; source: string };

  // Playwright's locators pierce shadow roots, so this reads what a visitor sees.
  await card.getByRole("heading", { name: project.name }).waitFor({ timeout: 15_000 });
  assert.ok(project.hostInstitution, "the seeded record names its host institution");
  await card.getByText(project.hostInstitution).waitFor({ timeout: 5_000 });
  // Sources are links named after their publisher, the address only in the link.
  const links = await card.locator('[part="source"] a').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const firstSourceUrl = /https?:\/\/[^\s;；,，)）]+/.exec(project.source)?.[0];
  assert.ok(firstSourceUrl && links.includes(new URL(firstSourceUrl).href), `the record's source is linked: ${links.join(" ")}`);
  assert.ok(problems.length === 0, `no errors in the page: ${problems.join("; ")}`);
  await page.close();
});

test("the demo serves the OpenAPI document and the CDN bundle", async () => {
  const openapi = await fetch(`${session.demo.url}/v1/openapi.json`);
  assert.equal(openapi.status, 200);
  assert.match(((await openapi.json()) as { openapi: string }).openapi, /^3\.1\./);

  const bundle = await fetch(`${session.demo.url}/cdn/chanjiao.js`);
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get("content-type") ?? "", /javascript/);
});
