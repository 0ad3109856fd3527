import { talentGaps } from "@chanjiao/sdk";
import type { FigureCity, Figures, MeasureContext } from "./measures.js";

/**
 * Talent demand, supply or their gap (demand minus supply: positive is a shortage) in the latest
 * period with data, per city, and per province as the sum of its cities (a municipality stands for
 * itself). Places without records are absent: no data is not zero.
 */
export async function talentFigures({ client, signal }: MeasureContext, figure: "gap" | "demand" | "supply"): Promise<Figures> {
  const gaps = await client.read(talentGaps, { groupBy: "region" }, { signal });
  const period = gaps.periods.at(-1);
  const values = new Map<string, number>();
  const cities: FigureCity[] = [];
  for (const item of gaps.items) {
    const point = item.trend.find((candidate) => candidate.period === period);
    if (!point) continue;
    const supply = point.supply ?? 0;
    const value = figure === "demand" ? point.demand : figure === "supply" ? supply : point.demand - supply;
    const province = `${item.key.slice(0, 2)}0000`;
    values.set(province, (values.get(province) ?? 0) + value);
    if (item.key !== province) {
      values.set(item.key, value);
      cities.push({ code: item.key, name: item.label, nameEn: item.labelEn ?? item.label });
    }
  }
  return { values, cities, sample: gaps.sample, period };
}
