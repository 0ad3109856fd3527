import * as z from "zod/mini";
import { Id } from "./common.js";

/** created, updated or removed. */
export const ChangeKind = z.enum(["created", "updated", "removed"]);

/** One write of one record, in the order the server made them. */
export const Change = z.object({
  /** The change's place in the log: pass the last one seen as `after` to read on. */
  seq: z.int(),
  /** The collection's path, such as `programmes`. */
  collection: z.string(),
  id: Id,
  kind: ChangeKind,
  /** When the write was made (ISO 8601). */
  at: z.string(),
  /** The record as it is now; `null` (a tombstone) once it has been removed. */
  record: z.nullable(z.record(z.string(), z.unknown())),
});

/** A page of the change feed. */
export const ChangesPage = z.object({
  items: z.array(Change),
  /** The `seq` to pass as `after` for the next page: the last item's, or `after` itself on an empty page. */
  next: z.int(),
  /** True when more changes follow this page. */
  more: z.boolean(),
});

const sequence = /* @__PURE__ */ z.coerce.number<number>().check(z.int(), z.gte(0), z.lte(Number.MAX_SAFE_INTEGER));

/** The query of the change feed. */
export const ChangesQuery = z.object({
  /** Changes after this `seq`; 0 (the default) reads from the start. */
  after: z.optional(sequence),
  /** Only this collection, by its path (`programmes`, `talent-demand`). */
  collection: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^[a-z][a-z-]{0,39}$/, "must be a collection's path, such as programmes"))),
  /** Changes per page, 1 to 1,000; default 100. */
  limit: z.optional(/* @__PURE__ */ z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(1000))),
});

export type ChangeKind = z.infer<typeof ChangeKind>;
export type Change = z.infer<typeof Change>;
export type ChangesPage = z.infer<typeof ChangesPage>;
