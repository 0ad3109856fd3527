import { sampleGeneratorSource, type TalentGaps } from "@chanjiao/sdk";
import type { GapItem } from "../talent-board/gap-table.js";

/** A group whose figures follow from `demand` and `supply`, as the server computes them. */
export function gapGroup(key: string, label: string, demand: number, supply: number | null, periods: readonly number[] = [2025]): GapItem {
  return {
    key,
    label,
    demand,
    supply,
    gap: supply === null ? null : demand - supply,
    ratio: supply === null || supply === 0 ? null : demand / supply,
    trend: periods.map((period) => ({ period, demand: Math.round(demand / periods.length), supply: supply === null ? null : Math.round(supply / periods.length) })),
  };
}

export function gapsAnswer(items: GapItem[], options: { periods?: number[]; sample?: boolean; sources?: string[] } = {}): TalentGaps {
  return {
    groupBy: "majorCategory",
    periods: options.periods ?? [2025],
    items,
    sample: options.sample ?? false,
    sources: options.sources ?? ["Test fixture (https://example.org/gaps)"],
  };
}

/** `groups` groups over `periods` consecutive years from 2021, with figures that differ per group. */
export function gapsGrid(groups: number, periods: number): TalentGaps {
  const years = Array.from({ length: periods }, (_, index) => 2021 + index);
  const items = Array.from({ length: groups }, (_, index): GapItem => {
    const trend = years.map((period, step) => ({ period, demand: 1000 + index * 137 + step * 41, supply: 900 + ((index * 211) % 700) + step * 29 }));
    const demand = trend.reduce((sum, point) => sum + point.demand, 0);
    const supply = trend.reduce((sum, point) => sum + point.supply, 0);
    return { key: `mc-${41 + index}`, label: `专业大类 ${index + 1}`, demand, supply, gap: demand - supply, ratio: demand / supply, trend };
  });
  return { groupBy: "majorCategory", periods: years, items, sample: true, sources: [sampleGeneratorSource(2022)] };
}
