import * as z from "zod/mini";
import { Id, provenance, RegionCode } from "./common.js";

/** talent-demand (人才需求), industry-development (产业发展), policy-support (政策支持). */
export const ProvincialListKind = z.enum(["talent-demand", "industry-development", "policy-support"]);

/** One of a province's "three lists" (clause 12). */
export const ProvincialList = z.object({
  id: Id,
  province: RegionCode,
  kind: ProvincialListKind,
  year: z.int(),
  /** The title in Chinese. */
  title: z.string(),
  /** The same title in English, where the data has one. */
  titleEn: z.nullable(z.string()),
  items: z.array(
    z.object({
      /** The item's title in Chinese. */
      title: z.string(),
      /** The same title in English, where the data has one. */
      titleEn: z.nullable(z.string()),
      detail: z.nullable(z.string()),
      /** The same detail in English, where the data has one. */
      detailEn: z.nullable(z.string()),
      industry: z.nullable(z.string()),
      majorCategoryId: z.nullable(Id),
      source: z.string(),
    }),
  ),
  ...provenance,
});

export type ProvincialListKind = z.infer<typeof ProvincialListKind>;
export type ProvincialList = z.infer<typeof ProvincialList>;
