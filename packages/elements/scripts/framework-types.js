// What the React and Vue template types share: how a manifest entry's properties, attributes and
// events become TypeScript types, and the imports those types need.
import { literalValues } from "./manifest-elements.js";

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

/** One-line text for a type comment or a tooltip. */
export function oneLine(text = "") {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * A prop's type: the documented values when the manifest lists them (a class may declare a plain
 * `string` and check the value at run time), the class's own field type otherwise.
 */
export function propType(element, fieldName, type) {
  const values = literalValues(type?.text);
  return values.length > 0 ? values.map((value) => JSON.stringify(value)).join(" | ") : `${element.className}["${fieldName}"]`;
}

/** The attribute a property reflects, whose description says more than the property's. */
export function attributeOf(element, field) {
  return element.attributes.find((attribute) => attribute.fieldName === field.name);
}

/** The `value` type of a `CjSelectEvent<T>` event, or undefined for another event. */
function selectedValueType(event) {
  const name = /^CjSelectEvent<(\w+)>$/.exec(event.type?.text ?? "")?.[1];
  if (name !== undefined && !(name in selectionValueTypes)) throw new Error(`No import is known for the cj-select value type ${name}: add it to selectionValueTypes.`);
  return name;
}

/** The event's class when it is one of ours (with its value type); a plain `Event` otherwise. */
export function eventClass(event) {
  const type = event.type?.text;
  if (selectedValueType(event)) return type;
  return type === "CjSelectEvent" || type === "CjErrorEvent" ? type : "Event";
}


/**
 * The first lines of a generated types file: the element classes, the event classes and the
 * `cj-select` value types its entries name.
 */
export function typeImports(elements) {
  const valueTypes = [...new Set(elements.flatMap((element) => element.events.map(selectedValueType).filter(Boolean)))].sort();
  const importsOf = (module) =>
    valueTypes
      .filter((name) => selectionValueTypes[name].module === module)
      .map((name) => (selectionValueTypes[name].name === name ? name : `${selectionValueTypes[name].name} as ${name}`));
  return [
    `import type { ${elements.map((element) => element.className).join(", ")} } from "./index.js";`,
    `import type { CjErrorEvent, CjSelectEvent, ${importsOf("./index.js").join(", ")} } from "./index.js";`,
    `import type { ${importsOf("@chanjiao/sdk").join(", ")} } from "@chanjiao/sdk";`,
  ];
}

/** Attributes are strings in markup; frameworks pass numbers and booleans through as given. */
export const attributeValueType = "type AttributeValue<T> = T extends boolean ? boolean : T extends number ? number | `${number}` : T;";
