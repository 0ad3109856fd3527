import * as z from "zod/mini";
import { ConsortiumKind, Id, Industry, provenance, RegionCode } from "./common.js";

export const CouncilRole = z.enum(["government", "enterprise", "school", "research"]);

/** A seat on a consortium's council (理事会). */
export const CouncilSeat = z.object({
  role: CouncilRole,
  organisationId: Id,
  /** The seat's title as reported, such as 理事长单位. */
  title: z.nullable(z.string()),
});

/**
 * A 市域产教联合体 (kind `city`, built around an industrial park) or a
 * 行业产教融合共同体 (kind `industry`, led by major enterprises and universities).
 */
export const Consortium = z.object({
  id: Id,
  name: z.string(),
  kind: ConsortiumKind,
  province: z.nullable(RegionCode),
  region: z.nullable(RegionCode),
  /** National batch (1 = 2023, 2 = 2024); `null` when not part of a national batch. */
  batch: z.nullable(z.int()),
  /** Founding date as precise as the source gives it: `2023`, `2023-07` or `2023-07-25`. */
  founded: z.nullable(z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/))),
  status: z.enum(["confirmed", "candidate", "provincial"]),
  industries: z.array(Industry),
  /** The field in the consortium's own words, when narrower than the priority industries. */
  field: z.nullable(z.string()),
  parkIds: z.array(Id),
  leadOrganisationIds: z.array(Id),
  council: z.array(CouncilSeat),
  /** Who the members are, in Chinese, as the sources count them. */
  members: z.nullable(z.string()),
  /** The same in English. */
  membersEn: z.nullable(z.string()),
  /** The researchers' note on the record (status, uncertain dates, places): for keepers, not shown to visitors. */
  note: z.nullable(z.string()),
  ...provenance,
});

export type CouncilSeat = z.infer<typeof CouncilSeat>;
export type Consortium = z.infer<typeof Consortium>;
