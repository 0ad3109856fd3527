/**
 * The design tokens (docs/reference/tokens.md): every `--cj-*` custom property the widgets read,
 * with its light default and the tags that read it, from custom-elements.json.
 */

function cell(text = "") {
  return text.replace(/\s+/g, " ").trim().replaceAll("|", "\\|");
}

/** @param {ReturnType<typeof import("./manifest-elements.js").customElementsOf>} elements */
export function renderTokens(elements) {
  const tokens = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties) {
      const token = tokens.get(property.name) ?? { ...property, tags: [] };
      token.tags.push(element.tagName);
      tokens.set(property.name, token);
    }
  }
  const shared = (token) => token.tags.length > 1;
  const styledCount = elements.filter((element) => element.cssProperties.length > 0).length;
  const rows = (list) =>
    list.map((token) => `| \`${token.name}\` | ${token.default ? `\`${cell(token.default)}\`` : ""} | ${cell(token.description)} | ${token.tags.length === styledCount ? "every widget" : token.tags.map((tag) => `\`${tag}\``).join(", ")} |`);
  const header = ["| token | light default | description | read by |", "|---|---|---|---|"];
  const all = [...tokens.values()];
  return [
    "<!-- Generated from packages/elements/custom-elements.json by `pnpm run docs`. Do not edit. -->",
    "",
    "# Design tokens",
    "",
    "The `--cj-*` custom properties the widgets read. Set them on any ancestor (`:root`, a section)",
    "or on the widget itself; see [Theming](../theming.md). Where a description names a dark value,",
    "that is the default under `prefers-color-scheme: dark`.",
    "",
    "## Shared",
    "",
    ...header,
    ...rows(all.filter(shared)),
    "",
    "## Per widget",
    "",
    ...header,
    ...rows(all.filter((token) => !shared(token))),
    "",
  ].join("\n");
}
