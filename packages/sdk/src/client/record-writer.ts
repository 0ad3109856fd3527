import type * as z from "zod/mini";
import { RecordHistory } from "../schemas/history.js";
import { type CreateBody, createBodyOf, type PatchBody, patchBodyOf } from "../schemas/record-writes.js";
import type { CollectionName, Collections } from "../schemas/collections.js";
import type { CollectionDefinition } from "../schemas/resources.js";
import { recordPath } from "./record-path.js";
import type { RequestOptions, Transport } from "./transport.js";
import { type ChangeOptions, checked, type CreateOptions, type Created, readVersioned, sendChange, sendCreate, sendRemove, type Versioned } from "./writes.js";

/** The collections written through `POST`, `PATCH` and `DELETE`: every one but talent demand, which has its own {@link TalentDemandWriter}. */
export type WritableCollectionName = Exclude<CollectionName, "talentDemand">;

/**
 * Keeping the records of one collection with an API key (the client's `apiKey` option), such as
 * `client.programmes`. Bodies are checked against the create and patch schemas derived from the
 * record schema ({@link createBodyOf}, {@link patchBodyOf}) before any request: a bad one rejects
 * with a ValidationError naming every bad field. The server's refusals reject with an HttpError
 * carrying its problem: 401 (no or revoked key), 403 (a record another organisation keeps, or
 * reference data for an editor key), 404, 409 (create with an id that exists), 412 (stale
 * `ifMatch`), 422 (every bad field or unknown reference in `problem.errors`), 429.
 */
export interface RecordWriter<S extends z.ZodMiniObject> {
  /** Reads a record with its ETag, ready for `update` or `remove`; retried like any read. */
  getWithEtag(id: string, options?: RequestOptions): Promise<Versioned<z.infer<S>>>;
  /**
   * Creates a record. `id` is assigned by the server when absent, `sample` is false unless given,
   * and `province` follows `region`; `source` is required.
   *
   * @example
   * const { record, etag } = await client.programmes.create(programme, { idempotencyKey: "programme-2026-460303" });
   */
  create(body: CreateBody<S>, options?: CreateOptions): Promise<Created<z.infer<S>>>;
  /**
   * Changes the fields given (at least one; a list or nested object given replaces the stored one
   * whole, `null` clears a nullable field), if the record is still as it was when `ifMatch` was read.
   * Sent exactly once.
   *
   * @example
   * const { record, etag } = await client.programmes.getWithEtag(id);
   * await client.programmes.update(id, { enrolmentPlan: (record.enrolmentPlan ?? 0) + 5 }, { ifMatch: etag });
   */
  update(id: string, patch: PatchBody<S>, options: ChangeOptions): Promise<Versioned<z.infer<S>>>;
  /** Removes a record, if it is still as it was when `ifMatch` was read: it leaves lists, reads and aggregates at once. Sent exactly once. */
  remove(id: string, options: ChangeOptions): Promise<void>;
  /**
   * The record's writes from the audit trail, newest first: who, when, through which door and
   * which fields. An admin key reads any record's; an editor key those of records its organisation keeps (else HttpError 403).
   */
  history(id: string, options?: RequestOptions): Promise<RecordHistory>;
}

/** The writer of collection `N` of the `collections` table. */
export type CollectionWriter<N extends WritableCollectionName> = RecordWriter<Collections[N]["schema"]>;

/** Builds the write methods of a collection from its definition; `name` labels its errors. */
export function recordWriter<D extends CollectionDefinition>(transport: Transport, definition: D, name: string): RecordWriter<D["schema"]> {
  type Stored = z.infer<D["schema"]>;
  const { path, schema } = definition;
  // Derived on the first write, so that a client that only reads never builds them.
  let bodies: { create: z.ZodMiniType; patch: z.ZodMiniType } | undefined;
  const body = () => (bodies ??= { create: createBodyOf(schema), patch: patchBodyOf(schema) });
  // Each method is async so that invalid input rejects the promise instead of throwing at the call.
  return {
    async getWithEtag(id, options) {
      return (await readVersioned(transport, recordPath(path, id, `id of ${name}.getWithEtag`), schema, options)) as Versioned<Stored>;
    },
    async create(input, options = {}) {
      return (await sendCreate(transport, path, checked(body().create, input, `body of ${name}.create`), schema, options)) as Created<Stored>;
    },
    async update(id, patch, options) {
      const json = checked(body().patch, patch, `patch of ${name}.update`);
      return (await sendChange(transport, { method: "PATCH", path: recordPath(path, id, `id of ${name}.update`), json }, schema, options)) as Versioned<Stored>;
    },
    async history(id, options) {
      return transport.read(`${recordPath(path, id, `id of ${name}.history`)}/history`, undefined, RecordHistory, options);
    },
    async remove(id, options) {
      await sendRemove(transport, recordPath(path, id, `id of ${name}.remove`), options);
    },
  };
}
