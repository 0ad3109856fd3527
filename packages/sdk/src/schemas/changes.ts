import * as z from "zod/mini";
import { Id } from "./common.js";

/** created, updated or removed. */
export const ChangeKind = z.enum(["created", "updated", "removed"]);

/** A record as JSON, in the shape of its collection's record schema. */
const RecordJson = /* @__PURE__ */ z.record(z.string(), z.unknown());

/** What the change feed and the audit trail both say of a write. */
const changeFields = {
  /** The change's place in the log: pass the last one seen as `after` to read on. */
  seq: z.int(),
  /** The collection's path, such as `programmes`. */
  collection: z.string(),
  id: Id,
  kind: ChangeKind,
  /** When the write was made (ISO 8601). */
  at: z.string(),
};

/** One write of one record, in the order the server made them. */
export const Change = z.object({
  ...changeFields,
  /** The record as it is now; `null` (a tombstone) once it has been removed. */
  record: z.nullable(RecordJson),
});

/** How a write came: through the HTTP API, an import, or the command line. */
export const WriteVia = z.enum(["api", "import", "cli"]);

/** One write of one record as the audit trail tells it: who wrote it, how, and the record before and after. */
export const AuditChange = z.object({
  ...changeFields,
  /** The writer's organisation; `null` for a write from the command line made without one. */
  organisationId: z.nullable(Id),
  /** The id of the API key used (never its secret); `null` when no key was used. */
  keyId: z.nullable(z.string()),
  via: WriteVia,
  /** The record before the write; `null` for a create. */
  before: z.nullable(RecordJson),
  /** The record after the write; `null` for a removal. */
  after: z.nullable(RecordJson),
});

// @__NO_SIDE_EFFECTS__
function feedPage<T extends z.core.$ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    /** The `seq` to pass as `after` for the next page: the last item's, or `after` itself on an empty page. */
    next: z.int(),
    /** True when more changes follow this page. */
    more: z.boolean(),
  });
}

/** A page of the change feed. */
export const ChangesPage = /* @__PURE__ */ feedPage(Change);

/** A page of the audit trail (`GET /v1/audit`, admin keys only). */
export const AuditPage = /* @__PURE__ */ feedPage(AuditChange);

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
export type WriteVia = z.infer<typeof WriteVia>;
export type AuditChange = z.infer<typeof AuditChange>;
export type AuditPage = z.infer<typeof AuditPage>;
/** The query of the change feed and the audit trail. */
export type ChangesQuery = z.input<typeof ChangesQuery>;
