import { createHash, randomUUID } from "node:crypto";
import { type CollectionName, collections, type RecordOf } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import * as z from "zod/mini";
import type { ParameterError } from "../http/query.js";
import { bodyErrors } from "../http/json-body.js";
import { provinceOf } from "../seed/cities.js";
import type { KeyRole } from "./api-keys.js";
import { bumpDataVersion } from "./data-version.js";
import { editorsKeep, keeps } from "./keepers.js";
import { holdsNul } from "./query.js";
import { linkRowsOf, storedRowOf } from "./record-rows.js";
import { missingReferences } from "./references.js";
import { storage } from "./storage.js";
import type { ChanjiaoDatabase } from "./tables.js";

type Trx = Transaction<ChanjiaoDatabase>;
type AnyRecord = Record<string, unknown>;

/** Who writes, and through which door: recorded in the audit trail with every change. */
export interface Writer {
  organisationId: string | null;
  keyId: string | null;
  /** `admin` writes every record; `editor` only those its organisation keeps. The CLI writes as admin. */
  role: KeyRole;
  via: "api" | "import" | "cli";
}

/** The strong ETag of a stored record: a digest of its JSON, the same the record's GET answers with. */
export function recordEtag(data: string): string {
  return `"${createHash("sha1").update(data).digest("hex")}"`;
}

/** True when an `If-Match` header value names the current ETag (or `*`). Weak tags never match: If-Match compares strongly. */
export function ifMatchAccepts(header: string, etag: string): boolean {
  return header.split(",").some((tag) => tag.trim() === "*" || tag.trim() === etag);
}

export type WriteOutcome =
  | { kind: "created" | "updated"; id: string; data: string; etag: string }
  | { kind: "removed"; id: string }
  | { kind: "invalid"; errors: ParameterError[] }
  | { kind: "forbidden"; detail: string }
  | { kind: "not-found" }
  | { kind: "exists"; id: string }
  | { kind: "stale"; etag: string };

async function storedData(trx: Trx, collection: CollectionName, id: string): Promise<string | undefined> {
  if (holdsNul(id)) return undefined;
  const row = await trx.selectFrom(storage[collection].table).select("data").where("id", "=", id).executeTakeFirst();
  return row?.data;
}

async function mayWrite(trx: Trx, writer: Writer, collection: CollectionName, record: AnyRecord): Promise<string | null> {
  if (writer.role === "admin") return null;
  if (editorsKeep(collection) && writer.organisationId !== null && (await keeps(trx, writer.organisationId, collection, record))) return null;
  return editorsKeep(collection) ? `This record of /v1/${collections[collection].path} is kept by another organisation.` : `/v1/${collections[collection].path} is reference data: only an admin key writes it.`;
}

/**
 * The whole record a write leaves, checked: the contract, the references it makes and the writer's
 * right to it. `province` is derived from `region` where the writer leaves it out (or changes the region alone).
 */
async function checkedRecord(trx: Trx, writer: Writer, collection: CollectionName, record: AnyRecord): Promise<{ record: AnyRecord } | WriteOutcome> {
  const schema = collections[collection].schema as z.ZodMiniObject;
  if ("province" in schema.shape && record.province === undefined) record.province = typeof record.region === "string" ? provinceOf(record.region) : null;
  const result = z.safeParse(schema, record);
  if (!result.success) return { kind: "invalid", errors: bodyErrors(result.error.issues) };
  const valid = result.data as AnyRecord;
  const missing = await missingReferences(trx, collection, valid);
  if (missing.length) return { kind: "invalid", errors: missing };
  const refused = await mayWrite(trx, writer, collection, valid);
  return refused === null ? { record: valid } : { kind: "forbidden", detail: refused };
}

