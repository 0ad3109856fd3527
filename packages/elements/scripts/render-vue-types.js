// The Vue 3 template types (dist/vue.d.ts), generated from the manifest.
import { attributeOf, attributeValueType, eventClass, oneLine, propType, typeImports } from "./framework-types.js";

/** `group-by` → `groupBy`: the name Vue's template checker looks a kebab-case attribute up by. */
const camelize = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());

/** `cj-select` → `onCjSelect`: the prop Vue's template checker reads the type of `@cj-select` from. */
const handlerName = (eventName) => `on${camelize(eventName).replace(/^\w/, (letter) => letter.toUpperCase())}`;

/**
 * `declare module "vue"` with a `GlobalComponents` entry per tag, in the form Vue's guide gives for
 * custom elements: a constructor whose instances carry `$props`, which vue-tsc reads to check a
 * template's attributes, bindings and `@event` handlers (as `on<Event>` props). Vue sets a binding
 * on a custom element as a property when the element has one, so the props are the element's
 * properties under their own names and types; an attribute also accepts its string form, as a
 * static attribute in a template passes it.
 */
export function renderVueTypes(elements) {
  const lines = [
    "// Generated from custom-elements.json by scripts/generate-from-manifest.js. Do not edit.",
    "// Import once in a Vue 3 project: `import type {} from \"@chanjiao/elements/vue\";`",
    ...typeImports(elements),
    'import type { AllowedComponentProps, ComponentCustomProps, HTMLAttributes, VNodeProps } from "vue";',
    "",
    attributeValueType,
    "",
    "/** What a template may set on a tag: the element's own props beside HTML's and Vue's. */",
    "type TemplateProps<Props> = HTMLAttributes & AllowedComponentProps & ComponentCustomProps & VNodeProps & Props;",
    "",
    "/** A custom element as vue-tsc sees a component. `$props` exists for template type checking only. */",
    "type CustomElement<Element extends HTMLElement, Props> = new () => Element & { $props: TemplateProps<Props> };",
    "",
    'declare module "vue" {',
    "  interface GlobalComponents {",
  ];
  for (const element of elements) {
    lines.push(`    /** ${oneLine(element.summary ?? element.description)} */`);
    lines.push(`    "${element.tagName}": CustomElement<${element.className}, {`);
    for (const field of element.properties) {
      const attribute = attributeOf(element, field);
      const type = propType(element, field.name, field.type);
      lines.push(`      /** ${oneLine(attribute?.description ?? field.description)} */`);
      lines.push(`      ${field.name}?: ${attribute ? `AttributeValue<${type}>` : type};`);
    }
    for (const attribute of element.attributes) {
      if (camelize(attribute.name) === attribute.fieldName) continue;
      lines.push(`      /** ${oneLine(attribute.description)} */`);
      lines.push(`      ${camelize(attribute.name)}?: AttributeValue<${propType(element, attribute.fieldName, attribute.type)}>;`);
    }
    for (const event of element.events) {
      lines.push(`      /** ${oneLine(event.description)} */`);
      lines.push(`      ${handlerName(event.name)}?: (event: ${eventClass(event)}) => void;`);
    }
    lines.push("    }>;");
  }
  lines.push("  }", "}", "");
  return lines.join("\n");
}
