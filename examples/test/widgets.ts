import assert from "node:assert/strict";
import type { Browser, Page } from "playwright-core";

/** Opens `url` in a new page, collecting every script error and console error it reports. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

/**
 * Waits until every widget of the page has drawn and finished loading (a widget whose data comes
 * quickly draws no loading state before it), then answers, per widget, whether it rendered
 * content, shows an error, and which tag it is.
 */
export async function settledWidgets(page: Page) {
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll("*")].filter((el) => el.localName.startsWith("cj-") && el.localName !== "cj-provider");
      return (
        widgets.length > 0 &&
        widgets.every((el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'))
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

/** Asserts that each of `tags` is among `widgets` and that every widget shows real data and no error. */
export function assertWidgetsShowData(widgets: Awaited<ReturnType<typeof settledWidgets>>, tags: readonly string[]): void {
  for (const tag of tags) assert.ok(widgets.some((widget) => widget.tag === tag), `${tag} is on the page`);
  for (const widget of widgets) {
    assert.equal(widget.failed, false, `${widget.tag} shows no error: ${widget.text.slice(0, 200)}`);
    assert.ok(widget.text.length > 20, `${widget.tag} shows content`);
    assert.doesNotMatch(widget.text, /\bundefined\b|\bnull\b|NaN|Infinity/, `${widget.tag} shows no placeholder values`);
  }
}
