import * as z from "zod/mini";
import { CatalogueLevel, Id, provenance, YearOrRange } from "./common.js";

/** How well a catalogue code is attested by public sources. */
export const CodeStatus = z.enum(["corroborated", "corroborated-prefix", "inferred-offset", "single", "conflict"]);

/** One of the 19 专业大类 of the 2021 catalogue, with its code at each level. */
export const MajorCategory = z.object({
  id: Id,
  /** The 高职专科 two-digit code, such as `46` for 装备制造大类. */
  code: /* @__PURE__ */ z.string().check(z.regex(/^\d{2}$/)),
  name: z.string(),
  /** An English name: the catalogue is published in Chinese only, so the seed's are Chanjiao's renderings. */
  nameEn: z.optional(z.string()),
  order: z.int(),
  codes: z.array(z.object({ level: CatalogueLevel, code: z.string(), status: CodeStatus })),
  ...provenance,
});

/** A four-digit 专业类 code, such as `5102` (计算机类 at 高职专科). */
export const MajorClassCode = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}$/));

/** A six-digit major code of the catalogue, `K` marking a 国家控制布点 major, such as `510201` or `520101K`. */
export const MajorCode = /* @__PURE__ */ z.string().check(z.regex(/^\d{6}K?$/));


/**
 * A 专业类 of the 2021 catalogue at one level. The three levels share their class slots: the 中职
 * code is the 高职专科 one plus 2000 and the 职业本科 one the 高职专科 one minus 2000 (中职 7102 =
 * 高职专科 5102 = 职业本科 3102, 计算机类), with the same name at each.
 */
export const MajorClass = z.object({
  /** `class-` and the code, such as `class-7102`. */
  id: Id,
  code: MajorClassCode,
  name: z.string(),
  /** An English name: the catalogue is published in Chinese only, so the seed's are Chanjiao's renderings. */
  nameEn: z.optional(z.string()),
  level: CatalogueLevel,
  majorCategoryId: Id,
  /** The class's slot across the levels: its 高职专科 code (`5102` for 7102, 5102 and 3102). */
  slot: MajorClassCode,
  ...provenance,
});

const slotOffsets: Record<CatalogueLevel, number> = { 中职: 2000, 高职专科: 0, 职业本科: -2000 };

/** The slot of a class of a level: its 高职专科 code (`5102` for 中职 7102 and 职业本科 3102). */
export function classSlot(level: CatalogueLevel, classCode: string): string {
  return String(Number(classCode) - slotOffsets[level]);
}

/** The code of a slot's class at a level (`7102` for slot 5102 at 中职): the inverse of {@link classSlot}. */
export function classCodeAt(level: CatalogueLevel, slot: string): string {
  return String(Number(slot) + slotOffsets[level]);
}

/**
 * A major (专业) of the 2021 catalogue or one of its later additions (增补). `source` names the
 * Ministry's publication, the transcription the record was read from and, where the sources
 * disagree (`confidence: "conflict"`) or one lacks the record, what a reader should know.
 */
export const Major = z.object({
  /** `major-` and the code, such as `major-510201`. */
  id: Id,
  code: MajorCode,
  name: z.string(),
  level: CatalogueLevel,
  majorCategoryId: Id,
  /** Four-digit 专业类 code: the first four digits of `code`. */
  classCode: MajorClassCode,
  /** `2021`, or the year of the addition that brought the major in (a range where the source does not say which year). */
  addedIn: YearOrRange,
  /** A 国家控制布点 major (its code ends in K): schools need approval to offer it. */
  controlled: z.boolean(),
  confidence: CodeStatus,
  ...provenance,
});

/** The majors of one later stage that a major leads on to. */
export const LeadsOnStage = z.object({
  level: CatalogueLevel,
  /** The class of this stage in the major's slot; `null` when the catalogue has no such class at this level. */
  classId: z.nullable(Id),
  majors: z.array(Major),
});

/**
 * The majors a major leads on to at each later stage of a pathway (中职 → 高职专科 → 职业本科), the
 * next stage first. Derived from the catalogue's shared class slots, not from an official 衔接 table.
 */
export const MajorLeadsOn = z.object({
  major: Major,
  stages: z.array(LeadsOnStage),
  /** Always `class-slot`: how the relation is derived. */
  basis: z.literal("class-slot"),
  /** The derivation, said in words, for a page to show. */
  note: z.string(),
});

export type MajorCategory = z.infer<typeof MajorCategory>;
export type MajorClass = z.infer<typeof MajorClass>;
export type Major = z.infer<typeof Major>;
export type MajorLeadsOn = z.infer<typeof MajorLeadsOn>;
