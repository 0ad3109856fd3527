import * as z from "zod/mini";
import { CatalogueLevel, Id, provenance } from "./common.js";

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

/** A major (专业) of the 2021 catalogue. */
export const Major = z.object({
  id: Id,
  /** Six-digit catalogue code, such as `460103`. */
  code: /* @__PURE__ */ z.string().check(z.regex(/^\d{6}K?$/)),
  name: z.string(),
  level: CatalogueLevel,
  majorCategoryId: Id,
  /** Four-digit 专业类 code. */
  classCode: /* @__PURE__ */ z.string().check(z.regex(/^\d{4}$/)),
  confidence: CodeStatus,
  ...provenance,
});

export type MajorCategory = z.infer<typeof MajorCategory>;
export type Major = z.infer<typeof Major>;
