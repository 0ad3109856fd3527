import * as z from "zod/mini";
import { Id, RegionCode, SchoolLevel, Year } from "./common.js";
import { ImplementingDocument, IncentivePolicy, ProvincePilot } from "./reform.js";

const count = /* @__PURE__ */ z.int().check(z.gte(0));

/** A count of records, and whether any of them is generated sample data. */
export const ProfileCount = z.object({ count, sample: z.boolean() });

/** Schools of one level in the province and the programmes they run. */
export const ProfileLevel = z.object({ level: SchoolLevel, schools: count, programmes: count, sample: z.boolean() });

/**
 * The province's talent supply and demand in its latest period with both: totals, and the major
 * category with the largest shortage (`null` when no category is short). As `GET /v1/talent/gaps`
 * answers for `groupBy=majorCategory`, the province and that period.
 */
export const ProfileTalentGap = z.object({
  period: Year,
  demand: count,
  supply: count,
  /** Demand minus supply: positive is a shortage. */
  gap: z.int(),
  largestShortage: z.nullable(z.object({ majorCategoryId: Id, label: z.string(), labelEn: z.optional(z.string()), gap: z.int() })),
  sample: z.boolean(),
});

/**
 * What Chanjiao knows of one province, in one answer: its reform records (clause 3) and its figures
 * gathered from the other collections, each as their own lists and reads count it.
 */
export const ProvinceProfile = z.object({
  province: z.object({ code: RegionCode, name: z.string(), shortName: z.string(), nameEn: z.string() }),
  /** Its Ministry–province pilots, oldest first. */
  pilots: z.array(ProvincePilot),
  /** Its incentive policies, newest first. */
  policies: z.array(IncentivePolicy),
  /** Documents implementing the reform in the province and its cities, newest first. */
  documents: z.array(ImplementingDocument),
  figures: z.object({
    /** 市域产教联合体 in the province: `GET /v1/consortia?region={code}&kind=city`. */
    cityConsortia: ProfileCount,
    /** 行业产教融合共同体 placed in the province (by the community or one of its lead and council organisations): `kind=industry`. */
    industryCommunities: ProfileCount,
    /** Schools and programmes per school level, levels with neither left out. */
    levels: z.array(ProfileLevel),
    /** Open practice centres in the province. */
    practiceCentres: ProfileCount,
    /** International cooperation projects with a Chinese partner named after the province or one of its cities. */
    cooperationProjects: ProfileCount,
    /** `null` when the province has no talent supply or demand recorded. */
    talentGap: z.nullable(ProfileTalentGap),
  }),
});

/** The query of the province profile: the province's GB/T 2260 code. */
export const ProfileQuery = z.object({ province: RegionCode });

export type ProfileCount = z.infer<typeof ProfileCount>;
export type ProfileLevel = z.infer<typeof ProfileLevel>;
export type ProfileTalentGap = z.infer<typeof ProfileTalentGap>;
export type ProvinceProfile = z.infer<typeof ProvinceProfile>;
