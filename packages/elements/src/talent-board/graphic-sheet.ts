import { render, svg, type SVGTemplateResult } from "lit";
import type { ChartTheme } from "./chart-theme.js";

/** What every downloaded graphic of the board carries besides its figures. */
export interface SheetInput {
  title: string;
  theme: ChartTheme;
  font: string;
  /** Lines under the chart: sources, the sample note. */
  notes: readonly string[];
}

export interface TextOptions {
  size?: number;
  fill?: string;
  anchor?: "start" | "middle" | "end";
  weight?: number;
}

/** A text of the sheet, cut with an ellipsis where it would run past `room` pixels or the sheet's edge. */
export type SheetText = (x: number, y: number, content: string, options?: TextOptions & { room?: number }) => SVGTemplateResult;

/** The sheet's width, its margin, and where the chart starts below the title and the legend line. */
export const sheet = { width: 760, pad: 16, top: 88, legendY: 68 } as const;

/** `text` cut with an ellipsis to fit `room` pixels in the measuring context's font. */
function fitted(measure: CanvasRenderingContext2D, text: string, room: number): string {
  if (measure.measureText(text).width <= room) return text;
  let cut = text.slice(0, 80);
  while (cut && measure.measureText(`${cut}…`).width > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * A board graphic as a standalone SVG document of fixed width: a background, the title, the chart
 * `body` draws between `sheet.top` and `sheet.top + bodyHeight`, and the notes under it. Every colour
 * and font is written out (no stylesheet) and only rectangles, lines and texts are drawn, so that the
 * shared `pngFile` can paint the same document on a canvas. Long texts are cut to the sheet.
 */
export function sheetGraphic(input: SheetInput, bodyHeight: number, body: (text: SheetText) => unknown): SVGSVGElement {
  const { theme, font } = input;
  const { width, pad, top } = sheet;
  const measure = document.createElement("canvas").getContext("2d")!;
  const text: SheetText = (x, y, content, options = {}) => {
    const size = options.size ?? 13;
    const weight = options.weight ?? 400;
    const anchor = options.anchor ?? "start";
    measure.font = `${weight} ${size}px ${font}`;
    const edge = anchor === "end" ? x - pad : anchor === "middle" ? 2 * Math.min(x - pad, width - pad - x) : width - pad - x;
    return svg`<text x=${x} y=${y} fill=${options.fill ?? theme.ink} font-size=${size} font-weight=${weight} text-anchor=${anchor} dominant-baseline="central">${fitted(measure, content, Math.min(edge, options.room ?? edge))}</text>`;
  };
  const bottom = top + bodyHeight;
  const height = bottom + 24 + input.notes.length * 18;
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const [name, value] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, "font-family": font })) root.setAttribute(name, String(value));
  render(
    svg`<rect x="0" y="0" width=${width} height=${height} fill=${theme.surface}></rect>
      ${text(pad, 28, input.title, { size: 18, weight: 600 })}
      ${body(text)}
      ${input.notes.map((note, index) => text(pad, bottom + 24 + index * 18, note, { size: 11, fill: theme.text }))}`,
    root,
  );
  return root;
}
