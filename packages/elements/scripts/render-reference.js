/**
 * The component reference (docs/reference/components.md) as Markdown, from the elements read out
 * of custom-elements.json.
 */

/** Text that is safe inside a Markdown table cell. */
function cell(text = "") {
  return text.replace(/\s+/g, " ").trim().replaceAll("|", "\\|");
}

function code(text) {
  return text ? `\`${cell(text)}\`` : "";
}

function table(headers, rows) {
  if (rows.length === 0) return [];
  return [`| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`), ""];
}

function renderElement(element) {
  const attributeFields = new Set(element.attributes.map((attribute) => attribute.fieldName));
  const propertyOnly = element.properties.filter((field) => !attributeFields.has(field.name));
  const fieldByName = new Map(element.properties.map((field) => [field.name, field]));
  return [
    `## ${element.tagName}`,
    "",
    ...(element.summary ? [`**${element.summary.trim()}**`, ""] : []),
    ...(element.description ? [element.description.trim(), ""] : []),
    `Class \`${element.className}\`, registered by \`@chanjiao/elements/define\` (or by its own \`${element.modulePath.replace(/^src\//, "").replace(/[^/]+$/, "define.js")}\`).`,
    "",
    ...(element.attributes.length > 0 ? ["### Attributes", ""] : []),
    ...table(
      ["attribute", "property", "type", "default", "description"],
      element.attributes.map((attribute) => {
        const field = fieldByName.get(attribute.fieldName);
        return [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(field?.default ?? attribute.default),
          `${cell(attribute.description)}${field?.reflects ? " Reflected." : ""}`,
        ];
      }),
    ),
    ...(propertyOnly.length > 0 ? ["### Properties", ""] : []),
    ...table(
      ["property", "type", "description"],
      propertyOnly.map((field) => [code(field.name), code(field.type?.text), cell(field.description)]),
    ),
    ...(element.events.length > 0 ? ["### Events", ""] : []),
    ...table(
      ["event", "type", "description"],
      element.events.map((event) => [code(event.name), code(event.type?.text), cell(event.description)]),
    ),
    ...(element.slots.length > 0 ? ["### Slots", ""] : []),
    ...table(
      ["slot", "description"],
      element.slots.map((slot) => [slot.name ? code(slot.name) : "(default)", cell(slot.description)]),
    ),
    ...(element.cssParts.length > 0 ? ["### Parts", "", "Style them with `::part()` from the page.", ""] : []),
    ...table(
      ["part", "description"],
      element.cssParts.map((part) => [code(part.name), cell(part.description)]),
    ),
    ...(element.cssProperties.length > 0 ? ["### CSS custom properties", ""] : []),
    ...table(
      ["property", "default", "description"],
      element.cssProperties.map((property) => [code(property.name), code(property.default), cell(property.description)]),
    ),
  ];
}

/** @param {ReturnType<typeof import("./manifest-elements.js").customElementsOf>} elements */
export function renderReference(elements) {
  return [
    "<!-- Generated from packages/elements/custom-elements.json by `pnpm run docs`. Do not edit. -->",
    "",
    "# Component reference",
    "",
    "Every tag of `@chanjiao/elements`, as its custom elements manifest (`custom-elements.json` in the",
    "package) describes it. Guides: [embedding](../embedding.md), [theming](../theming.md),",
    "[localisation](../localisation.md), [accessibility](../accessibility.md), [widgets](../elements.md).",
    "",
    ...elements.map((element) => `- [\`<${element.tagName}>\`](#${element.tagName})${element.summary ? `: ${cell(element.summary)}` : ""}`),
    "",
    ...elements.flatMap(renderElement),
  ]
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\n*$/, "\n");
}
