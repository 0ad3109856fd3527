import { expect } from "@open-wc/testing";

/** The element that has focus, looked for inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What a user can act on: native controls, links, and anything given a role of one or a tabindex. */
const controlSelector =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable], ' +
  '[role="button"], [role="link"], [role="checkbox"], [role="switch"], [role="tab"], [role="option"], [role="menuitem"]';

/** The elements inside `host`, nested shadow trees and slotted children included, in the composed order Tab follows. */
function composedElements(host: Element): Element[] {
  const found: Element[] = [];
  const walk = (elements: Iterable<Element>): void => {
    for (const element of elements) {
      if (element instanceof HTMLSlotElement) {
        walk(element.assignedElements({ flatten: true }));
        continue;
      }
      found.push(element);
      walk(element.shadowRoot?.children ?? element.children);
    }
  };
  walk(host.shadowRoot?.children ?? host.children);
  return found;
}

/** The controls inside `host` that are drawn and enabled, in document order. */
export function controlsOf(host: Element): Element[] {
  return composedElements(host).filter(
    (element) => element.matches(controlSelector) && !element.matches(":disabled") && element.checkVisibility({ visibilityProperty: true }),
  );
}

/** How an element reads in a failure message. */
export function describeElement(element: Element | null): string {
  if (!element) return "nothing";
  const attributes = ["id", "part", "class", "aria-label"].flatMap((name) => (element.hasAttribute(name) ? [`${name}="${element.getAttribute(name)}"`] : []));
  const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 24);
  return `<${[element.localName, ...attributes].join(" ")}>${text}`;
}

/**
 * How focus on `element` is drawn: its outline, and for a drawing (an SVG group) the stroke of its
 * shape, which stands in for an outline there.
 */
export function focusDrawing(element: Element): string {
  const own = getComputedStyle(element);
  const shape = element instanceof SVGElement ? element.querySelector("rect, path, circle") : null;
  const stroke = shape ? getComputedStyle(shape) : undefined;
  return [own.outlineStyle, own.outlineWidth, own.outlineColor, own.boxShadow, stroke?.stroke, stroke?.strokeWidth, stroke?.strokeDasharray].join(" ");
}

/**
 * Asserts that the focused `element` shows it: it matches `:focus-visible`, and an HTML control has
 * an outline at least 2 px wide, while a drawn control is drawn otherwise than when it had no focus
 * (`unfocused`, from `focusDrawing`).
 */
export function expectVisiblyFocused(element: Element, unfocused: string): void {
  const name = describeElement(element);
  expect(element.matches(":focus-visible"), `${name} matches :focus-visible`).to.equal(true);
  if (element instanceof SVGElement) {
    expect(focusDrawing(element), `${name} is drawn otherwise with focus`).to.not.equal(unfocused);
    return;
  }
  const style = getComputedStyle(element);
  expect(style.outlineStyle, `${name}'s outline`).to.not.equal("none");
  expect(Number.parseFloat(style.outlineWidth), `${name}'s outline width`).to.be.at.least(2);
}

/**
 * Asserts that `elements` come in reading order: each one below the one before, or beside it further
 * along the line (to the right, or to the left right to left), as in a row of chips or a grid of cards.
 */
export function expectReadingOrder(elements: Element[], dir: "ltr" | "rtl" = "ltr"): void {
  const boxes = elements.map((element) => element.getBoundingClientRect());
  for (let index = 1; index < boxes.length; index += 1) {
    const [before, after] = [boxes[index - 1]!, boxes[index]!];
    const below = after.top >= before.top - 1;
    const further = dir === "ltr" ? after.left >= before.right - 1 : after.right <= before.left + 1;
    expect(below || further, `${describeElement(elements[index]!)} comes after ${describeElement(elements[index - 1]!)} but reads before it`).to.equal(true);
  }
}
