import { nothing, svg } from "lit";
import { barScale } from "./bar-scale.js";
import type { GapItem } from "./gap-table.js";
import { sheet, sheetGraphic, type SheetInput } from "./graphic-sheet.js";

/** What downloaded paired bars show: the groups in the board's order, the words of the legend and the figures as the board writes them. */
export interface PairedGraphicInput extends SheetInput {
  /** The groups, largest demand first. */
  items: readonly GapItem[];
  words: { demand: string; supply: string };
  format(value: number): string;
}

const { width, pad, top, legendY } = sheet;
const rowHeight = 32;
const nameWidth = 200;
const barStart = pad + nameWidth + 12;
const barEnd = width - pad - 64;
const barHeight = 11;

/** Demand against supply per group as a standalone graphic: the same paired bars from a common zero, each labelled with its figure. */
export function pairedGraphic(input: PairedGraphicInput): SVGSVGElement {
  const { items, theme, words } = input;
  const scale = barScale(items.flatMap((item) => [item.demand, item.supply ?? 0]));
  const x = (value: number) => barStart + ((barEnd - barStart) * scale.at(value)) / 100;
  return sheetGraphic(input, items.length * rowHeight, (text) => {
    const bar = (value: number, y: number, fill: string) =>
      svg`<rect x=${barStart} y=${y} width=${x(value) - barStart} height=${barHeight} fill=${fill}></rect>
        ${text(x(value) + 4, y + barHeight / 2, input.format(value), { size: 11 })}`;
    const key = (at: number, fill: string, word: string) => svg`<rect x=${at} y=${legendY - 6} width="12" height="12" fill=${fill}></rect>${text(at + 16, legendY, word, { size: 12, fill: theme.text })}`;
    const rows = items.map((item, index) => {
      const y = top + index * rowHeight + rowHeight / 2;
      return svg`${text(pad, y, item.label, { room: nameWidth })}
        ${bar(item.demand, y - barHeight - 1, theme.demand)}
        ${item.supply === null ? nothing : bar(item.supply, y + 1, theme.supply)}`;
    });
    return svg`${key(pad, theme.demand, words.demand)} ${key(pad + 120, theme.supply, words.supply)}
      <line x1=${barStart} x2=${barStart} y1=${top} y2=${top + items.length * rowHeight} stroke=${theme.text} stroke-width="1"></line>
      ${rows}`;
  });
}
