// Every TypeScript and Vue sample in docs/vue.md compiles with vue-tsc under strictTemplates,
// against the packages as an app installs them, with the generated Vue types.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { checkTemplates } from "./vue-tsc.js";

const guide = readFileSync(new URL("../../../docs/vue.md", import.meta.url), "utf8");
// Inside the app's folder, so that the samples resolve @chanjiao/* and vue as the app does.
const sampleDir = new URL("../node_modules/.cache/docs-samples/", import.meta.url);
after(() => rmSync(sampleDir, { recursive: true, force: true }));

test("the Vue guide's TypeScript and Vue samples compile with strictTemplates", () => {
  const samples = [...guide.matchAll(/^```(ts|vue)\n([\s\S]*?)^```$/gm)].map(([, lang, code], index) => ({ lang, code, index }));
  assert.ok(samples.filter((sample) => sample.lang === "vue").length >= 2, "the guide has Vue samples");
  rmSync(sampleDir, { recursive: true, force: true });
  mkdirSync(sampleDir, { recursive: true });
  for (const { lang, code, index } of samples) {
    // A sample that imports "./App.vue" gets a component of that name beside it.
    writeFileSync(new URL(lang === "vue" ? `Sample${index}.vue` : `sample${index}.ts`, sampleDir), lang === "ts" ? `${code}\nexport {};\n` : code);
  }
  writeFileSync(new URL("App.vue", sampleDir), "<template><p></p></template>\n");
  writeFileSync(
    new URL("tsconfig.json", sampleDir),
    JSON.stringify({ extends: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)), include: ["*.ts", "*.vue"] }),
  );
  const { errors, output } = checkTemplates(fileURLToPath(new URL("tsconfig.json", sampleDir)));
  assert.deepEqual(errors, [], `docs/vue.md samples do not compile:\n${output}`);
});
