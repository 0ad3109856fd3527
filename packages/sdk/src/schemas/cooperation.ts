import * as z from "zod/mini";
import { Id, PartialDate, provenance, RegionCode } from "./common.js";

/** luban-workshop (鲁班工坊), chinese-plus-skills (中文+职业技能), standard (standards exported), platform, competition. */
export const CooperationKind = z.enum(["luban-workshop", "chinese-plus-skills", "standard", "platform", "competition"]);

/** An international cooperation project (clause 10). */
export const CooperationProject = z.object({
  id: Id,
  name: z.string(),
  /** The English name, where the data has one. */
  nameEn: z.nullable(z.string()),
  kind: CooperationKind,
  countries: z.array(z.object({ name: z.string(), nameZh: z.string() })),
  /** The partner institution abroad. */
  hostInstitution: z.nullable(z.string()),
  /** Chinese schools and enterprises taking part. */
  partners: z.array(z.string()),
  /** The Chinese institutions among `partners` that are organisations of the data: they lead the project and keep the record. */
  leadOrganisationIds: z.array(Id),
  /**
   * Where the Chinese partners are: the GB/T 2260 code of each one's city where the data names it,
   * else of its province; empty for a national programme. Maps count projects by it.
   */
  regions: z.array(RegionCode),
  /** Fields of training, in Chinese. */
  fields: z.array(z.string()),
  /** The same fields in English, in the same order. */
  fieldsEn: z.array(z.string()),
  /** The opening date, to the precision the sources give; what they say about it beyond that is in `note`. */
  opened: z.nullable(PartialDate),
  year: z.nullable(z.int()),
  status: z.enum(["operating", "under-construction", "planned"]),
  /** The researchers' note on the record (uncertain dates, other reports): for keepers, not shown to visitors. */
  note: z.nullable(z.string()),
  ...provenance,
});

export type CooperationKind = z.infer<typeof CooperationKind>;
export type CooperationProject = z.infer<typeof CooperationProject>;
