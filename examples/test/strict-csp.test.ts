import assert from "node:assert/strict";
import { test } from "node:test";
import type { Page } from "playwright-core";
import { demoInChromium } from "./demo-in-chromium.js";
import { settledWidgets } from "./widgets.js";

const policy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const session = demoInChromium();

/** The violations a page reported, and a way to wait for one that has not come yet. */
class Violations {
  readonly seen: string[] = [];
  private waiting: Array<{ pattern: RegExp; done: () => void }> = [];

  add(violation: string): void {
    this.seen.push(violation);
    this.waiting = this.waiting.filter(({ pattern, done }) => (pattern.test(violation) ? (done(), false) : true));
  }

  reported(pattern: RegExp): Promise<void> {
    if (this.seen.some((violation) => pattern.test(violation))) return Promise.resolve();
    return new Promise((done) => this.waiting.push({ pattern, done }));
  }
}

/**
 * Opens the strict page, recording every Content-Security-Policy and Trusted Types violation
 * Chromium reports. DevTools issues see what no script on the page could: violations before any
 * script runs, and those of the page's own scripts.
 */
async function openStrictPage(): Promise<{ page: Page; violations: Violations; policyHeader: string | undefined }> {
  const page = await session.browser.newPage();
  const violations = new Violations();
  const devtools = await page.context().newCDPSession(page);
  devtools.on("Audits.issueAdded", ({ issue }) => {
    if (issue.code === "ContentSecurityPolicyIssue") violations.add(`issue: ${JSON.stringify(issue.details.contentSecurityPolicyIssueDetails)}`);
  });
  await devtools.send("Audits.enable");
  page.on("console", (message) => {
    if (message.type() === "error") violations.add(`console: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => violations.add(`error: ${error.message}`));
  const response = await page.goto(`${session.demo.url}/strict-csp/`);
  return { page, violations, policyHeader: response?.headers()["content-security-policy"] };
}

test("the strict-CSP page is served under the strict policy, and the other pages are not", async () => {
  const strict = await fetch(`${session.demo.url}/strict-csp/`);
  assert.equal(strict.headers.get("content-security-policy"), policy);
  await strict.text();
  const plain = await fetch(`${session.demo.url}/plain-html/`);
  assert.notEqual(plain.headers.get("content-security-policy"), policy);
  await plain.text();
});

test("every widget renders under the strict policy with no violation", async () => {
  const { page, violations, policyHeader } = await openStrictPage();
  assert.equal(policyHeader, policy);
  const widgets = await settledWidgets(page);
  assert.equal(widgets.length, 11, "every widget of the page is defined and settled");
  for (const widget of widgets) {
    assert.equal(widget.failed, false, `${widget.tag} shows no error: ${widget.text.slice(0, 200)}`);
    assert.ok(widget.text.length > 20, `${widget.tag} shows content`);
  }
  // The board's chart is drawn too, not only its table.
  await page.locator("cj-talent-board canvas").first().waitFor({ timeout: 10_000 });
  // Interaction redraws too: the map's selection, the chart's hover.
  await page.locator("cj-consortium-map").getByRole("button", { name: /^浙江省/ }).click();
  await page.locator("cj-talent-board canvas").first().hover();
  // Every download of the board (each graphic as PNG and SVG, the figures as CSV) and of the map,
  // loaded on the first click and made by the one shared exporter, without an image load or a
  // style attribute.
  const saved: string[] = [];
  const downloads = page.locator('cj-talent-board [part~="download-png"], cj-talent-board [part~="download-svg"], cj-talent-board [part~="download"], cj-consortium-map [part~="download"]');
  for (const button of await downloads.all()) {
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    saved.push(download.suggestedFilename());
  }
  const board = (name: string) => `人才供需-${name}-专业大类-320000-2021-2025`;
  const boardFiles = saved.filter((name) => name.startsWith("人才供需"));
  assert.deepEqual(boardFiles.sort(), [
    "人才供需-专业大类-320000-2021-2025.csv",
    ...["供需缺口排名", "需求与供给", "历年供需缺口"].flatMap((graphic) => [`${board(graphic)}.png`, `${board(graphic)}.svg`]),
  ].sort());
  const mapFiles = saved.filter((name) => !boardFiles.includes(name));
  assert.deepEqual(mapFiles.map((name) => name.split(".").pop()).sort(), ["csv", "png", "svg"]);
  await settledWidgets(page);
  assert.deepEqual(violations.seen, []);
  await page.close();
});

test("a violation on the strict page would be noticed", async () => {
  const { page, violations } = await openStrictPage();
  await settledWidgets(page);
  // What the policy forbids: an inline style attribute and an HTML string written without Trusted Types.
  await page.evaluate(() => {
    document.body.setAttribute("style", "outline: 1px solid red");
    try {
      document.createElement("div").innerHTML = "<b>unchecked</b>";
    } catch {
      // Trusted Types throw; the violation is what counts here.
    }
  });
  await Promise.all([violations.reported(/^issue: .*"violatedDirective":"style-src-attr"/), violations.reported(/^issue: .*"contentSecurityPolicyViolationType":"kTrustedTypesSinkViolation"/)]);
  assert.ok(violations.seen.some((violation) => violation.startsWith("console: ")), "the console reports them too");
  await page.close();
});
