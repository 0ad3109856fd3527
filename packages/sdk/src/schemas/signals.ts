import * as z from "zod/mini";
import { Id, RegionCode, Year } from "./common.js";

/** A persistent imbalance: demand outruns supply (`shortage`) or supply outruns demand (`surplus`). */
export const MajorSignalKind = z.enum(["shortage", "surplus"]);

/** Demand against supply of one major category in one period. */
export const SignalPoint = z.object({
  period: Year,
  demand: z.int(),
  supply: z.int(),
  /** Demand per graduate; `null` when there is no supply in the period. */
  ratio: z.nullable(z.number()),
});

/**
 * Major-adjustment signals (clause 4's 专业动态调整): the major categories whose demand stayed
 * at or above `threshold` times supply (shortage), or at or below supply divided by `threshold`
 * (surplus), in every one of the last `periods` periods.
 */
export const MajorSignals = z.object({
  /** The region considered, `null` for all regions. */
  region: z.nullable(RegionCode),
  /** The periods considered, oldest first; the last one is the query's `period`. */
  periods: z.array(Year),
  threshold: z.number(),
  items: z.array(
    z.object({
      majorCategoryId: Id,
      /** The major category's name. */
      label: z.string(),
      signal: MajorSignalKind,
      /** Demand, supply and ratio in each period considered, oldest first. */
      points: z.array(SignalPoint),
    }),
  ),
  /** True when any figure comes from generated sample records. */
  sample: z.boolean(),
  sources: z.array(z.string()),
});

export type MajorSignalKind = z.infer<typeof MajorSignalKind>;
export type SignalPoint = z.infer<typeof SignalPoint>;
export type MajorSignals = z.infer<typeof MajorSignals>;
