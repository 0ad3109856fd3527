import type { TalentGaps } from "@chanjiao/sdk";
import type { messages } from "./messages.js";
import { fill } from "./messages.js";

/** One group of the board: what `cj-select` carries. */
export type GapItem = TalentGaps["items"][number];

type Strings = (typeof messages)["en"];

/** A cell: a number (formatted for the page, written plain to CSV) or a word such as "no supply". */
export type CellValue = number | string;

export interface GapColumn {
  header: string;
  value(item: GapItem): CellValue;
  /** Decimal places a number may show. */
  fractionDigits?: number;
}

/**
 * Largest shortage first, then smaller ones, balance and surpluses; groups whose supply is not
 * recorded (no gap) follow, by demand. Ties keep a stable order by label.
 */
export function rankByGap(items: readonly GapItem[]): GapItem[] {
  return [...items].sort((a, b) => {
    if (a.gap !== null && b.gap !== null) return b.gap - a.gap || a.label.localeCompare(b.label);
    if (a.gap === null && b.gap === null) return b.demand - a.demand || a.label.localeCompare(b.label);
    return a.gap === null ? 1 : -1;
  });
}

/** Largest demand first, the order of the paired bars. */
export function byDemand(items: readonly GapItem[]): GapItem[] {
  return [...items].sort((a, b) => b.demand - a.demand);
}

/** Whether any group records supply; by industry none does, and the board then shows demand only. */
export function hasSupply(items: readonly GapItem[]): boolean {
  return items.some((item) => item.supply !== null);
}

/** The ratio as a number, or the words that say why there is none. */
export function ratioValue(item: GapItem, t: Strings): CellValue {
  if (item.ratio !== null) return item.ratio;
  return item.supply === null ? t.supplyNotRecorded : t.noSupply;
}

/**
 * The columns of the table view and of the CSV: group, demand, supply, gap, ratio, then demand and
 * supply per period when the answer covers several.
 */
export function gapColumns(gaps: TalentGaps, groupHeader: string, t: Strings): GapColumn[] {
  const supplyKnown = hasSupply(gaps.items);
  const columns: GapColumn[] = [
    { header: groupHeader, value: (item) => item.label },
    { header: t.demand, value: (item) => item.demand },
  ];
  if (supplyKnown) {
    columns.push(
      { header: t.supply, value: (item) => item.supply ?? t.supplyNotRecorded },
      { header: t.gap, value: (item) => item.gap ?? t.supplyNotRecorded },
      { header: t.ratio, value: (item) => ratioValue(item, t), fractionDigits: 2 },
    );
  }
  if (gaps.periods.length > 1) {
    for (const period of gaps.periods) {
      const point = (item: GapItem) => item.trend.find((entry) => entry.period === period);
      columns.push({ header: fill(t.periodColumn, { period, measure: t.demand }), value: (item) => point(item)?.demand ?? 0 });
      if (supplyKnown) {
        columns.push({
          header: fill(t.periodColumn, { period, measure: t.supply }),
          value: (item) => {
            const found = point(item);
            return found === undefined ? 0 : (found.supply ?? t.supplyNotRecorded);
          },
        });
      }
    }
  }
  return columns;
}
