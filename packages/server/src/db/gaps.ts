import type { GapGroup, TalentGaps } from "@chanjiao/sdk";
import { type ComparisonSpec, majorCategoriesById, majorClassesByCode, type Point, provenanceOf, regionNames, toPoint, withPoints } from "./demand-supply.js";
import type { Database } from "./open.js";
import type { FilterValues } from "./query.js";
import type { FilterColumn } from "./tables.js";

const groupColumns: Record<GapGroup, FilterColumn> = {
  majorCategory: "major_category_id",
  majorClass: "class_slot",
  industry: "industry",
  level: "level",
  region: "region",
};

/** The filters of a gaps query, besides the grouping. */
export interface GapsFilters {
  region?: string;
  period?: string;
  level?: string;
  industry?: string;
  majorCategoryId?: string;
}

/** Every year of a `YYYY` or `YYYY-YYYY` period filter. */
function periodYears(period: string): number[] {
  const [from, to = from] = period.split("-").map(Number) as [number, number?];
  return Array.from({ length: Math.max(0, to! - from + 1) }, (_, index) => from + index);
}

async function labelsOf(db: Database, groupBy: GapGroup, keys: string[]): Promise<Map<string, { label: string; labelEn?: string }>> {
  if (groupBy === "majorCategory") {
    return new Map([...(await majorCategoriesById(db, keys))].map(([key, category]) => [key, { label: category.name, ...(category.nameEn ? { labelEn: category.nameEn } : {}) }]));
  }
  if (groupBy === "majorClass") {
    // A slot is named by its 高职专科 class, whose name the other levels share.
    return new Map([...(await majorClassesByCode(db, keys))].map(([key, majorClass]) => [key, { label: majorClass.name, ...(majorClass.nameEn ? { labelEn: majorClass.nameEn } : {}) }]));
  }
  if (groupBy === "region") return new Map([...(await regionNames(db, keys))].map(([key, region]) => [key, { label: region.name, labelEn: region.nameEn }]));
  // Industries and levels are their own names.
  return new Map(keys.map((key) => [key, { label: key }]));
}

/**
 * Demand against supply per group, and per period for the trend. Sums come from the database
 * (see `withPoints`); here the few (group, period) cells are arranged into items.
 */
export async function computeGaps(db: Database, groupBy: GapGroup, filters: GapsFilters): Promise<TalentGaps> {
  const { industry: _demandOnly, ...supplyFilters } = filters;
  const spec: ComparisonSpec = {
    groupColumn: groupColumns[groupBy],
    demandFilters: filters as FilterValues,
    // Supply records no industry: by industry there is none to compare, and an industry filter narrows demand only.
    supplyFilters: groupBy === "industry" ? null : (supplyFilters as FilterValues),
  };
  const rows = await withPoints(db, spec).selectFrom("points").selectAll().orderBy("key").orderBy("period").execute();
  // Rows come per source too (provenance in the same pass); a cell adds up its sources.
  const byKey = new Map<string, Point[]>();
  for (const point of rows.map(toPoint)) {
    const cells = byKey.get(point.key) ?? [];
    const cell = cells.find((candidate) => candidate.period === point.period);
    if (cell) {
      cell.demand += point.demand;
      cell.supply += point.supply;
    } else {
      byKey.set(point.key, [...cells, point]);
    }
  }
  const periods = filters.period ? periodYears(filters.period) : [...new Set(rows.map((row) => Number(row.period)))].sort((a, b) => a - b);
  const labels = await labelsOf(db, groupBy, [...byKey.keys()]);
  const withSupply = spec.supplyFilters !== null;
  const items = [...byKey].map(([key, cells]) => {
    const demand = cells.reduce((total, cell) => total + cell.demand, 0);
    const supply = withSupply ? cells.reduce((total, cell) => total + cell.supply, 0) : null;
    const trend = periods.map((period) => {
      const cell = cells.find((candidate) => candidate.period === period);
      return { period, demand: cell?.demand ?? 0, supply: withSupply ? (cell?.supply ?? 0) : null };
    });
    return {
      key,
      ...(labels.get(key) ?? { label: key }),
      demand,
      supply,
      gap: supply === null ? null : demand - supply,
      ratio: supply ? demand / supply : null,
      trend,
    };
  });
  return { groupBy, periods, items, ...provenanceOf(rows) };
}
