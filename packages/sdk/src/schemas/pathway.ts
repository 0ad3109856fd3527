import * as z from "zod/mini";
import { CatalogueLevel, Id, provenance } from "./common.js";

/**
 * progression (中职 → 高职专科 → 职业本科), five-year (五年一贯制), secondary-bachelor (中本衔接),
 * vocational-gaokao (职教高考), upgrade (专升本).
 */
export const PathwayKind = z.enum(["progression", "five-year", "secondary-bachelor", "vocational-gaokao", "upgrade"]);

/** A growth pathway through the levels of the system for a field (clause 9). */
export const Pathway = z.object({
  id: Id,
  name: z.string(),
  kind: PathwayKind,
  majorCategoryId: Id,
  /** The school that runs the pathway and keeps this entry; null for a pathway described for a whole field, which admin keys keep. */
  schoolId: z.nullable(Id),
  steps: z.array(
    z.object({
      level: CatalogueLevel,
      years: z.int(),
      /** How a student enters this step, such as 职教高考 or 转段考核. */
      entry: z.nullable(z.string()),
    }),
  ),
  ...provenance,
});

export type PathwayKind = z.infer<typeof PathwayKind>;
export type Pathway = z.infer<typeof Pathway>;
