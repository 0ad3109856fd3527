/// <reference types="node" />
import { readFileSync } from "node:fs";
import { renderWidgets, type ServerRenderOptions } from "./render-widgets.js";

/** A request for a fragment that names no widget (404) or gives one a setting it does not take (400). */
export class FragmentError extends Error {
  override readonly name = "FragmentError";
  readonly status: 400 | 404;
  /** The attribute at fault, when there is one. */
  readonly attribute: string | undefined;

  constructor(status: 400 | 404, message: string, attribute?: string) {
    super(message);
    this.status = status;
    this.attribute = attribute;
  }
}

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}

interface Manifest {
  modules: Array<{ declarations?: Array<{ tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[]; superclass?: { name: string } }> }>;
}

/** The languages a server rendering speaks: those built in. */
const languages = ["zh-CN", "en"];

/** What an attribute takes, from its type in the manifest: one of some words, a number, or any text. */
type Accepted = { words: string[] } | "number" | "text";

function accepted(type: string | undefined): Accepted {
  const members = (type ?? "").split("|").map((member) => member.trim()).filter((member) => member !== "undefined");
  if (members.length > 0 && members.every((member) => /^"[^"]*"$/.test(member))) return { words: members.map((member) => member.slice(1, -1)) };
  return members.length === 1 && members[0] === "number" ? "number" : "text";
}

let widgets: Map<string, Map<string, Accepted>> | undefined;

/** Each data widget's attributes, as the custom-elements manifest shipped beside the code describes them. */
function widgetAttributes(): Map<string, Map<string, Accepted>> {
  if (widgets) return widgets;
  const manifest = JSON.parse(readFileSync(new URL("../../custom-elements.json", import.meta.url), "utf8")) as Manifest;
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  widgets = new Map(
    declarations
      .filter((declaration) => declaration.customElement && declaration.tagName && declaration.superclass?.name === "CjDataElement")
      .map((declaration) => [declaration.tagName!, new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, accepted(attribute.type?.text)]))]),
  );
  return widgets;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The widget's tag with `attributes`, each checked against the manifest, its value escaped. */
export function widgetMarkup(tag: string, attributes: Iterable<[string, string]>): string {
  const known = widgetAttributes().get(tag);
  if (!known) throw new FragmentError(404, `There is no widget <${tag}>. The widgets are ${[...widgetAttributes().keys()].join(", ")}.`);
  let markup = `<${tag}`;
  const given = new Set<string>();
  for (const [name, value] of attributes) {
    if (given.has(name)) throw new FragmentError(400, `The attribute ${name} is given twice.`, name);
    given.add(name);
    const takes = name === "lang" ? { words: languages } : known.get(name);
    if (!takes) throw new FragmentError(400, `<${tag}> has no attribute ${JSON.stringify(name)}. Its attributes are ${[...known.keys(), "lang"].join(", ")}.`, name);
    if (typeof takes === "object" && !takes.words.includes(value)) throw new FragmentError(400, `${name} of <${tag}> must be one of ${takes.words.join(", ")}.`, name);
    if (takes === "number" && !(value.trim() !== "" && Number.isFinite(Number(value)))) throw new FragmentError(400, `${name} of <${tag}> must be a number.`, name);
    markup += ` ${name}="${escapeAttribute(value)}"`;
  }
  return `${markup}></${tag}>`;
}

/**
 * One widget drawn on the server with its data, for a page to include as it is (a CMS include):
 * inside a `<cj-provider>` of `apiRoot`, the API the page's browser reaches, followed by the
 * answers it read. `attributes` are checked against the widget's attributes in the manifest.
 *
 * @throws FragmentError for a tag that is no widget (404), or an attribute the widget does not take or a value it cannot (400).
 */
export async function renderFragment(tag: string, attributes: Iterable<[string, string]>, options: ServerRenderOptions & { apiRoot: string }): Promise<string> {
  const { apiRoot, ...reading } = options;
  return renderWidgets(`<cj-provider base-url="${escapeAttribute(apiRoot)}">${widgetMarkup(tag, attributes)}</cj-provider>`, reading);
}
