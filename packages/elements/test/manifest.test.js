// The shipped custom-elements.json describes every tag the package registers: its attributes,
// events and parts, each with a description. A widget added or changed without its JSDoc fails
// here. Runs under node:test with tsx and the "source" condition (for the SDK's enums).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { cli } from "@custom-elements-manifest/analyzer/cli.js";
import { CatalogueLevel, CooperationKind, EventKind, PracticeCentreKind, PracticeFunction, ProvincialListKind } from "@chanjiao/sdk";
import { boardGroupings, boardViews } from "../src/talent-board/gaps-query.ts";
import { customElementsOf, literalValues } from "../scripts/manifest-elements.js";

const packageDir = new URL("../", import.meta.url);
const read = (path) => readFileSync(new URL(path, packageDir), "utf8");

const shipped = JSON.parse(read("custom-elements.json"));
const fresh = await cli({
  argv: ["analyze", "--config", "custom-elements-manifest.config.js", "--quiet"],
  cwd: fileURLToPath(packageDir),
  noWrite: true,
});
const elements = new Map(customElementsOf(fresh).map((element) => [element.tagName, element]));

/** Tags that src/define.ts registers, read from the define.ts of each folder it imports. */
function registeredTags() {
  const folders = [...read("src/define.ts").matchAll(/^import "\.\/([\w-]+)\/define\.js";$/gm)].map(([, folder]) => folder);
  return folders.map((folder) => {
    const tag = read(`src/${folder}/define.ts`).match(/defineElement\("([\w-]+)"/)?.[1];
    assert.ok(tag, `src/${folder}/define.ts registers no tag`);
    return { folder, tag };
  });
}

/** The component's own source files (no tests, no styles). */
function sourcesOf(folder) {
  return readdirSync(new URL(`src/${folder}/`, packageDir))
    .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts") && !name.endsWith(".styles.ts"))
    .map((name) => read(`src/${folder}/${name}`))
    .join("\n");
}

/** Part names in templates: `part="a b"` and the string literals of `part=${...}`. */
function partsUsedIn(source) {
  const parts = new Set();
  for (const [, names] of source.matchAll(/\bpart="([^"$]+)"/g)) for (const name of names.split(/\s+/)) parts.add(name);
  for (const [, expression] of source.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
    for (const [, names] of expression.matchAll(/"([\w\s-]+)"/g)) for (const name of names.split(/\s+/)) parts.add(name);
  }
  return parts;
}

/** `static properties` entries that are attributes, as `attribute name → property name`. */
function declaredAttributes(source) {
  const block = source.match(/static override properties = \{([\s\S]*?)\n {2}\};/)?.[1] ?? "";
  const attributes = new Map();
  for (const [, property, options] of block.matchAll(/^\s+(\w+): \{([^}]*)\}/gm)) {
    if (/state: true|attribute: false/.test(options)) continue;
    attributes.set(options.match(/attribute: "([\w-]+)"/)?.[1] ?? property.toLowerCase(), property);
  }
  return attributes;
}

describe("custom-elements.json", () => {
  it("is the analysis of the current sources", () => {
    assert.deepEqual(shipped, fresh, "custom-elements.json is stale: run `pnpm run manifest` in packages/elements");
  });

  it("is named by package.json and shipped in the package", () => {
    const packageJson = JSON.parse(read("package.json"));
    assert.equal(packageJson.customElements, "custom-elements.json");
    assert.ok(packageJson.files.includes("custom-elements.json"));
    assert.equal(packageJson.exports["./custom-elements.json"], "./custom-elements.json");
  });

  it("lists exactly the tags src/define.ts registers", () => {
    assert.deepEqual(registeredTags().map(({ tag }) => tag).sort(), [...elements.keys()].sort());
  });

  for (const { folder, tag } of registeredTags()) {
    describe(`<${tag}>`, () => {
      const element = () => elements.get(tag);
      const source = sourcesOf(folder);

      it("has a summary and a description", () => {
        assert.ok(element()?.summary?.trim(), "no @summary");
        assert.ok(element()?.description?.trim(), "no description");
      });

      it("documents every attribute of its static properties, with its property and type", () => {
        const documented = new Map(element().attributes.map((attribute) => [attribute.name, attribute]));
        for (const [name, property] of declaredAttributes(read(`src/${folder}/cj-${folder}.ts`))) {
          const attribute = documented.get(name);
          assert.ok(attribute, `attribute ${name} is not in the manifest`);
          assert.equal(attribute.fieldName, property);
          assert.ok(attribute.type?.text, `attribute ${name} has no type`);
          assert.ok(attribute.description?.trim(), `attribute ${name} has no @attr description`);
        }
      });

      it("documents the events it fires", () => {
        const documented = new Map(element().events.map((event) => [event.name, event]));
        const fires = [];
        if (source.includes("new CjSelectEvent")) fires.push("cj-select");
        if (source.includes("new CjErrorEvent") || source.includes("new LoadController(")) fires.push("cj-error");
        for (const name of fires) assert.ok(documented.get(name)?.description?.trim(), `${name} has no @fires description`);
        for (const event of documented.values()) assert.match(event.name, /^cj-[a-z-]+$/, "an event name the analyzer guessed");
      });

      it("documents every part its templates use", () => {
        const documented = new Map(element().cssParts.map((part) => [part.name, part]));
        for (const part of partsUsedIn(source)) assert.ok(documented.get(part)?.description?.trim(), `part ${part} has no @csspart`);
      });

      it("documents the design tokens it reads, with defaults", () => {
        if (tag === "cj-provider") return;
        const tokens = new Map(element().cssProperties.map((property) => [property.name, property]));
        for (const token of ["--cj-color-text", "--cj-color-accent", "--cj-color-surface", "--cj-font-family"]) {
          assert.ok(tokens.get(token)?.default, `${token} has no documented default`);
        }
      });
    });
  }

  it("lists the same values for enumerated attributes as the contract", () => {
    const options = (schema) => Object.values(schema.def.entries);
    const expected = {
      "cj-cooperation-list": { kind: options(CooperationKind) },
      "cj-event-list": { kind: options(EventKind) },
      "cj-practice-centres": { kind: options(PracticeCentreKind), function: options(PracticeFunction) },
      "cj-provincial-lists": { kind: options(ProvincialListKind) },
      "cj-talent-board": { "group-by": [...boardGroupings], view: [...boardViews], level: options(CatalogueLevel) },
    };
    for (const [tag, attributes] of Object.entries(expected)) {
      for (const [name, values] of Object.entries(attributes)) {
        const attribute = elements.get(tag).attributes.find((candidate) => candidate.name === name);
        assert.deepEqual(literalValues(attribute?.type?.text).sort(), values.sort(), `${tag} ${name}`);
      }
    }
  });

  it("gives docs/reference/ that is up to date", () => {
    execFileSync(process.execPath, [fileURLToPath(new URL("scripts/generate-from-manifest.js", packageDir)), "--check"], { stdio: "pipe" });
  });
});
