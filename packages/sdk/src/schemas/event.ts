import * as z from "zod/mini";
import { Id, provenance } from "./common.js";

export const EventKind = z.enum(["conference", "competition", "activity-week", "platform", "other"]);

/** A conference, competition, activity week or similar event (clauses 10 and 14). */
export const Event = z.object({
  id: Id,
  name: z.string(),
  kind: EventKind,
  /** First day, `YYYY-MM-DD` or as precise as known. */
  start: z.nullable(z.string()),
  end: z.nullable(z.string()),
  place: z.nullable(z.string()),
  /** The organisers as the source names them. */
  organisers: z.nullable(z.string()),
  /** The organisers that are organisations of the data (a province's government, a school): they keep the record. */
  organiserIds: z.array(Id),
  theme: z.nullable(z.string()),
  scale: z.nullable(z.string()),
  ...provenance,
});

export type EventKind = z.infer<typeof EventKind>;
export type Event = z.infer<typeof Event>;
