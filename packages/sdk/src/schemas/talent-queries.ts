// Apart from the collections' filters (filters.ts), which name every collection's kinds: the talent
// board reads these without carrying the other collections' schemas.
import * as z from "zod/mini";
import { CatalogueLevel, Id, Industry } from "./common.js";
import { integer, PeriodFilter, region } from "./query-fields.js";
import { GapGroup } from "./talent.js";

/** The query of the talent gaps endpoint. `industry` narrows demand only: supply records no industry. */
export const GapsQuery = z.object({
  groupBy: GapGroup,
  region,
  period: z.optional(PeriodFilter),
  level: z.optional(CatalogueLevel),
  industry: z.optional(Industry),
  majorCategoryId: z.optional(Id),
});

/**
 * The query of the major-adjustment signals endpoint: the last `periods` periods up to `period`
 * (default: the latest with data), and the ratio of demand to supply that counts as an imbalance.
 */
export const SignalsQuery = z.object({
  region,
  period: z.optional(integer(1990, 2100)),
  periods: z.optional(integer(2, 10)),
  /** Demand per graduate at or above which a period is short (default 1.2); at or below its inverse, in surplus. */
  threshold: z.optional(/* @__PURE__ */ z.coerce.number<number>().check(z.gt(1), z.lte(100))),
});
