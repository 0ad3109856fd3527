import { downloadFile } from "./download.js";

/** The files a graphic downloads as. */
export type GraphicFormat = "svg" | "png";

const svgNamespace = "http://www.w3.org/2000/svg";

/** The look of each drawn element, copied from the page so that the file looks as the widget does without its stylesheet. */
const copied = ["fill", "stroke", "stroke-width", "font-family", "font-size", "font-weight", "text-anchor", "dominant-baseline"] as const;
const drawnShapes = "rect, line, text, tspan";
const interactive = ["tabindex", "role", "aria-label", "aria-pressed", "aria-hidden", "part", "class", "data-code", "data-label"];

/**
 * A copy of an SVG drawn in a widget as a document of its own: every colour and font written out
 * from the page's styles, no interactive attributes, a title and a background.
 */
export function standaloneSvg(drawn: SVGSVGElement, title: string, background: string): SVGSVGElement {
  const copy = drawn.cloneNode(true) as SVGSVGElement;
  const originals = [...drawn.querySelectorAll<SVGElement>(drawnShapes)];
  [...copy.querySelectorAll<SVGElement>(drawnShapes)].forEach((element, index) => {
    const style = getComputedStyle(originals[index]!);
    for (const property of copied) element.setAttribute(property, style.getPropertyValue(property));
  });
  for (const element of [copy, ...copy.querySelectorAll("*")]) for (const name of interactive) element.removeAttribute(name);
  const [, , width = "0", height = "0"] = (copy.getAttribute("viewBox") ?? "").split(" ");
  for (const [name, value] of Object.entries({ xmlns: svgNamespace, width, height, "font-family": getComputedStyle(drawn).fontFamily })) copy.setAttribute(name, value);
  const backdrop = document.createElementNS(svgNamespace, "rect");
  for (const [name, value] of Object.entries({ width, height, fill: background })) backdrop.setAttribute(name, value);
  const heading = document.createElementNS(svgNamespace, "title");
  heading.textContent = title;
  copy.prepend(heading, backdrop);
  return copy;
}

/** The SVG file of a standalone graphic, without the markers a Lit template leaves in it. */
export function svgFile(root: SVGSVGElement): Blob {
  const markup = new XMLSerializer().serializeToString(root).replace(/<!--[^]*?-->/g, "");
  return new Blob([markup], { type: "image/svg+xml" });
}

/** The sum of the `translate()`s of an element's ancestors up to the root. */
function offsetOf(element: Element, root: Element): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let at = element.parentElement; at && at !== root; at = at.parentElement) {
    const translate = /translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)/.exec(at.getAttribute("transform") ?? "");
    if (translate) {
      x += Number(translate[1]);
      y += Number(translate[2]);
    }
  }
  return { x, y };
}

/** An attribute of the element, else of the nearest ancestor that has it (a tspan takes its text's font). */
function inherited(element: Element, name: string): string | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const value = at.getAttribute(name);
    if (value !== null && value !== "") return value;
  }
  return null;
}

const painted = (colour: string | null): colour is string => colour !== null && colour !== "none" && colour !== "transparent" && colour !== "rgba(0, 0, 0, 0)";

/**
 * The PNG file of a standalone graphic at twice its size, painted shape by shape on a canvas
 * (rectangles, lines, texts and their spans, moved by `translate()`) rather than loaded as an
 * image, so that it works under a Content-Security-Policy without `img-src blob:`.
 */
export function pngFile(root: SVGSVGElement): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = Number(root.getAttribute("width")) * 2;
  canvas.height = Number(root.getAttribute("height")) * 2;
  const context = canvas.getContext("2d")!;
  context.scale(2, 2);
  const number = (shape: Element, name: string) => Number.parseFloat(shape.getAttribute(name) ?? "0") || 0;
  for (const shape of root.querySelectorAll(drawnShapes)) {
    const { x: dx, y: dy } = offsetOf(shape, root);
    const fill = inherited(shape, "fill");
    const stroke = shape.getAttribute("stroke");
    context.lineWidth = number(shape, "stroke-width") || 1;
    if (shape.localName === "rect") {
      context.beginPath();
      context.roundRect(dx + number(shape, "x"), dy + number(shape, "y"), number(shape, "width"), number(shape, "height"), number(shape, "rx"));
      if (painted(fill)) (context.fillStyle = fill), context.fill();
      if (painted(stroke)) (context.strokeStyle = stroke), context.stroke();
    } else if (shape.localName === "line") {
      context.strokeStyle = painted(stroke) ? stroke : "#000";
      context.beginPath();
      context.moveTo(dx + number(shape, "x1"), dy + number(shape, "y1"));
      context.lineTo(dx + number(shape, "x2"), dy + number(shape, "y2"));
      context.stroke();
    } else if (shape.localName === "text" && shape.querySelector("tspan")) {
      continue; // Its spans are painted one by one.
    } else {
      paintText(context, shape, dx, dy, fill, number);
    }
  }
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}

/** A text, or a span of one: spans take the text's position and font, and move down by `dy` from the span before. */
function paintText(context: CanvasRenderingContext2D, shape: Element, dx: number, dy: number, fill: string | null, number: (shape: Element, name: string) => number): void {
  const text = shape.localName === "tspan" ? shape.parentElement! : shape;
  let y = number(text, "y");
  if (shape !== text) for (let span: Element | null = text.firstElementChild; span; span = span.nextElementSibling) {
    y += number(span, "dy");
    if (span === shape) break;
  }
  const x = shape.hasAttribute("x") ? number(shape, "x") : number(text, "x");
  const anchor = inherited(shape, "text-anchor");
  context.fillStyle = painted(fill) ? fill : "#000";
  context.font = `${inherited(shape, "font-weight") ?? 400} ${Number.parseFloat(inherited(shape, "font-size") ?? "13")}px ${inherited(shape, "font-family") ?? "sans-serif"}`;
  context.textAlign = anchor === "end" ? "end" : anchor === "middle" ? "center" : "start";
  context.textBaseline = /central|middle/.test(inherited(shape, "dominant-baseline") ?? "") ? "middle" : "alphabetic";
  const length = shape.getAttribute("textLength");
  context.fillText(shape.textContent ?? "", dx + x, dy + y, length ? Number(length) : undefined);
}

/** Saves a standalone graphic as `name.svg` or `name.png`. */
export async function saveGraphic(format: GraphicFormat, name: string, root: SVGSVGElement): Promise<void> {
  const file = format === "svg" ? svgFile(root) : await pngFile(root);
  if (file) downloadFile(`${name}.${format}`, file);
}
