import { after, before } from "node:test";
import type { Browser } from "playwright-core";
import { launchChromium } from "./browser.js";
import { startDemo, type Demo } from "./demo.js";

/**
 * The demo on a fresh database and a headless Chromium, started before the calling file's tests
 * and stopped after them. Read `demo` and `browser` inside tests, once `before` has run.
 */
export function demoInChromium(): { readonly demo: Demo; readonly browser: Browser } {
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  before(async () => {
    demo = await startDemo();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await demo?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("The demo is read before it started.");
    return value;
  };
  return {
    get demo() {
      return started(demo);
    },
    get browser() {
      return started(browser);
    },
  };
}
