import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A tab of the console, in a language and at a width, collecting script errors. */
export async function openConsole(browser: Browser, url: string, options: { lang?: "zh-CN" | "en"; width?: number } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1366, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.addInitScript((lang) => localStorage.setItem("chanjiao-console-lang", lang), options.lang ?? "zh-CN");
  await page.goto(`${url}/console/`);
  await page.waitForSelector("cj-console >> #key");
  return { page, problems };
}

/** Signs in with a key as a person would: types it and presses Enter. */
export async function signIn(page: Page, key: string): Promise<void> {
  await page.fill("cj-console >> #key", key);
  await page.press("cj-console >> #key", "Enter");
}

/** Signs in and waits for the header to name the organisation. */
export async function signedIn(page: Page, key: string): Promise<void> {
  await signIn(page, key);
  await page.waitForSelector("cj-console >> .who");
}

/** The visible text of the console, through its shadow roots. */
export function consoleText(page: Page): Promise<string> {
  // A string, so that the test's transpiler adds no helpers of its own to the function sent to the page.
  return page.evaluate(`(() => {
    const text = (node) =>
      node instanceof Element && node.shadowRoot ? [...node.shadowRoot.childNodes].map(text).join(" ") : node.nodeType === Node.TEXT_NODE ? node.textContent : [...node.childNodes].map(text).join(" ");
    return text(document.body).replace(/\\s+/g, " ");
  })()`);
}

/** How many elements of a tag the page holds, shadow roots included (an `img` or inline `script` that data smuggled in). */
export function countElements(page: Page, selector: string): Promise<number> {
  return page.evaluate(`(() => {
    const all = (root) => [...root.querySelectorAll("*")].flatMap((element) => [element, ...(element.shadowRoot ? all(element.shadowRoot) : [])]);
    return all(document).filter((element) => element.matches(${JSON.stringify(selector)})).length;
  })()`);
}

/** Asserts that axe finds nothing on the page as it is now, shadow roots included. */
export async function expectAxeClean(page: Page, state: string): Promise<void> {
  // Run through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(`${axeSource}; undefined`);
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
      resultTypes: ["violations"],
    });
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target)).slice(0, 300)}`);
  })) as string[];
  assert.deepEqual(violations, [], `axe in ${state}`);
}
