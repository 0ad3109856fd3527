import manifest from "@chanjiao/elements/custom-elements.json" with { type: "json" };
// The manifest reader the elements generate their React and Vue types with.
import { literalValues } from "../../../packages/elements/scripts/manifest-elements.js";
import { pickerOf, type PickerSource } from "./pickers.ts";

/** How the builder sets an attribute, read from its type in the manifest. */
export type Control =
  | { kind: "select"; options: string[] }
  | { kind: "switch" }
  | { kind: "heading" }
  | { kind: "number" }
  | { kind: "picker"; source: PickerSource }
  | { kind: "text" };

export interface AttributeSpec {
  name: string;
  description: string;
  /** The value the widget takes when the attribute is absent, as the manifest gives it. */
  default: string | undefined;
  control: Control;
}

export interface TokenSpec {
  name: string;
  description: string;
  /** The default in the light scheme. */
  light: string;
  /** The default in the dark scheme, for the colours that have one. */
  dark: string | undefined;
  control: "color" | "size" | "text";
}

export interface WidgetSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  tokens: TokenSpec[];
}

interface ManifestMember {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
}

function controlOf(attribute: ManifestMember): Control {
  const type = attribute.type?.text ?? "";
  const picker = pickerOf(attribute.name);
  if (picker) return { kind: "picker", source: picker };
  if (attribute.name === "heading-level") return { kind: "heading" };
  if (type === "boolean") return { kind: "switch" };
  if (type === "number") return { kind: "number" };
  const options = literalValues(type);
  return options.length ? { kind: "select", options } : { kind: "text" };
}

const unquote = (value: string | undefined) => value?.replace(/^"(.*)"$/, "$1");

function tokenOf(property: ManifestMember): TokenSpec {
  const light = property.default ?? "";
  const description = property.description ?? "";
  const control = /^#[0-9a-f]{6}$/i.test(light) ? "color" : /^\d+(\.\d+)?(px|rem|em)$/.test(light) ? "size" : "text";
  return { name: property.name, description, light, dark: /dark scheme: (#[0-9a-f]{6})/i.exec(description)?.[1], control };
}

/** Every widget of the custom-elements manifest (the provider is the builder's, not a widget), by tag. */
export const widgets: WidgetSpec[] = manifest.modules
  .flatMap((module) => (module.declarations ?? []) as Array<{ tagName?: string; customElement?: boolean; summary?: string; attributes?: ManifestMember[]; cssProperties?: ManifestMember[] }>)
  .filter((declaration) => declaration.customElement && declaration.tagName && declaration.tagName !== "cj-provider")
  .map((declaration) => ({
    tag: declaration.tagName!,
    summary: declaration.summary ?? "",
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      description: attribute.description ?? "",
      default: unquote(attribute.default),
      control: controlOf(attribute),
    })),
    tokens: (declaration.cssProperties ?? []).map(tokenOf),
  }))
  .sort((a, b) => a.tag.localeCompare(b.tag));

export const widgetOf = (tag: string): WidgetSpec => widgets.find((widget) => widget.tag === tag) ?? widgets[0]!;

/** The value of each token in `state`: what the author set, else the dark default in the dark scheme. */
export function tokenValues(widget: WidgetSpec, tokens: Record<string, string>, scheme: "light" | "dark"): Array<[string, string]> {
  return widget.tokens.flatMap((token): Array<[string, string]> => {
    const value = tokens[token.name] ?? (scheme === "dark" ? token.dark : undefined);
    return value === undefined ? [] : [[token.name, value]];
  });
}
