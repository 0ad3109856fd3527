import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Asserts that axe finds nothing on the page as it is now, shadow roots included. */
export async function assertAxeClean(page: Page, state: string): Promise<void> {
  await page.evaluate(`${axeSource}; undefined`);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } };
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target)).slice(0, 300)}`);
  });
  assert.deepEqual(violations, [], `axe in ${state}`);
}
