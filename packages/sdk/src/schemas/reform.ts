import * as z from "zod/mini";
import { HttpUrl, Id, PartialDate, provenance, RegionCode } from "./common.js";

/**
 * How well the sources bear a record out, as whoever gathered it judged: `high` where several
 * reports or the document's own text agree, `low` for a single line in a secondary summary.
 */
export const Confidence = z.enum(["high", "medium-high", "medium", "medium-low", "low"]);

/** What every reform record carries besides its facts: where they come from and how sure that is. */
const sourced = {
  ...provenance,
  confidence: Confidence,
  /** What the sources leave open or qualify, in the words of whoever gathered the record (often English); `null` when nothing. */
  note: z.nullable(z.string()),
};

/**
 * The three stages of 部省共建 (Ministry–province co-building) of vocational education:
 * `trial-zone` 国家职业教育改革试验区 (from 2005), `highland` 职业教育创新发展高地 and the
 * 技能型社会 pilots (2020–2022), `new-model` 省域现代职业教育体系建设新模式 (clause 3 of
 * 中办发〔2022〕65号, since 2023).
 */
export const PilotStage = z.enum(["trial-zone", "highland", "new-model"]);

/** A province's Ministry–province reform pilot (clause 3): its stage, programme, date, agreement and reform areas. */
export const ProvincePilot = z.object({
  id: Id,
  province: RegionCode,
  stage: PilotStage,
  /** The programme as the sources name it, such as 部省共建国家职业教育创新发展高地. */
  programme: z.string(),
  /** The programme in English; the seed's are Chanjiao's renderings. */
  programmeEn: z.optional(z.string()),
  date: z.nullable(PartialDate),
  /** The agreement or document the pilot rests on; `null` when no source names one. */
  document: z.nullable(z.string()),
  /** The agreement in English, where `document` is given; saying so where the source has no exact title. */
  documentEn: z.optional(z.string()),
  /** The reform areas the province committed to, as the sources word them. */
  areas: z.array(z.string()),
  ...sourced,
});

/** The kinds of incentive clause 3 names: 金融 (finance), 财政 (fiscal), 土地 (land), 信用 (credit), 就业 (employment), 收入分配 (income distribution). */
export const IncentiveKind = z.enum(["finance", "fiscal", "land", "credit", "employment", "income"]);

/** A provincial incentive policy for industry–education integration, of one or more of the clause's six kinds. */
export const IncentivePolicy = z.object({
  id: Id,
  province: RegionCode,
  kinds: /* @__PURE__ */ z.array(IncentiveKind).check(z.minLength(1)),
  title: z.string(),
  /** The title in English; the seed's are Chanjiao's renderings. */
  titleEn: z.optional(z.string()),
  /** The issuing body; `null` when the source does not name it. */
  issuer: z.nullable(z.string()),
  date: z.nullable(PartialDate),
  /** What the policy does, in a line. */
  content: z.string(),
  /** The line in English. */
  contentEn: z.optional(z.string()),
  ...sourced,
});

/** A document that implements the reform in a province or one of its cities. */
export const ImplementingDocument = z.object({
  id: Id,
  province: RegionCode,
  /** The city, for a city's document; `null` for the province's own. */
  region: z.nullable(RegionCode),
  title: z.string(),
  /** The title in English, saying so where the source has no exact title; the seed's are Chanjiao's renderings. */
  titleEn: z.optional(z.string()),
  /** The body that issued it; `null` when the source does not name it. */
  publisher: z.nullable(z.string()),
  /** What it implements, such as 中办发〔2022〕65号; `null` when the source does not say. */
  implements: z.nullable(z.string()),
  /** `implements` in English, where it says more than a document number. */
  implementsEn: z.optional(z.string()),
  date: z.nullable(PartialDate),
  /** Where its text can be read. */
  url: z.nullable(HttpUrl),
  ...sourced,
});

export type Confidence = z.infer<typeof Confidence>;
export type PilotStage = z.infer<typeof PilotStage>;
export type ProvincePilot = z.infer<typeof ProvincePilot>;
export type IncentiveKind = z.infer<typeof IncentiveKind>;
export type IncentivePolicy = z.infer<typeof IncentivePolicy>;
export type ImplementingDocument = z.infer<typeof ImplementingDocument>;
