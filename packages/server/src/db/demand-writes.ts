import { createHash, randomUUID } from "node:crypto";
import { TalentDemand, type TalentDemandCreate, type TalentDemandPatch } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import * as z from "zod/mini";
import { provinceOf } from "../seed/cities.js";
import type { ParameterError } from "../http/query.js";
import { catalogueFaults, faultErrors } from "./catalogue-structure.js";
import { keepAnswer, priorAnswer } from "./idempotency.js";
import { Lookups } from "./lookups.js";
import { ifMatchAccepts, logChange, mayKeep, type Writer } from "./record-writes.js";
import type { Database } from "./open.js";
import { holdsNul, searchText } from "./query.js";
import { storage } from "./storage.js";
import type { ChanjiaoDatabase } from "./tables.js";


/**
 * The strong ETag of a posting: its version, bumped by every write, plus a digest of its JSON so
 * that a version number reused after a re-seed never validates a different record.
 */
export function demandEtag(version: number, data: string): string {
  return `"${version}-${createHash("sha256").update(data).digest("base64url").slice(0, 16)}"`;
}


/** The stored row of a posting, as a write needs it. */
export async function getDemandRow(db: Database | Transaction<ChanjiaoDatabase>, id: string) {
  if (holdsNul(id)) return undefined;
  const row = await db.selectFrom("talent_demand").select(["data", "version", "publisher_id"]).where("id", "=", id).executeTakeFirst();
  return row && { data: row.data, version: Number(row.version ?? 1), publisherId: row.publisher_id ?? null };
}

function rowOf(record: TalentDemand, version: number) {
  const spec = storage.talentDemand;
  const data = JSON.stringify(record);
  return { row: { name: searchText(spec.name(record)), data, sample: record.sample ? 1 : 0, source: record.source, ...spec.columns(record), version }, data };
}

/**
 * Stores a new posting of `publisherId` and logs it as written by `writer`, in the caller's
 * transaction: a posting published with the publisher's own key, or an approved submission.
 */
export async function insertDemand(
  trx: Transaction<ChanjiaoDatabase>,
  writer: Writer,
  posting: z.output<typeof TalentDemandCreate> & { publisherId: string; source: string },
): Promise<{ record: TalentDemand; data: string; etag: string }> {
  const record = z.parse(TalentDemand, {
    ...posting,
    id: `demand-${randomUUID()}`,
    province: provinceOf(posting.region),
    status: posting.status ?? "open",
    publishedAt: new Date().toISOString(),
    // A posting's source names its publisher, not a publication.
    citations: [],
    sample: false,
  });
  const { row, data } = rowOf(record, 1);
  await trx.insertInto("talent_demand").values({ id: record.id, ...row }).execute();
  await logChange(trx, writer, "talentDemand", record.id, "created", null, data);
  return { record, data, etag: demandEtag(1, data) };
}

/** A stored or replayed answer to a write. */
export interface WrittenDemand {
  id: string;
  data: string;
  etag: string;
}

export type CreateOutcome = ({ kind: "created" } & WrittenDemand) | ({ kind: "replayed"; status: number } & WrittenDemand) | { kind: "key-reused" };


/**
 * Publishes a posting for an organisation. With an idempotency key, the posting and the answer are
 * stored in one transaction, so a retry finds either both or neither.
 */
export async function createDemand(
  db: Database,
  writer: Writer & { organisationId: string },
  body: z.output<typeof TalentDemandCreate>,
  idempotency: { key: string; requestHash: string } | null,
): Promise<CreateOutcome> {
  const { organisationId } = writer;
  const attempt = () =>
    db.transaction().execute(async (trx): Promise<CreateOutcome> => {
      if (idempotency) {
        const prior = await priorAnswer(trx, organisationId, idempotency.key, idempotency.requestHash);
        if (prior) return prior;
      }
      const { record, data, etag } = await insertDemand(trx, writer, { ...body, publisherId: organisationId, source: `Published by organisation ${organisationId} through the Chanjiao API` });
      if (idempotency) await keepAnswer(trx, organisationId, idempotency, { id: record.id, status: 201, data, etag });
      return { kind: "created", id: record.id, data, etag };
    });
  try {
    return await attempt();
  } catch (error) {
    // A concurrent request with the same key won the insert (on databases that run transactions in parallel): answer as its retry.
    const prior = idempotency && (await priorAnswer(db, organisationId, idempotency.key, idempotency.requestHash));
    if (prior) return prior;
    throw error;
  }
}

