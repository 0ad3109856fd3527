// The Vue types are generated from the manifest: every tag, attribute and event a widget declares
// in custom-elements.json has its entry in @chanjiao/elements/vue.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";

const require = createRequire(import.meta.url);
const manifest = require("@chanjiao/elements/custom-elements.json");
const vueTypes = readFileSync(require.resolve("@chanjiao/elements/custom-elements.json").replace(/custom-elements\.json$/, "dist/vue.d.ts"), "utf8");

const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** The text of one tag's entry in the generated `GlobalComponents`. */
function entryOf(tag) {
  const start = vueTypes.indexOf(`"${tag}": CustomElement<`);
  assert.notEqual(start, -1, `${tag} has no entry in the Vue types`);
  return vueTypes.slice(start, vueTypes.indexOf("}>;", start));
}

const declarations = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName);

test("the manifest declares the widgets", () => {
  assert.ok(declarations.length >= 12);
});

for (const element of declarations) {
  test(`<${element.tagName}>: every attribute and event is typed for Vue templates`, () => {
    const entry = entryOf(element.tagName);
    for (const attribute of element.attributes ?? []) assert.match(entry, new RegExp(`\\b${camelize(attribute.name)}\\?: `), `attribute ${attribute.name}`);
    for (const event of element.events ?? []) {
      const handler = `on${camelize(event.name).replace(/^\w/, (letter) => letter.toUpperCase())}`;
      assert.match(entry, new RegExp(`\\b${handler}\\?: \\(event: `), `event ${event.name}`);
    }
  });
}
