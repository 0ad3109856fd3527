import { readFileSync } from "node:fs";
import { attributeDescriptions, defineElementCalls, internalState, selfNamedEvents } from "./scripts/manifest-plugins.js";

/**
 * Settings of `cem analyze`. The manifest is written to custom-elements.json beside package.json
 * and shipped in the package; the component reference, the JSX types and the editor data are
 * generated from it (scripts/generate-from-manifest.js).
 */
export default {
  // The widgets' base class is read too, so that its shared attributes, parts, tokens and events
  // are inherited into every widget's entry.
  globs: ["src/*/cj-*.ts", "src/*/define.ts", "src/shared/data-element.ts"],
  exclude: ["src/**/*.test.ts", "src/**/*.styles.ts"],
  outdir: ".",
  litelement: true,
  // package.json names the manifest already; the analyzer would otherwise rewrite that file.
  packagejson: false,
  // The analyzer takes files in the order the file system lists them; sorted, the manifest is the
  // same on every machine and run.
  overrideModuleCreation: ({ ts, globs }) =>
    [...globs].sort().map((glob) => ts.createSourceFile(glob, readFileSync(new URL(glob, import.meta.url), "utf8"), ts.ScriptTarget.ES2015, true)),
  plugins: [defineElementCalls(), internalState(), attributeDescriptions(), selfNamedEvents({ eventsFile: "src/shared/events.ts" })],
};