export type UpdateOutcome =
  | ({ kind: "updated" } & WrittenDemand)
  | { kind: "not-found" }
  | { kind: "forbidden" }
  | { kind: "withdrawn" }
  | { kind: "invalid"; errors: ParameterError[] }
  | { kind: "stale"; etag: string | null };

/** A change to a posting: the editable fields, or the withdrawal. */
export type DemandChange = { patch: z.output<typeof TalentDemandPatch> } | { status: "withdrawn" };

/**
 * Applies a change to a posting of the organisation if `ifMatch` names its current ETag. The
 * UPDATE also requires the version read, so of two writers holding the same ETag exactly one
 * succeeds and the other is told its copy is stale; nothing either wrote is silently lost.
 */
export async function updateDemand(db: Database, id: string, writer: Writer, ifMatch: string, change: DemandChange): Promise<UpdateOutcome> {
  return db.transaction().execute(async (trx): Promise<UpdateOutcome> => {
    const current = await getDemandRow(trx, id);
    if (!current) return { kind: "not-found" };
    const record = JSON.parse(current.data) as TalentDemand;
    if (await mayKeep(new Lookups(trx), writer, "talentDemand", record)) return { kind: "forbidden" };
    if (record.status === "withdrawn") return { kind: "withdrawn" };
    const currentEtag = demandEtag(current.version, current.data);
    if (!ifMatchAccepts(ifMatch, currentEtag)) return { kind: "stale", etag: currentEtag };
    const changed = "patch" in change ? { ...record, ...change.patch } : { ...record, status: change.status };
    const next = z.parse(TalentDemand, { ...changed, province: provinceOf(changed.region) });
    // A patch of the level or the category alone can leave the class of another; the whole posting is checked.
    const faults = "patch" in change ? await catalogueFaults(new Lookups(trx), "talentDemand", next) : [];
    if (faults.length) return { kind: "invalid", errors: faultErrors(faults) };
    const version = current.version + 1;
    const { row, data } = rowOf(next, version);
    const result = await trx.updateTable("talent_demand").set(row).where("id", "=", id).where("version", "=", current.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return { kind: "stale", etag: null };
    await logChange(trx, writer, "talentDemand", id, "updated", current.data, data);
    return { kind: "updated", id, data, etag: demandEtag(version, data) };
  });
}

export type RemoveOutcome = { kind: "removed" } | { kind: "not-found" } | { kind: "forbidden" } | { kind: "stale"; etag: string | null };

/**
 * Removes a posting of the organisation (or, for an admin key, any posting) if `ifMatch` names its
 * current ETag: it leaves lists, gaps and signals at once. As with a change, the DELETE requires the
 * version read, so of two writers holding the same ETag only one removes it.
 */
export async function removeDemand(db: Database, id: string, writer: Writer, ifMatch: string): Promise<RemoveOutcome> {
  return db.transaction().execute(async (trx): Promise<RemoveOutcome> => {
    const current = await getDemandRow(trx, id);
    if (!current) return { kind: "not-found" };
    if (await mayKeep(new Lookups(trx), writer, "talentDemand", JSON.parse(current.data) as TalentDemand)) return { kind: "forbidden" };
    const currentEtag = demandEtag(current.version, current.data);
    if (!ifMatchAccepts(ifMatch, currentEtag)) return { kind: "stale", etag: currentEtag };
    const result = await trx.deleteFrom("talent_demand").where("id", "=", id).where("version", "=", current.version).executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) return { kind: "stale", etag: null };
    await logChange(trx, writer, "talentDemand", id, "removed", current.data, null);
    return { kind: "removed" };
  });
}
