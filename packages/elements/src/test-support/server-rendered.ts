import { render, type TemplateResult } from "lit";

/** The markup of `template`, as a page would hold it. */
function markupOf(template: TemplateResult): string {
  const holder = document.createElement("div");
  render(template, holder);
  return holder.firstElementChild!.outerHTML;
}

/**
 * Mounts `template` as the server draws it (see web-test-runner.config.js): inside a provider of
 * `baseUrl` under `lang`, in a column of the width `mount` gives, parsed with its declarative
 * shadow roots as a browser parses a page.
 */
export async function mountServerRendered(template: TemplateResult, baseUrl: string, lang = "zh-CN"): Promise<HTMLElement> {
  const markup = `<div class="test-column" lang="${lang}" style="width: 720px"><cj-provider base-url="${baseUrl}">${markupOf(template)}</cj-provider></div>`;
  const response = await fetch(`/__chanjiao/server-rendered?html=${encodeURIComponent(markup)}`);
  const page = document.createElement("div");
  page.setHTMLUnsafe(await response.text());
  document.body.append(page);
  return page;
}

/** Each element of a shadow root, nested ones included, as its tag and parts: what `<style>` the server adds left out. */
export function structureOf(root: ParentNode): string[] {
  return [...root.querySelectorAll("*")]
    .filter((element) => element.localName !== "style")
    .flatMap((element) => [`${element.localName}${element.hasAttribute("part") ? `[${element.getAttribute("part")}]` : ""}`, ...(element.shadowRoot ? structureOf(element.shadowRoot) : [])]);
}

/**
 * The text a reader sees in a widget, without the server's `<style>` elements or SVG tooltips, and without white
 * space, which Lit's markers in the two drawings place differently.
 */
export function textOf(node: Node): string {
  const text = (current: Node): string => {
    if (current instanceof Text) return current.data;
    // The tooltip of an SVG text is filled by the browser (see pathway-diagram.ts).
    if (current instanceof HTMLStyleElement || current instanceof SVGTitleElement) return "";
    const children = current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    return [...children].map(text).join(" ");
  };
  return text(node).replace(/\s+/g, "");
}
