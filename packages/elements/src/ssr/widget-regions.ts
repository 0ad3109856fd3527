import { parse, parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

/** A stretch of the page that holds widgets: an outermost `cj-*` element and what it holds. */
export interface WidgetRegion {
  start: number;
  end: number;
  /** The `lang` each widget of the region finds around it (its own included), in document order. */
  langs: Array<string | null>;
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/**
 * The stretches of `page` (a whole document or a fragment) to render: each outermost element whose
 * tag `isWidget` or `isContainer` accepts, with the langs of the widgets inside. Everything
 * around them is left byte for byte as it was.
 */
export function widgetRegions(page: string, isWidget: (tag: string) => boolean, isContainer: (tag: string) => boolean): WidgetRegion[] {
  const options = { sourceCodeLocationInfo: true };
  const root = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html)/i.test(page) ? parse(page, options) : parseFragment(page, options);
  const regions: WidgetRegion[] = [];
  const visit = (node: Node, lang: string | null, region: WidgetRegion | undefined): void => {
    if (!isElement(node) && !("childNodes" in node)) return;
    let inner = region;
    if (isElement(node)) {
      lang = node.attrs.find((attribute) => attribute.name === "lang")?.value ?? lang;
      const location = node.sourceCodeLocation;
      if (!inner && (isWidget(node.tagName) || isContainer(node.tagName)) && location?.endTag) {
        inner = { start: location.startOffset, end: location.endOffset, langs: [] };
        regions.push(inner);
      }
      if (inner && isWidget(node.tagName)) inner.langs.push(lang);
    }
    for (const child of node.childNodes) visit(child, lang, inner);
  };
  visit(root, null, undefined);
  return regions;
}
