// The React 19 JSX types (dist/react.d.ts), generated from the manifest.
import { attributeOf, attributeValueType, eventClass, oneLine, propType, typeImports } from "./framework-types.js";

/**
 * `declare module "react"` with an `IntrinsicElements` entry per tag. React 19 sets a prop on a
 * custom element as a property when the element has one (camelCase) and as an attribute
 * otherwise (kebab-case), and adds `on<event-type>` functions as listeners of that event type,
 * so `oncj-select` listens to `cj-select`.
 */
export function renderReactTypes(elements) {
  const lines = [
    "// Generated from custom-elements.json by scripts/generate-from-manifest.js. Do not edit.",
    "// Import once in a React 19 project: `import type {} from \"@chanjiao/elements/react\";`",
    ...typeImports(elements),
    'import type { DetailedHTMLProps, HTMLAttributes } from "react";',
    "",
    attributeValueType,
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
