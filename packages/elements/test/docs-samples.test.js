// The code samples in docs/*.md work as written: TypeScript is type-checked against the built
// packages (as a user's project sees them), JavaScript and JSON are parsed, and every `cj-*` tag,
// attribute, value, part and token of the HTML and CSS samples is in the custom elements manifest.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { after, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { customElementsOf, literalValues } from "../scripts/manifest-elements.js";

const packageDir = new URL("../", import.meta.url);
const docsDir = new URL("../../docs/", packageDir);
const elements = new Map(
  customElementsOf(JSON.parse(readFileSync(new URL("custom-elements.json", packageDir), "utf8"))).map((element) => [element.tagName, element]),
);
const tokens = new Set([...elements.values()].flatMap((element) => element.cssProperties.map((property) => property.name)));
// Attributes any element takes, which the manifest does not repeat per tag.
const globalAttributes = new Set(["id", "class", "lang", "dir", "hidden", "slot", "title", "tabindex"]);

/** Fenced code blocks of one Markdown file, with their language and line. */
function codeBlocks(file) {
  const text = readFileSync(new URL(file, docsDir), "utf8");
  return [...text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((match) => ({
    file,
    lang: match[1],
    code: match[2],
    line: text.slice(0, match.index).split("\n").length,
  }));
}

const blocks = readdirSync(docsDir)
  .filter((name) => name.endsWith(".md"))
  .flatMap(codeBlocks);
const where = (block) => `docs/${block.file}:${block.line}`;
// The Vue guide's samples import single-file components: examples/vue compiles them with vue-tsc.
const vueGuide = "vue.md";

/** Each `<cj-…>` start tag of an HTML (or Vue template) sample, with its attributes. */
function customTags(html) {
  return [...html.matchAll(/<(cj-[\w-]+)([^>]*)>/g)].map(([, tag, rest]) => ({
    tag,
    attributes: [...rest.matchAll(/([:@]?[\w:.-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => ({ name, value })),
  }));
}

describe("docs code samples", () => {
  it("include HTML, CSS and TypeScript samples to check", () => {
    for (const lang of ["html", "css", "ts", "tsx"]) assert.ok(blocks.some((block) => block.lang === lang), `no ${lang} sample`);
  });

  it("use only tags, attributes and values the manifest lists (HTML)", () => {
    for (const block of blocks.filter((candidate) => candidate.lang === "html")) {
      for (const { tag, attributes } of customTags(block.code)) {
        const element = elements.get(tag);
        assert.ok(element, `${where(block)}: <${tag}> is not a Chanjiao element`);
        for (const { name, value } of attributes) {
          if (name.startsWith("@") || name.startsWith("v-on:")) continue;
          const bound = name.startsWith(":") || name.startsWith("v-bind:");
          const attributeName = name.replace(/^(?::|v-bind:)/, "");
          if (globalAttributes.has(attributeName)) continue;
          const attribute = element.attributes.find((candidate) => candidate.name === attributeName);
          assert.ok(attribute, `${where(block)}: <${tag}> has no attribute ${attributeName}`);
          const values = literalValues(attribute.type?.text);
          if (!bound && value !== undefined && values.length > 0) {
            assert.ok(values.includes(value), `${where(block)}: ${tag} ${attributeName}="${value}" is not one of ${values.join(", ")}`);
          }
        }
      }
    }
  });

  it("style only parts and tokens the manifest lists (CSS)", () => {
    for (const block of blocks.filter((candidate) => candidate.lang === "css")) {
      for (const [, tag, part] of block.code.matchAll(/(cj-[\w-]+)::part\(([\w-]+)\)/g)) {
        assert.ok(elements.get(tag)?.cssParts.some((candidate) => candidate.name === part), `${where(block)}: <${tag}> has no part ${part}`);
      }
      for (const [token] of block.code.matchAll(/--cj-[\w-]+/g)) assert.ok(tokens.has(token), `${where(block)}: ${token} is not a design token`);
    }
  });

  it("are valid JSON, unless they show a shape with `...`", () => {
    for (const block of blocks.filter((candidate) => candidate.lang === "json" && !candidate.code.includes("..."))) {
      assert.doesNotThrow(() => JSON.parse(block.code), where(block));
    }
  });

  describe("TypeScript and JavaScript", () => {
    // Inside the examples package, which depends on every package the samples use (the server
    // depends on these elements, so they cannot depend on it), so that the samples resolve
    // @chanjiao/* as a user's project would.
    const sampleDir = new URL("../../examples/node_modules/.cache/docs-samples/", packageDir);
    after(() => rmSync(sampleDir, { recursive: true, force: true }));

    it("type-check against the packages (TypeScript) and parse (JavaScript)", () => {
      rmSync(sampleDir, { recursive: true, force: true });
      mkdirSync(sampleDir, { recursive: true });
      // The samples of one page read as one program: later ones use what earlier ones declared
      // (a `client`), so each page becomes one module per language, imports first, each sample
      // after the first in a block of its own (where it may declare a name again).
      const pages = new Map();
      const extensions = { ts: "ts", tsx: "tsx", js: "js" };
      for (const block of blocks) {
        const extension = block.file === vueGuide ? undefined : extensions[block.lang];
        if (!extension) continue;
        const name = `${block.file.replace(/\.md$/, "")}.${extension}`;
        pages.set(name, [...(pages.get(name) ?? []), block]);
      }
      const origins = new Map();
      for (const [name, pageBlocks] of pages) {
        const imports = [];
        const bodies = [];
        const lines = [];
        for (const [index, block] of pageBlocks.entries()) {
          const body = block.code.replace(/^import [^;]+;\n/gm, (statement) => (imports.push(statement.trim()), ""));
          bodies.push({ block, text: index === 0 ? body : `{\n${body}}\n` });
        }
        for (const statement of new Set(imports)) lines.push({ text: statement, origin: "imports" });
        for (const { block, text } of bodies) for (const [offset, line] of text.split("\n").entries()) lines.push({ text: line, origin: `${where(block)}+${offset}` });
        lines.push({ text: "export {};", origin: "end" });
        origins.set(name, lines.map((line) => line.origin));
        writeFileSync(new URL(name, sampleDir), lines.map((line) => line.text).join("\n"));
      }
      writeFileSync(
        new URL("tsconfig.json", sampleDir),
        JSON.stringify({
          extends: fileURLToPath(new URL("../../tsconfig.json", packageDir)),
          compilerOptions: {
            noEmit: true,
            composite: false,
            declaration: false,
            declarationMap: false,
            allowJs: true,
            checkJs: false,
            jsx: "react-jsx",
            types: ["node", "react"],
          },
          include: ["*.ts", "*.tsx", "*.js"],
        }),
      );
      try {
        execFileSync(fileURLToPath(new URL("../../node_modules/.bin/tsc", packageDir)), ["-p", fileURLToPath(sampleDir)], { encoding: "utf8" });
      } catch (error) {
        const output = String(error.stdout).replace(/^(\S+?)\((\d+),\d+\)/gm, (_, file, line) => {
          const name = file.split("/").pop();
          return origins.get(name)?.[Number(line) - 1] ?? `${name}:${line}`;
        });
        assert.fail(`docs samples do not compile:\n${output}`);
      }
    });
  });
});