/** Appends a write to the change log and advances the data version, in the write's transaction. */
export async function logChange(trx: Trx, writer: Writer, collection: CollectionName, id: string, kind: "created" | "updated" | "removed", before: string | null, after: string | null) {
  await trx
    .insertInto("change_log")
    .values({ collection, record_id: id, kind, at: new Date().toISOString(), organisation_id: writer.organisationId, key_id: writer.keyId, via: writer.via, before, after })
    .execute();
  await bumpDataVersion(trx);
}

async function store(trx: Trx, collection: CollectionName, record: AnyRecord, replacing: boolean): Promise<string> {
  const row = storedRowOf(collection, record as RecordOf<typeof collection>);
  const table = storage[collection].table;
  if (replacing) {
    await trx.deleteFrom(table).where("id", "=", row.id).execute();
    await trx.deleteFrom("record_links").where("collection", "=", collection).where("record_id", "=", row.id).execute();
  }
  await trx.insertInto(table).values(row).execute();
  const links = linkRowsOf(collection, record as RecordOf<typeof collection>);
  if (links.length) await trx.insertInto("record_links").values(links).execute();
  return row.data;
}

/** Creates a record from a create body (already checked against the collection's create schema), in the caller's transaction. */
export async function createRecord(trx: Trx, writer: Writer, collection: CollectionName, body: AnyRecord): Promise<WriteOutcome> {
  const id = typeof body.id === "string" ? body.id : `${collections[collection].path}-${randomUUID()}`;
  if ((await storedData(trx, collection, id)) !== undefined) return { kind: "exists", id };
  const checked = await checkedRecord(trx, writer, collection, { ...body, id, sample: body.sample ?? false });
  if (!("record" in checked)) return checked;
  const data = await store(trx, collection, checked.record, false);
  await logChange(trx, writer, collection, id, "created", null, data);
  return { kind: "created", id, data, etag: recordEtag(data) };
}

/**
 * Changes fields of a record (a patch already checked against the collection's patch schema), if it
 * is still as `ifMatch` read it. The writer must keep the record before and after the change, so no
 * one can move a record out of another organisation's keeping, or into it.
 */
export async function updateRecord(trx: Trx, writer: Writer, collection: CollectionName, id: string, patch: AnyRecord, ifMatch: string | null): Promise<WriteOutcome> {
  const before = await storedData(trx, collection, id);
  if (before === undefined) return { kind: "not-found" };
  const current = JSON.parse(before) as AnyRecord;
  const refused = await mayWrite(trx, writer, collection, current);
  if (refused !== null) return { kind: "forbidden", detail: refused };
  if (ifMatch !== null && !ifMatchAccepts(ifMatch, recordEtag(before))) return { kind: "stale", etag: recordEtag(before) };
  const next: AnyRecord = { ...current, ...patch, id };
  if (patch.region !== undefined && patch.province === undefined && "province" in current) delete next.province;
  const checked = await checkedRecord(trx, writer, collection, next);
  if (!("record" in checked)) return checked;
  const data = await store(trx, collection, checked.record, true);
  if (data !== before) await logChange(trx, writer, collection, id, "updated", before, data);
  return { kind: "updated", id, data, etag: recordEtag(data) };
}

/** Removes a record, if it is still as `ifMatch` read it; it leaves lists and computed reads at once. */
export async function removeRecord(trx: Trx, writer: Writer, collection: CollectionName, id: string, ifMatch: string | null): Promise<WriteOutcome> {
  const before = await storedData(trx, collection, id);
  if (before === undefined) return { kind: "not-found" };
  const refused = await mayWrite(trx, writer, collection, JSON.parse(before) as AnyRecord);
  if (refused !== null) return { kind: "forbidden", detail: refused };
  if (ifMatch !== null && !ifMatchAccepts(ifMatch, recordEtag(before))) return { kind: "stale", etag: recordEtag(before) };
  await trx.deleteFrom(storage[collection].table).where("id", "=", id).execute();
  await trx.deleteFrom("record_links").where("collection", "=", collection).where("record_id", "=", id).execute();
  await logChange(trx, writer, collection, id, "removed", before, null);
  return { kind: "removed", id };
}
