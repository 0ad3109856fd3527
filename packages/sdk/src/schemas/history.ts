import * as z from "zod/mini";
import { ChangeKind, WriteVia } from "./changes.js";
import { Id } from "./common.js";
import { KeyRole } from "./api-keys.js";

/**
 * Who made a write, as far as the reader may know: the writer's organisation and key prefix are
 * given to an admin, and to an editor only for writes of its own organisation; other writes show
 * the writer's role alone.
 */
export const HistoryWriter = z.object({
  role: z.nullable(KeyRole),
  organisationId: z.nullable(Id),
  keyPrefix: z.nullable(z.string()),
});

/** One write of a record: when, by whom, through which door, and the fields it set. */
export const HistoryEntry = z.object({
  seq: z.int(),
  kind: ChangeKind,
  at: z.string(),
  via: WriteVia,
  writer: HistoryWriter,
  /** The top-level fields whose value the write changed (every field of a created or removed record). */
  fields: z.array(z.string()),
});

/** A record's history from the audit trail, newest first: `GET /v1/{collection}/{id}/history`. */
export const RecordHistory = z.object({ items: z.array(HistoryEntry) });

export type HistoryWriter = z.infer<typeof HistoryWriter>;
export type HistoryEntry = z.infer<typeof HistoryEntry>;
export type RecordHistory = z.infer<typeof RecordHistory>;
