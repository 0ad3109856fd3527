// Writes what is derived from custom-elements.json: the component reference and the design tokens
// in docs/reference/, the React 19 JSX types (dist/react.d.ts) and VS Code's HTML custom data
// (dist/vscode.html-custom-data.json). Run after `cem analyze`; `--check` compares the references
// instead of writing anything, and fails when one is out of date.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { customElementsOf, literalValues } from "./manifest-elements.js";
import { renderReference } from "./render-reference.js";
import { renderTokens } from "./render-tokens.js";

/**
 * The types `cj-select` carries as `value` (`@fires {CjSelectEvent<Programme>}`), by the name the
 * widgets' sources give them, and where the generated types import each from.
 */
const selectionValueTypes = {
  GapItem: { module: "./index.js", name: "GapItem" },
  PathwayStepSelection: { module: "./index.js", name: "PathwayStepSelection" },
  ConsortiumMapSelection: { module: "./index.js", name: "ConsortiumMapSelection" },
  Consortium: { module: "@chanjiao/sdk", name: "Consortium" },
  CooperationProject: { module: "@chanjiao/sdk", name: "CooperationProject" },
  EventRecord: { module: "@chanjiao/sdk", name: "Event" },
  PracticeCentre: { module: "@chanjiao/sdk", name: "PracticeCentre" },
  Programme: { module: "@chanjiao/sdk", name: "Programme" },
  School: { module: "@chanjiao/sdk", name: "School" },
};

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
  writeFileSync(new URL("dist/vscode.html-custom-data.json", packageDir), `${JSON.stringify(renderVsCodeData(elements), null, 2)}\n`);
}

/** One-line text for a type comment or a tooltip. */
function oneLine(text = "") {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * `declare module "react"` with an `IntrinsicElements` entry per tag. React 19 sets a prop on a
 * custom element as a property when the element has one (camelCase) and as an attribute
 * otherwise (kebab-case), and adds `on<event-type>` functions as listeners of that event type,
 * so `oncj-select` listens to `cj-select`.
 */
function renderReactTypes(elements) {
  const valueTypes = [...new Set(elements.flatMap((element) => element.events.map(selectedValueType).filter(Boolean)))].sort();
  const importsOf = (module) =>
    valueTypes
      .filter((name) => selectionValueTypes[name].module === module)
      .map((name) => (selectionValueTypes[name].name === name ? name : `${selectionValueTypes[name].name} as ${name}`));
  const lines = [
    "// Generated from custom-elements.json by scripts/generate-from-manifest.js. Do not edit.",
    "// Import once in a React 19 project: `import type {} from \"@chanjiao/elements/react\";`",
    `import type { ${elements.map((element) => element.className).join(", ")} } from "./index.js";`,
    `import type { CjErrorEvent, CjSelectEvent, ${importsOf("./index.js").join(", ")} } from "./index.js";`,
    `import type { ${importsOf("@chanjiao/sdk").join(", ")} } from "@chanjiao/sdk";`,
    'import type { DetailedHTMLProps, HTMLAttributes } from "react";',
    "",
    "/** Attributes are strings in markup; React passes numbers and booleans through as given. */",
    "type AttributeValue<T> = T extends boolean ? boolean : T extends number ? number | `${number}` : T;",
    "",
    'declare module "react" {',
    "  namespace JSX {",
    "    interface IntrinsicElements {",
  ];
  for (const element of elements) {
    lines.push(`      /** ${oneLine(element.summary ?? element.description)} */`);
    lines.push(`      "${element.tagName}": DetailedHTMLProps<HTMLAttributes<${element.className}>, ${element.className}> & {`);
    for (const field of element.properties) {
      lines.push(`        /** ${oneLine(attributeOf(element, field)?.description ?? field.description)} */`);
      lines.push(`        ${field.name}?: ${propType(element, field.name, field.type)};`);
    }
    for (const attribute of element.attributes) {
      if (attribute.name === attribute.fieldName) continue;
      lines.push(`        /** ${oneLine(attribute.description)} */`);
      lines.push(`        "${attribute.name}"?: AttributeValue<${propType(element, attribute.fieldName, attribute.type)}>;`);
    }
    for (const event of element.events) {
      lines.push(`        /** ${oneLine(event.description)} */`);
      lines.push(`        "on${event.name}"?: (event: ${eventClass(event)}) => void;`);
    }
    lines.push("      };");
  }
  lines.push("    }", "  }", "}", "");
  return lines.join("\n");
}

/**
 * A prop's type: the documented values when the manifest lists them (a class may declare a plain
 * `string` and check the value at run time), the class's own field type otherwise.
 */
function propType(element, fieldName, type) {
  const values = literalValues(type?.text);
  return values.length > 0 ? values.map((value) => JSON.stringify(value)).join(" | ") : `${element.className}["${fieldName}"]`;
}

/** The attribute a property reflects, whose description says more than the property's. */
function attributeOf(element, field) {
  return element.attributes.find((attribute) => attribute.fieldName === field.name);
}

/** The `value` type of a `CjSelectEvent<T>` event, or undefined for another event. */
function selectedValueType(event) {
  const name = /^CjSelectEvent<(\w+)>$/.exec(event.type?.text ?? "")?.[1];
  if (name !== undefined && !(name in selectionValueTypes)) throw new Error(`No import is known for the cj-select value type ${name}: add it to selectionValueTypes.`);
  return name;
}

/** The event's class when it is one of ours (with its value type); a plain `Event` otherwise. */
function eventClass(event) {
  const type = event.type?.text;
  if (selectedValueType(event)) return type;
  return type === "CjSelectEvent" || type === "CjErrorEvent" ? type : "Event";
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
