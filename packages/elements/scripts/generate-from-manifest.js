// Writes what is derived from custom-elements.json: the component reference and the design tokens
// in docs/reference/, the React 19 JSX types (dist/react.d.ts), the Vue 3 template types
// (dist/vue.d.ts) and VS Code's HTML custom data
// (dist/vscode.html-custom-data.json). Run after `cem analyze`; `--check` compares the references
// instead of writing anything, and fails when one is out of date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { customElementsOf, literalValues } from "./manifest-elements.js";
import { renderReactTypes } from "./render-react-types.js";
import { renderReference } from "./render-reference.js";
import { renderTokens } from "./render-tokens.js";
import { renderVueTypes } from "./render-vue-types.js";

const packageDir = new URL("../", import.meta.url);
const referenceDir = new URL("../../docs/reference/", packageDir);

const manifest = JSON.parse(readFileSync(new URL("custom-elements.json", packageDir), "utf8"));
const elements = customElementsOf(manifest);

const references = { "components.md": renderReference(elements), "tokens.md": renderTokens(elements) };
if (process.argv.includes("--check")) {
  for (const [name, text] of Object.entries(references)) {
    const file = new URL(name, referenceDir);
    if (readFileSync(file, "utf8") !== text) {
      console.error(`${fileURLToPath(file)} is out of date: run \`pnpm run docs\`.`);
      process.exit(1);
    }
  }
} else {
  mkdirSync(referenceDir, { recursive: true });
  for (const [name, text] of Object.entries(references)) writeFileSync(new URL(name, referenceDir), text);
  mkdirSync(new URL("dist/", packageDir), { recursive: true });
  writeFileSync(new URL("dist/react.d.ts", packageDir), renderReactTypes(elements));
  writeFileSync(new URL("dist/vue.d.ts", packageDir), renderVueTypes(elements));
  writeFileSync(new URL("dist/vscode.html-custom-data.json", packageDir), `${JSON.stringify(renderVsCodeData(elements), null, 2)}\n`);
}

/** VS Code's HTML custom data format (`html.customData` setting). */
function renderVsCodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: [element.summary, element.description].filter(Boolean).join("\n\n"),
      attributes: element.attributes.map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description ?? "",
          ...(values.length > 0 ? { values: values.map((name) => ({ name })) } : {}),
          ...(attribute.type?.text === "boolean" ? { valueSet: "v" } : {}),
        };
      }),
    })),
  };
}
