import * as z from "zod/mini";
import { RegionCode, YearOrRange } from "./common.js";

/** A year (`2025`) or an inclusive range of years (`2023-2025`). */
export const PeriodFilter = YearOrRange;

/** A GB/T 2260 code; a province code also matches the records of its cities. */
export const region = z.optional(RegionCode);

// Marked so that a bundle drops the calls of the queries it does not use.
// @__NO_SIDE_EFFECTS__
export function integer(min: number, max: number) {
  return z.coerce.number<number>().check(z.int(), z.gte(min), z.lte(max));
}
