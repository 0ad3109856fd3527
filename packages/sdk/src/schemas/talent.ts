import * as z from "zod/mini";
import { CatalogueLevel, Id, Industry, provenance, RegionCode, Year } from "./common.js";
import { MajorClassCode } from "./major.js";

export const DemandStatus = z.enum(["open", "filled", "withdrawn"]);

/** A published talent demand: an organisation's need for graduates in a period (clause 4). */
export const TalentDemand = z.object({
  id: Id,
  publisherId: Id,
  region: RegionCode,
  province: RegionCode,
  industry: Industry,
  occupation: /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200)),
  majorCategoryId: Id,
  /** The 专业类 asked for (its code at `level`, such as `5102`), where the publisher names one. */
  classCode: z.optional(MajorClassCode),
  level: CatalogueLevel,
  headcount: /* @__PURE__ */ z.int().check(z.gte(0)),
  period: Year,
  status: DemandStatus,
  publishedAt: z.string(),
  ...provenance,
});

/** Graduates expected from schools of a region in a major category, level and period. */
export const TalentSupply = z.object({
  id: Id,
  region: RegionCode,
  province: RegionCode,
  majorCategoryId: Id,
  /** The 专业类 the graduates come from (its code at `level`), where the figure is given by class. */
  classCode: z.optional(MajorClassCode),
  level: CatalogueLevel,
  period: Year,
  graduates: /* @__PURE__ */ z.int().check(z.gte(0)),
  ...provenance,
});

export const AggregateGroup = z.enum(["majorCategory", "industry", "level", "region", "period"]);

/** Totals of talent demand (headcount) or supply (graduates) per group. */
export const TalentAggregate = z.object({
  measure: z.enum(["demand", "supply"]),
  groupBy: AggregateGroup,
  items: z.array(
    z.object({
      key: z.string(),
      total: z.int(),
      /** Number of records summed. */
      count: z.int(),
    }),
  ),
  /** True when any summed record is generated sample data. */
  sample: z.boolean(),
  sources: z.array(z.string()),
});

/**
 * How demand and supply are grouped for a comparison. Supply records no industry, so by industry
 * only demand is known. By `majorClass` the key is the class slot (its 高职专科 code, one key for a
 * class at every level) and records that name no class are left out.
 */
export const GapGroup = z.enum(["majorCategory", "majorClass", "industry", "level", "region"]);

/** Demand against supply in one period. */
export const GapPoint = z.object({
  period: Year,
  demand: z.int(),
  /** `null` where supply is not recorded for the grouping (by industry). */
  supply: z.nullable(z.int()),
});

/**
 * Talent demand against supply per group over a period (clause 4's supply-demand platform):
 * `gap` is demand minus supply (positive: shortage), `ratio` is demand per graduate, `null`
 * when there is no supply (shown as "no supply", never as infinity).
 */
export const TalentGaps = z.object({
  groupBy: GapGroup,
  /** The periods covered, in order. */
  periods: z.array(Year),
  items: z.array(
    z.object({
      key: z.string(),
      /** The group's name: a major category, class, industry, level or region name. */
      label: z.string(),
      /** The group's English name, where the data has one (regions, major categories and classes); absent otherwise. */
      labelEn: z.optional(z.string()),
      demand: z.int(),
      supply: z.nullable(z.int()),
      gap: z.nullable(z.int()),
      ratio: z.nullable(z.number()),
      /** Demand and supply per period, for a trend line when the period is a range. */
      trend: z.array(GapPoint),
    }),
  ),
  /** True when any figure comes from generated sample records. */
  sample: z.boolean(),
  sources: z.array(z.string()),
});

export type DemandStatus = z.infer<typeof DemandStatus>;
export type GapGroup = z.infer<typeof GapGroup>;
export type TalentGaps = z.infer<typeof TalentGaps>;
export type TalentDemand = z.infer<typeof TalentDemand>;
export type TalentSupply = z.infer<typeof TalentSupply>;
export type AggregateGroup = z.infer<typeof AggregateGroup>;
export type TalentAggregate = z.infer<typeof TalentAggregate>;
