import * as z from "zod/mini";
import { Id, provenance, RegionCode } from "./common.js";

/** public (公共), enterprise (企业), school-factory (校中厂), factory-school (厂中校). */
export const PracticeCentreKind = z.enum(["public", "enterprise", "school-factory", "factory-school"]);
/** 实践教学, 社会培训, 真实生产, 技术服务. */
export const PracticeFunction = z.enum(["teaching", "training", "production", "service"]);

/** An open regional practice centre for industry–education integration (clause 8). */
export const PracticeCentre = z.object({
  id: Id,
  /** The name in Chinese. */
  name: z.string(),
  /** The English name, where the data has one. */
  nameEn: z.nullable(z.string()),
  kind: PracticeCentreKind,
  functions: z.array(PracticeFunction),
  operatorId: z.nullable(Id),
  consortiumId: z.nullable(Id),
  region: z.nullable(RegionCode),
  province: z.nullable(RegionCode),
  ...provenance,
});

export type PracticeCentreKind = z.infer<typeof PracticeCentreKind>;
export type PracticeFunction = z.infer<typeof PracticeFunction>;
export type PracticeCentre = z.infer<typeof PracticeCentre>;
