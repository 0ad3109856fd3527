import * as z from "zod/mini";
import { Id, provenance, RegionCode } from "./common.js";

/**
 * common-technology (共性技术服务平台, clause 4), innovation-centre (技术创新中心, clause 5),
 * testing-certification (检验检测平台), pilot-production (中试基地).
 */
export const ServicePlatformKind = z.enum(["common-technology", "innovation-centre", "testing-certification", "pilot-production"]);

/** A technology service platform a consortium builds for its member enterprises and schools (clauses 4 and 5). */
export const ServicePlatform = z.object({
  id: Id,
  name: z.string(),
  kind: ServicePlatformKind,
  consortiumId: Id,
  operatorId: z.nullable(Id),
  /** The services it offers as reported, such as 技术研发, 检验检测, 成果转化, 人才培训. */
  services: z.array(z.string()),
  region: z.nullable(RegionCode),
  province: z.nullable(RegionCode),
  ...provenance,
});

export type ServicePlatformKind = z.infer<typeof ServicePlatformKind>;
export type ServicePlatform = z.infer<typeof ServicePlatform>;
