import type { MajorSignalKind } from "@chanjiao/sdk";
import { nothing, render, svg } from "lit";
import { barExtent, barScale } from "./bar-scale.js";
import type { ChartTheme } from "./chart-theme.js";
import { barValue } from "./gap-ranking.js";
import type { GapItem } from "./gap-table.js";

/** What a downloaded ranking shows: the board's first view with its title and sources. */
export interface GraphicInput {
  title: string;
  items: readonly GapItem[];
  supplyKnown: boolean;
  signals: ReadonlyMap<string, MajorSignalKind>;
  theme: ChartTheme;
  font: string;
  words: { shortageSide: string; surplusSide: string; ratioHeading: string; persistent: Record<MajorSignalKind, string> };
  figure(item: GapItem): string;
  ratio(item: GapItem): string;
  /** Lines under the chart: sources, the sample note. */
  notes: readonly string[];
}

const width = 760;
const pad = 16;
const rowHeight = 26;
const nameWidth = 200;
const barStart = pad + nameWidth + 64;
const barEnd = width - pad - 56 - 84 - 64;

/** `text` cut with an ellipsis to fit `room` pixels in `font`, as a name must not run into the bars. */
function fitted(measure: CanvasRenderingContext2D, text: string, room: number): string {
  if (measure.measureText(text).width <= room) return text;
  let cut = text.slice(0, 80);
  while (cut && measure.measureText(`${cut}…`).width > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * The ranking as a standalone SVG document of fixed size, every colour and font written out (no
 * stylesheet), drawn with rectangles, lines and text only so that the shared `pngFile` can paint it on a
 * canvas. Long names and notes are cut to the width of the graphic.
 */
export function rankingGraphic(input: GraphicInput): SVGSVGElement {
  const { items, theme, words } = input;
  const measure = document.createElement("canvas").getContext("2d")!;
  const scale = barScale(items.map((item) => barValue(item, input.supplyKnown) ?? 0));
  const x = (percent: number) => barStart + ((barEnd - barStart) * percent) / 100;
  const zero = x(scale.zero);
  const top = 88;
  const bottom = top + items.length * rowHeight;
  const text = (at: number, y: number, content: string, options: { size?: number; fill?: string; anchor?: string; weight?: number } = {}) => {
    measure.font = `${options.weight ?? 400} ${options.size ?? 13}px ${input.font}`;
    const room = options.anchor === "end" ? at - pad : width - pad - at;
    return svg`<text x=${at} y=${y} fill=${options.fill ?? theme.ink} font-size=${options.size ?? 13} font-weight=${options.weight ?? 400} text-anchor=${options.anchor ?? "start"} dominant-baseline="central">${fitted(measure, content, room)}</text>`;
  };
  const rows = items.map((item, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    const value = barValue(item, input.supplyKnown);
    const signal = input.signals.get(item.key);
    const surplus = value !== null && value < 0;
    const colour = surplus ? theme.supply : theme.demand;
    const bar = value === null ? undefined : barExtent(scale, value);
    const end = value === null ? zero : x(scale.at(value));
    measure.font = `400 13px ${input.font}`;
    return svg`${text(pad, y, fitted(measure, item.label, nameWidth))}
      ${bar ? svg`<rect x=${x(bar.x)} y=${y - 8} width=${x(bar.x + bar.width) - x(bar.x)} height="16" fill=${colour} stroke=${signal ? theme.ink : "none"} stroke-width="1.5"></rect>` : nothing}
      ${text(end + (surplus ? -4 : 4), y, input.figure(item), { anchor: surplus ? "end" : "start", size: 12 })}
      ${signal ? text(width - pad - 64, y, words.persistent[signal], { anchor: "end", size: 12, fill: signal === "surplus" ? theme.supply : theme.demand, weight: 600 }) : nothing}
      ${text(width - pad, y, input.ratio(item), { anchor: "end", size: 12, fill: theme.text })}`;
  });
  const surplusShown = input.supplyKnown && items.some((item) => (item.gap ?? 0) < 0);
  const graphic = svg`<rect x="0" y="0" width=${width} height=${bottom + 24 + input.notes.length * 18} fill=${theme.surface}></rect>
    ${text(pad, 28, input.title, { size: 18, weight: 600 })}
    ${surplusShown ? text(zero - 6, 68, `← ${words.surplusSide}`, { anchor: "end", size: 12, fill: theme.text }) : nothing}
    ${input.supplyKnown ? text(zero + 6, 68, `${words.shortageSide} →`, { size: 12, fill: theme.text }) : nothing}
    ${input.supplyKnown ? text(width - pad, 68, words.ratioHeading, { anchor: "end", size: 12, fill: theme.text }) : nothing}
    <line x1=${zero} x2=${zero} y1=${top} y2=${bottom} stroke=${theme.text} stroke-width="1"></line>
    ${rows}
    ${input.notes.map((note, index) => text(pad, bottom + 24 + index * 18, note, { size: 11, fill: theme.text }))}`;
  const root = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  const height = bottom + 24 + input.notes.length * 18;
  for (const [name, value] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, "font-family": input.font })) root.setAttribute(name, String(value));
  render(graphic, root);
  return root;
}
