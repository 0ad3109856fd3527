import * as z from "zod/mini";
import { Id, provenance, RegionCode, SchoolLevel } from "./common.js";

export const OrganisationKind = z.enum(["government", "enterprise", "school", "research", "association"]);

/** A government body, enterprise, school, research institute or association. */
export const Organisation = z.object({
  id: Id,
  name: z.string(),
  nameEn: z.nullable(z.string()),
  kind: OrganisationKind,
  /** The level of a school; `null` for other kinds. */
  level: z.nullable(SchoolLevel),
  region: z.nullable(RegionCode),
  province: z.nullable(RegionCode),
  /**
   * The 统一社会信用代码 (unified social credit code), where known: an approved demand submission
   * finds its enterprise by it. Its form is checked here; submissions also check its check character.
   */
  creditCode: z.optional(z.string()),
  ...provenance,
});

/** Teaching resources of a school (clause 6 of the policy). */
export const SchoolResources = z.object({
  coreCourses: z.int(),
  textbooks: z.int(),
  resourceLibraries: z.int(),
  onlineCourses: z.int(),
  simulationBases: z.int(),
});

/** Teacher statistics of a school (clause 7): 双师型 ratio and industry mentor posts. */
export const SchoolStatistics = z.object({
  year: z.int(),
  fullTimeTeachers: z.int(),
  /** Share of 双师型 teachers among full-time teachers, from 0 to 1. */
  dualQualifiedRatio: /* @__PURE__ */ z.number().check(z.gte(0), z.lte(1)),
  /** 产业导师特聘岗: posts for industry mentors. */
  industryMentorPosts: z.int(),
  resources: SchoolResources,
  // Their citation text only: structured citations belong to records, which writers create and patch whole.
  source: provenance.source,
  sample: provenance.sample,
});

/** An organisation of kind `school`, with its level and statistics. */
export const School = z.extend(Organisation, {
  kind: z.literal("school"),
  level: SchoolLevel,
  statistics: z.nullable(SchoolStatistics),
});

export type OrganisationKind = z.infer<typeof OrganisationKind>;
export type Organisation = z.infer<typeof Organisation>;
export type SchoolStatistics = z.infer<typeof SchoolStatistics>;
export type School = z.infer<typeof School>;
