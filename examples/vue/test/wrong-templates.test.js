// The generated Vue types must reject what the widgets do not take: each mistake in
// wrong-templates/Mistakes.vue is reported by vue-tsc (strictTemplates) on its own line, with the
// expected error, so the types cannot silently become `any`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkTemplates } from "./vue-tsc.js";

const fixture = new URL("wrong-templates/", import.meta.url);

/** `line → error code` from the `<!-- expect: TSxxxx why -->` comment above each mistake. */
function expectedErrors() {
  const lines = readFileSync(new URL("Mistakes.vue", fixture), "utf8").split("\n");
  const expected = new Map();
  lines.forEach((text, index) => {
    const code = /<!-- expect: (TS\d+) /.exec(text)?.[1];
    if (code) expected.set(index + 2, code);
  });
  return expected;
}

test("vue-tsc reports each wrong attribute value, unknown attribute, mismatched handler and unknown tag", () => {
  const expected = expectedErrors();
  assert.ok(expected.size >= 10, "the fixture lists its mistakes");
  const { errors, output } = checkTemplates(fileURLToPath(new URL("tsconfig.json", fixture)));
  const reported = new Map(errors.map((error) => [error.line, error.code]));
  assert.deepEqual(Object.fromEntries(reported), Object.fromEntries(expected), `vue-tsc said:\n${output}`);
});
