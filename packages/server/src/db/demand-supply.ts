import type { MajorCategory, MajorClass } from "@chanjiao/sdk";
import { sql } from "kysely";
import type { Database } from "./open.js";
import { type FilterValues, filteredQuery } from "./query.js";
import type { FilterColumn } from "./tables.js";

/** Demand statuses that count as need: a withdrawn posting no longer asks for anyone. */
export const countedDemandStatuses = ["open", "filled"];

/** What to compare: the column both sides are grouped by, and the filters of each side. */
export interface ComparisonSpec {
  groupColumn: FilterColumn;
  demandFilters: FilterValues;
  /** `null` when supply is not recorded for the grouping (by industry): demand only. */
  supplyFilters: FilterValues | null;
}

/**
 * The sums of one side per group, period and provenance; the other side's figure is 0, so that
 * the two sides stack into one set with UNION ALL.
 */
function sideTotals(db: Database, spec: ComparisonSpec, side: "demand" | "supply", filters: FilterValues) {
  const counted = side === "demand" ? filteredQuery(db, "talentDemand", filters).where("status", "in", countedDemandStatuses) : filteredQuery(db, "talentSupply", filters);
  // By class, records that name no class have no group.
  const base = spec.groupColumn === "class_slot" ? counted.where("class_slot", "is not", null) : counted;
  return base
    .select((eb) => [
      eb.ref(spec.groupColumn).as("key"),
      eb.ref("period").as("period"),
      eb.ref("source").as("source"),
      eb.ref("sample").as("sample"),
      (side === "demand" ? eb.fn.sum<number>("measure") : sql<number>`0`).as("demand"),
      (side === "supply" ? eb.fn.sum<number>("measure") : sql<number>`0`).as("supply"),
    ])
    .groupBy([spec.groupColumn, "period", "source", "sample"]);
}

/**
 * A query builder holding the common table `points`: one row per group key, period and
 * provenance (source, sample) that has demand or supply, with both sums (0 where a side has none).
 * Each table is read once, summed by GROUP BY in the database, and the two sides are stacked there
 * too, so no record is loaded into memory. Without supply (by industry), only demand is read.
 */
export function withPoints(db: Database, spec: ComparisonSpec) {
  const demand = sideTotals(db, spec, "demand", spec.demandFilters);
  const sides = spec.supplyFilters === null ? demand : demand.unionAll(sideTotals(db, spec, "supply", spec.supplyFilters));
  return db.with("sides", () => sides).with("points", (qb) =>
    qb
      .selectFrom("sides")
      .select((eb) => ["key", "period", "source", "sample", eb.fn.sum<number>("demand").as("demand"), eb.fn.sum<number>("supply").as("supply")])
      .groupBy(["key", "period", "source", "sample"]),
  );
}

/** One (group, period) cell of a comparison. */
export interface Point {
  key: string;
  period: number;
  demand: number;
  supply: number;
}

/** A row as a point: drivers may return sums as strings (PostgreSQL's bigint and numeric), hence the conversions. */
export function toPoint(row: { key: unknown; period: unknown; demand: unknown; supply: unknown }): Point {
  return { key: String(row.key), period: Number(row.period), demand: Number(row.demand), supply: Number(row.supply) };
}

/** Whether any row is sample data, and the distinct sources, of rows carrying provenance. */
export function provenanceOf(rows: ReadonlyArray<{ source: string; sample: unknown }>): { sample: boolean; sources: string[] } {
  return { sample: rows.some((row) => Number(row.sample) === 1), sources: [...new Set(rows.map((row) => row.source))].sort() };
}

/** Whether any compared record is sample data, and the distinct sources, over both sides. */
export async function comparisonProvenance(db: Database, spec: ComparisonSpec): Promise<{ sample: boolean; sources: string[] }> {
  return provenanceOf(await withPoints(db, spec).selectFrom("points").select(["source", "sample"]).distinct().execute());
}

/** Names of major categories by id. */
export async function majorCategoryNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const categories = await majorCategoriesById(db, ids);
  return new Map([...categories].map(([id, category]) => [id, category.name]));
}

/** Major categories by id, as stored. */
export async function majorCategoriesById(db: Database, ids: readonly string[]): Promise<Map<string, MajorCategory>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom("major_categories").select(["id", "data"]).where("id", "in", [...ids]).execute();
  return new Map(rows.map((row) => [row.id, JSON.parse(row.data) as MajorCategory]));
}

/** Major classes by code, as stored. */
export async function majorClassesByCode(db: Database, codes: readonly string[]): Promise<Map<string, MajorClass>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom("major_classes").select("data").where("id", "in", codes.map((code) => `class-${code}`)).execute();
  return new Map(rows.map((row) => JSON.parse(row.data) as MajorClass).map((majorClass) => [majorClass.code, majorClass]));
}

/** Chinese and English names of regions by code; the stored name column holds both for search, so the record is read. */
export async function regionNames(db: Database, codes: readonly string[]): Promise<Map<string, { name: string; nameEn: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db.selectFrom("regions").select(["id", "data"]).where("id", "in", [...codes]).execute();
  return new Map(rows.map((row) => [row.id, JSON.parse(row.data) as { name: string; nameEn: string }]));
}
