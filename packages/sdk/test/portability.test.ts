import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { it } from "node:test";

const sourceDir = new URL("../src/", import.meta.url).pathname;

it("the package source uses nothing that exists only in Node", async () => {
  const files = (await readdir(sourceDir, { recursive: true })).filter((file) => file.endsWith(".ts"));
  assert.ok(files.length > 10);
  for (const file of files) {
    const text = await readFile(join(sourceDir, file), "utf8");
    for (const pattern of [/from\s+["']node:/, /from\s+["'](fs|path|http|https|url|buffer|stream)["']/, /\bprocess\./, /\bBuffer\b/, /\brequire\(/]) {
      assert.doesNotMatch(text, pattern, `${file} uses ${pattern}`);
    }
  }
});

it("the package source never calls z.config(), which is global state shared with the host page", async () => {
  const files = (await readdir(sourceDir, { recursive: true })).filter((file) => file.endsWith(".ts"));
  for (const file of files) {
    assert.doesNotMatch(await readFile(join(sourceDir, file), "utf8"), /\bz\.config\(/, file);
    assert.doesNotMatch(await readFile(join(sourceDir, file), "utf8"), /from\s+["']zod["']/, `${file} imports classic zod`);
  }
});
