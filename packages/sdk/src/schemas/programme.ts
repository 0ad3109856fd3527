import * as z from "zod/mini";
import { CatalogueLevel, Id, provenance, RegionCode } from "./common.js";

/** Ways a school and enterprises train students together (clause 5) and through-routes (clause 9). */
export const TrainingMode = z.enum(["订单培养", "委托培养", "学徒制", "五年一贯制", "中本衔接", "中高职贯通"]);

/** A major offered by a school (school × major). */
export const Programme = z.object({
  id: Id,
  schoolId: Id,
  majorId: z.nullable(Id),
  majorCode: z.string(),
  majorName: z.string(),
  majorCategoryId: Id,
  level: CatalogueLevel,
  years: /* @__PURE__ */ z.int().check(z.gte(1), z.lte(7)),
  trainingModes: z.array(TrainingMode),
  /** Enterprises that train students with the school. */
  partnerIds: z.array(Id),
  /** Planned intake for the year; `null` when not published. */
  enrolmentPlan: z.nullable(z.int().check(z.gte(0))),
  year: z.int(),
  region: z.nullable(RegionCode),
  province: z.nullable(RegionCode),
  ...provenance,
});

export type TrainingMode = z.infer<typeof TrainingMode>;
export type Programme = z.infer<typeof Programme>;
