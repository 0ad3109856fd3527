import * as z from "zod/mini";
import { ConsortiumKind, Industry, RegionCode } from "./common.js";

const count = /* @__PURE__ */ z.int().check(z.gte(0));

/**
 * How many consortia count in a place, by kind (`all` = `city` + `industry`). An industry
 * community counts once in every province and city where it or one of its lead and council
 * organisations is, so national totals are less than the sum over the provinces.
 */
export const KindCounts = z.object({ city: count, industry: count, all: count });

/** The consortia counted in one prefecture-level city. */
export const CityConsortiumCounts = z.object({
  code: RegionCode,
  name: z.string(),
  nameEn: z.string(),
  counts: KindCounts,
});

/** The consortia counted in one provincial-level division, and in each of its cities that has any. */
export const ProvinceConsortiumCounts = z.object({
  code: RegionCode,
  name: z.string(),
  shortName: z.string(),
  nameEn: z.string(),
  counts: KindCounts,
  cities: z.array(CityConsortiumCounts),
});

/** Counts of consortia per province and city, for maps: every province is listed, with zeros too. */
export const ConsortiumCounts = z.object({
  /** Distinct consortia counted in the listed provinces. */
  totals: KindCounts,
  provinces: z.array(ProvinceConsortiumCounts),
});

/** The query of the consortium counts endpoint. */
export const CountsQuery = z.object({
  /** Count only this kind; the other kind's counts are then zero. */
  kind: z.optional(ConsortiumKind),
  /** Count only consortia filed under this priority industry. */
  industry: z.optional(Industry),
  /** List only this province (a code ending in `0000`). */
  province: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^\d{2}0000$/, "must be a six-digit province code ending in 0000"))),
});

export type KindCounts = z.infer<typeof KindCounts>;
export type CityConsortiumCounts = z.infer<typeof CityConsortiumCounts>;
export type ProvinceConsortiumCounts = z.infer<typeof ProvinceConsortiumCounts>;
export type ConsortiumCounts = z.infer<typeof ConsortiumCounts>;
export type CountsQuery = z.input<typeof CountsQuery>;
