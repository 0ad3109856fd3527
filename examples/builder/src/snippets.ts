import { tokenValues, widgetOf } from "./widgets.ts";
import type { BuilderState } from "./state.ts";

/** A file of a snippet: where it goes and what it holds. */
export interface SnippetFile {
  name: string;
  text: string;
}

export type SnippetKind = "cdn" | "npm" | "react" | "vue";

export const snippetKinds: readonly SnippetKind[] = ["cdn", "npm", "react", "vue"];

/** Where the snippets point: absolute, since they are copied to another site. */
export interface SnippetUrls {
  api: string;
  cdn: string;
}

const INSTALL: SnippetFile = { name: "Terminal", text: "npm install @chanjiao/elements\n" };

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const escapeCss = (value: string) => value.replace(/[;{}<>\\]/g, "");

/** The widget's attributes in the manifest's order, then `lang`, with the value an author writes. */
function attributesOf(state: BuilderState): Array<[string, string]> {
  const declared = widgetOf(state.widget).attributes.map((attribute) => attribute.name);
  const set = declared.filter((name) => name in state.attributes).map((name): [string, string] => [name, state.attributes[name]!]);
  return [...set, ["lang", state.lang]];
}

const isSwitch = (state: BuilderState, name: string) =>
  widgetOf(state.widget).attributes.find((attribute) => attribute.name === name)?.control.kind === "switch";

/** `name="value"` pairs, a switch bare (`controls`), or as the framework writes a true boolean. */
function markupAttributes(state: BuilderState, trueBoolean: (name: string) => string): string {
  return attributesOf(state)
    .map(([name, value]) => (isSwitch(state, name) ? trueBoolean(name) : `${name}="${escapeAttribute(value)}"`))
    .join(" ");
}

function providerAttributes(state: BuilderState, urls: SnippetUrls, trueBoolean: (name: string) => string): string {
  return `base-url="${escapeAttribute(urls.api)}"${state.static ? ` ${trueBoolean("static")}` : ""}`;
}

/** The tokens as a rule on the widget's tag, or nothing when every token keeps its default. */
function tokenRule(state: BuilderState, indent = ""): string {
  const tokens = tokenValues(widgetOf(state.widget), state.tokens, state.scheme);
  if (!tokens.length) return "";
  return `${indent}${state.widget} {\n${tokens.map(([name, value]) => `${indent}  ${name}: ${escapeCss(value)};\n`).join("")}${indent}}\n`;
}

function markup(state: BuilderState, urls: SnippetUrls, indent: string, trueBoolean: (name: string) => string, extra = ""): string {
  return (
    `${indent}<cj-provider ${providerAttributes(state, urls, trueBoolean)}>\n` +
    `${indent}  <${state.widget} ${markupAttributes(state, trueBoolean)}${extra}></${state.widget}>\n` +
    `${indent}</cj-provider>\n`
  );
}

const bare = (name: string) => name;

function cdnSnippet(state: BuilderState, urls: SnippetUrls): SnippetFile[] {
  const rule = tokenRule(state, "  ");
  const style = rule ? `<style>\n${rule}</style>\n` : "";
  return [{ name: "HTML", text: `<script type="module" src="${escapeAttribute(urls.cdn)}"></script>\n${style}${markup(state, urls, "", bare)}` }];
}

function npmSnippet(state: BuilderState, urls: SnippetUrls): SnippetFile[] {
  const rule = tokenRule(state);
  return [
    INSTALL,
    { name: "main.js", text: `import "@chanjiao/elements/define";\n${rule ? `import "./style.css";\n` : ""}` },
    ...(rule ? [{ name: "style.css", text: rule }] : []),
    { name: "index.html", text: markup(state, urls, "", bare) },
  ];
}

function reactSnippet(state: BuilderState, urls: SnippetUrls): SnippetFile[] {
  const tokens = tokenValues(widgetOf(state.widget), state.tokens, state.scheme);
  const theme = tokens.length
    ? `\n// The theme tokens, set on the widget as custom properties.\nconst theme = {\n${tokens.map(([name, value]) => `  ${JSON.stringify(name)}: ${JSON.stringify(escapeCss(value))},\n`).join("")}} as CSSProperties;\n`
    : "";
  const component =
    `import "@chanjiao/elements/define";\n` +
    `import type {} from "@chanjiao/elements/react";\n` +
    (tokens.length ? `import type { CSSProperties } from "react";\n` : "") +
    theme +
    `\nexport function ChanjiaoWidget() {\n  return (\n` +
    markup(state, urls, "    ", bare, tokens.length ? " style={theme}" : "") +
    `  );\n}\n`;
  return [INSTALL, { name: "ChanjiaoWidget.tsx", text: component }];
}

const VUE_CONFIG = `import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// Vue leaves the cj- tags to the browser, which knows them as custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("cj-") } } })],
});
`;

function vueSnippet(state: BuilderState, urls: SnippetUrls): SnippetFile[] {
  const rule = tokenRule(state);
  // Vue sets a custom element's known property from an attribute, so a switch is bound to `true`.
  const bound = (name: string) => `:${name}="true"`;
  const component =
    `<script setup lang="ts">\nimport "@chanjiao/elements/define";\nimport type {} from "@chanjiao/elements/vue";\n</script>\n\n` +
    `<template>\n${markup(state, urls, "  ", bound)}</template>\n` +
    (rule ? `\n<style>\n${rule}</style>\n` : "");
  return [INSTALL, { name: "ChanjiaoWidget.vue", text: component }, { name: "vite.config.ts", text: VUE_CONFIG }];
}

/** The files of each kind of snippet for `state`. */
export function snippetOf(kind: SnippetKind, state: BuilderState, urls: SnippetUrls): SnippetFile[] {
  switch (kind) {
    case "cdn":
      return cdnSnippet(state, urls);
    case "npm":
      return npmSnippet(state, urls);
    case "react":
      return reactSnippet(state, urls);
    case "vue":
      return vueSnippet(state, urls);
  }
}
