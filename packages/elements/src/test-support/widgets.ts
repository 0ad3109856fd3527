import type { BaseClient } from "@chanjiao/sdk";
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { LitElement, TemplateResult } from "lit";
import type { CjErrorEvent } from "../shared/events.js";

/** The first element of `part` in a widget's shadow root. */
export function part(widget: Element, name: string): HTMLElement | null {
  return widget.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** Every element of `part` in a widget's shadow root. */
export function parts(widget: Element, name: string): HTMLElement[] {
  return [...widget.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/** The text a reader sees in a widget, its nested widgets included, with white space collapsed. */
export function shownText(node: Node): string {
  const text = (current: Node): string => {
    if (current instanceof Text) return current.data;
    const children = current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    return [...children].map(text).join(" ");
  };
  return text(node).replace(/\s+/g, " ");
}

/** Waits until a widget has finished loading and drawn what it loaded. */
export async function settled(widget: LitElement): Promise<void> {
  // A data widget says so itself; another waits until its base part is no longer busy.
  if ("loadComplete" in widget) return (widget as LitElement & { loadComplete: Promise<void> }).loadComplete;
  await widget.updateComplete;
  await waitUntil(() => part(widget, "base")?.getAttribute("aria-busy") === "false", `<${widget.localName}> kept loading`, { timeout: 8000 });
  await widget.updateComplete;
}

/**
 * Renders `widget` inside a provider (a client, or a base URL) under `lang`, in a column `width`
 * pixels wide, and records every cj-error from the start.
 */
export async function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  widget: TemplateResult,
  provider: { client: BaseClient } | { baseUrl: string },
  options: { lang?: string; width?: number } = {},
): Promise<{ widget: HTMLElementTagNameMap[K]; errors: CjErrorEvent[] }> {
  const errors: CjErrorEvent[] = [];
  const client = "client" in provider ? provider.client : undefined;
  const baseUrl = "baseUrl" in provider ? provider.baseUrl : undefined;
  const wrapper = await fixture<HTMLElement>(html`
    <div class="test-column" lang=${options.lang ?? "zh-CN"} @cj-error=${(event: CjErrorEvent) => errors.push(event)}>
      <cj-provider .client=${client} base-url=${baseUrl ?? ""}>${widget}</cj-provider>
    </div>
  `);
  wrapper.style.width = `${options.width ?? 720}px`;
  return { widget: wrapper.querySelector(tag)!, errors };
}

/**
 * Asserts that nothing drawn inside `widget`, nested shadow roots included, reaches past its left
 * or right edge. What a box that scrolls sideways holds (a wide table) is reached by scrolling that box.
 */
export function expectInsideBox(widget: Element): void {
  const box = widget.getBoundingClientRect();
  const walk = (children: Iterable<Element>): void => {
    for (const element of children) {
      const { left, right, width } = element.getBoundingClientRect();
      const name = `<${element.localName} class="${element.getAttribute("class") ?? ""}">`;
      if (width > 0) expect(right, `${name} overflows on the right`).to.be.at.most(box.right + 0.5);
      if (width > 0) expect(left, `${name} overflows on the left`).to.be.at.least(box.left - 0.5);
      if (element.shadowRoot) walk(element.shadowRoot.children);
      // Content can spill past the widget only out of a box that lets it show.
      if (getComputedStyle(element).overflowX === "visible") walk(element.children);
    }
  };
  walk(widget.shadowRoot!.children);
}

/** A list page as the API sends it. */
export function listPage(items: readonly unknown[]): { items: readonly unknown[]; nextCursor: null } {
  return { items, nextCursor: null };
}
