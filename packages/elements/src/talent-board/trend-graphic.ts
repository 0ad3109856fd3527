import { nothing, svg } from "lit";
import type { GapItem } from "./gap-table.js";
import { sheet, sheetGraphic, type SheetInput } from "./graphic-sheet.js";
import { trendSeries } from "./trend-config.js";

/** What a downloaded trend chart shows: every group's line, one highlighted, with the words of its legend. */
export interface TrendGraphicInput extends SheetInput {
  items: readonly GapItem[];
  periods: readonly number[];
  /** The index of the group drawn in colour; the others are grey. */
  highlighted: number;
  /** The legend's name for the grey lines. */
  othersWord: string;
  format(value: number): string;
}

const { width, pad, top, legendY } = sheet;
const plotHeight = 240;
const plotLeft = pad + 64;
const plotRight = width - pad - 24;
/** Room under the plot for the years. */
const axisHeight = 36;

/** Round steps of 1, 2 or 5 times a power of ten from below the lowest value (or zero) to above the highest. */
export function niceTicks(values: readonly number[], count = 5): number[] {
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const rough = (high - low || 1) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let tick = Math.floor(low / step) * step; tick <= Math.ceil(high / step) * step + step / 2; tick += step) ticks.push(Math.round(tick / step) * step);
  return ticks;
}

/**
 * The trend chart as a standalone graphic drawn from the same series as the chart: the other
 * groups grey behind, the highlighted group in colour on top and named in the legend, the years
 * under the plot and zero drawn darker than the other grid lines. Lines are drawn as
 * segments, so that the shared `pngFile` paints them as it paints the bars.
 */
export function trendGraphic(input: TrendGraphicInput): SVGSVGElement {
  const { theme, periods } = input;
  const series = trendSeries(input.items, periods);
  const ticks = niceTicks(series.flat().filter((value) => value !== null));
  const [low, high] = [ticks[0]!, ticks.at(-1)!];
  const y = (value: number) => top + plotHeight - ((value - low) / (high - low || 1)) * plotHeight;
  const x = (index: number) => (periods.length > 1 ? plotLeft + ((plotRight - plotLeft) * index) / (periods.length - 1) : (plotLeft + plotRight) / 2);
  const line = (values: ReadonlyArray<number | null>, colour: string, strokeWidth: number) =>
    values.slice(1).map((value, index) => {
      const before = values[index];
      return value === null || before === null || before === undefined
        ? nothing
        : svg`<line x1=${x(index)} y1=${y(before)} x2=${x(index + 1)} y2=${y(value)} stroke=${colour} stroke-width=${strokeWidth}></line>`;
    });
  const highlighted = series[input.highlighted];
  const item = input.items[input.highlighted];
  return sheetGraphic(input, plotHeight + axisHeight, (text) => {
    const key = (at: number, colour: string, strokeWidth: number, word: string, room: number) =>
      svg`<line x1=${at} x2=${at + 18} y1=${legendY} y2=${legendY} stroke=${colour} stroke-width=${strokeWidth}></line>${text(at + 24, legendY, word, { size: 12, fill: theme.text, room })}`;
    return svg`${key(pad, theme.grid, 1.5, input.othersWord, 100)} ${item ? key(pad + 140, theme.highlight, 3, item.label, width - 2 * pad - 164) : nothing}
      ${ticks.map(
        (tick) => svg`<line x1=${plotLeft} x2=${plotRight} y1=${y(tick)} y2=${y(tick)} stroke=${tick === 0 ? theme.text : theme.grid} stroke-width="1"></line>
          ${text(plotLeft - 8, y(tick), input.format(tick), { anchor: "end", size: 11, fill: theme.text })}`,
      )}
      ${periods.map((period, index) => text(x(index), top + plotHeight + axisHeight / 2, String(period), { anchor: "middle", size: 11, fill: theme.text }))}
      ${series.map((values, index) => (index === input.highlighted ? nothing : line(values, theme.grid, 1.5)))}
      ${highlighted ? line(highlighted, theme.highlight, 3) : nothing}`;
  });
}
