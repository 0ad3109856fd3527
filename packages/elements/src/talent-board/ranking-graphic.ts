import type { MajorSignalKind } from "@chanjiao/sdk";
import { nothing, svg } from "lit";
import { barExtent, barScale } from "./bar-scale.js";
import { barValue } from "./gap-ranking.js";
import type { GapItem } from "./gap-table.js";
import { sheet, sheetGraphic, type SheetInput } from "./graphic-sheet.js";

/** What a downloaded ranking shows: the board's first view with its title and sources. */
export interface RankingGraphicInput extends SheetInput {
  items: readonly GapItem[];
  supplyKnown: boolean;
  signals: ReadonlyMap<string, MajorSignalKind>;
  words: { shortageSide: string; surplusSide: string; ratioHeading: string; persistent: Record<MajorSignalKind, string> };
  figure(item: GapItem): string;
  ratio(item: GapItem): string;
}

const { width, pad, top, legendY } = sheet;
const rowHeight = 26;
const nameWidth = 200;
const figureWidth = 52;
const ratioWidth = 64;
/** The mark of a persistent imbalance, right-aligned before the ratio; longer marks are cut. */
const signalWidth = 144;
const barStart = pad + nameWidth + figureWidth + 12;
const barEnd = width - pad - ratioWidth - signalWidth - figureWidth;

/** The ranking as a standalone graphic: the same diverging bars, figures, marks and ratios as the board's first view. */
export function rankingGraphic(input: RankingGraphicInput): SVGSVGElement {
  const { items, theme, words } = input;
  const scale = barScale(items.map((item) => barValue(item, input.supplyKnown) ?? 0));
  const x = (percent: number) => barStart + ((barEnd - barStart) * percent) / 100;
  const zero = x(scale.zero);
  const bottom = top + items.length * rowHeight;
  const surplusShown = input.supplyKnown && items.some((item) => (item.gap ?? 0) < 0);
  return sheetGraphic(input, items.length * rowHeight, (text) => {
    const rows = items.map((item, index) => {
      const y = top + index * rowHeight + rowHeight / 2;
      const value = barValue(item, input.supplyKnown);
      const signal = input.signals.get(item.key);
      const surplus = value !== null && value < 0;
      const bar = value === null ? undefined : barExtent(scale, value);
      const end = value === null ? zero : x(scale.at(value));
      return svg`${text(pad, y, item.label, { room: nameWidth })}
        ${bar ? svg`<rect x=${x(bar.x)} y=${y - 8} width=${x(bar.x + bar.width) - x(bar.x)} height="16" fill=${surplus ? theme.supply : theme.demand} stroke=${signal ? theme.ink : "none"} stroke-width="1.5"></rect>` : nothing}
        ${text(end + (surplus ? -4 : 4), y, input.figure(item), { anchor: surplus ? "end" : "start", size: 12 })}
        ${signal ? text(width - pad - ratioWidth, y, words.persistent[signal], { anchor: "end", size: 12, fill: signal === "surplus" ? theme.supply : theme.demand, weight: 600, room: signalWidth - 8 }) : nothing}
        ${text(width - pad, y, input.ratio(item), { anchor: "end", size: 12, fill: theme.text })}`;
    });
    return svg`${surplusShown ? text(zero - 6, legendY, `← ${words.surplusSide}`, { anchor: "end", size: 12, fill: theme.text }) : nothing}
      ${input.supplyKnown ? text(zero + 6, legendY, `${words.shortageSide} →`, { size: 12, fill: theme.text }) : nothing}
      ${input.supplyKnown ? text(width - pad, legendY, words.ratioHeading, { anchor: "end", size: 12, fill: theme.text }) : nothing}
      <line x1=${zero} x2=${zero} y1=${top} y2=${bottom} stroke=${theme.text} stroke-width="1"></line>
      ${rows}`;
  });
}
