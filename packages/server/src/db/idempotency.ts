import type { Transaction } from "kysely";
import type { Database } from "./open.js";
import type { ChanjiaoDatabase } from "./tables.js";

/** How long a stored answer to an `Idempotency-Key` is replayed. */
export const idempotencyWindowMs = 24 * 60 * 60 * 1000;

/** The answer kept for a create sent with an idempotency key. */
export interface KeptAnswer {
  id: string;
  status: number;
  data: string;
  etag: string;
}

/** What a create with an idempotency key finds: the earlier answer to the same body, or the key used with another body. */
export type PriorAnswer = ({ kind: "replayed" } & KeptAnswer) | { kind: "key-reused" };

/** The answer an organisation's earlier create with this key got, within the window. */
export async function priorAnswer(db: Database | Transaction<ChanjiaoDatabase>, organisationId: string, key: string, requestHash: string): Promise<PriorAnswer | null> {
  const prior = await db
    .selectFrom("idempotency_keys")
    .select(["request_hash", "record_id", "status", "body", "etag"])
    .where("organisation_id", "=", organisationId)
    .where("key", "=", key)
    .where("created_at", ">=", new Date(Date.now() - idempotencyWindowMs).toISOString())
    .executeTakeFirst();
  if (!prior) return null;
  return prior.request_hash === requestHash ? { kind: "replayed", status: Number(prior.status), id: prior.record_id, data: prior.body, etag: prior.etag } : { kind: "key-reused" };
}

/** Keeps the answer to a create in its transaction, so that a retry finds both the record and the answer, or neither. */
export async function keepAnswer(trx: Transaction<ChanjiaoDatabase>, organisationId: string, idempotency: { key: string; requestHash: string }, answer: KeptAnswer): Promise<void> {
  // Expired answers go as new ones arrive, so the table stays the size of one window.
  await trx.deleteFrom("idempotency_keys").where("created_at", "<", new Date(Date.now() - idempotencyWindowMs).toISOString()).execute();
  await trx
    .insertInto("idempotency_keys")
    .values({ organisation_id: organisationId, key: idempotency.key, request_hash: idempotency.requestHash, record_id: answer.id, status: answer.status, body: answer.data, etag: answer.etag, created_at: new Date().toISOString() })
    .execute();
}
