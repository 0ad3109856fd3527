import * as z from "zod/mini";
import { Id, provenance, RegionCode } from "./common.js";

/** luban-workshop (鲁班工坊), chinese-plus-skills (中文+职业技能), standard (standards exported), platform, competition. */
export const CooperationKind = z.enum(["luban-workshop", "chinese-plus-skills", "standard", "platform", "competition"]);

/** An international cooperation project (clause 10). */
export const CooperationProject = z.object({
  id: Id,
  name: z.string(),
  kind: CooperationKind,
  countries: z.array(z.object({ name: z.string(), nameZh: z.string() })),
  /** The partner institution abroad. */
  hostInstitution: z.nullable(z.string()),
  /** Chinese schools and enterprises taking part. */
  partners: z.array(z.string()),
  /**
   * Where the Chinese partners are: the GB/T 2260 code of each one's city where the data names it,
   * else of its province; empty for a national programme. Maps count projects by it.
   */
  regions: z.array(RegionCode),
  fields: z.array(z.string()),
  /** Opening date as the source gives it, such as `2016-03-08` or `2020 (online)`. */
  opened: z.nullable(z.string()),
  year: z.nullable(z.int()),
  status: z.enum(["operating", "under-construction", "planned"]),
  note: z.nullable(z.string()),
  ...provenance,
});

export type CooperationKind = z.infer<typeof CooperationKind>;
export type CooperationProject = z.infer<typeof CooperationProject>;
