import * as z from "zod/mini";
import { Id, provenance } from "./common.js";

export const EventKind = z.enum(["conference", "competition", "activity-week", "platform", "other"]);

/** A conference, competition, activity week or similar event (clauses 10 and 14). */
export const Event = z.object({
  id: Id,
  /** The name in Chinese. */
  name: z.string(),
  /** The English name, where the data has one. */
  nameEn: z.nullable(z.string()),
  kind: EventKind,
  /** First day, `YYYY-MM-DD` or as precise as known. */
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  /** Where it takes place, in Chinese. */
  place: z.nullable(z.string()),
  /** The same place in English. */
  placeEn: z.nullable(z.string()),
  /** The organisers as the source names them, in Chinese. */
  organisers: z.nullable(z.string()),
  /** The same organisers in English. */
  organisersEn: z.nullable(z.string()),
  /** The organisers that are organisations of the data (a province's government, a school): they keep the record. */
  organiserIds: z.array(Id),
  /** The theme (主题), in Chinese. */
  theme: z.nullable(z.string()),
  /** The same theme in English. */
  themeEn: z.nullable(z.string()),
  /** How large it was (participants, countries, events), in Chinese. */
  scale: z.nullable(z.string()),
  /** The same scale in English. */
  scaleEn: z.nullable(z.string()),
  /** The researchers' note on the record (figures in doubt, dates moved): for keepers, not shown to visitors. */
  note: z.nullable(z.string()),
  ...provenance,
});

export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
