import type { Transaction } from "kysely";
import type { Database } from "./open.js";
import type { ChanjiaoDatabase } from "./tables.js";

/** Which state of the data an answer was computed from. */
export interface DataVersion {
  /** Random, fixed when the database was created: a version number of another database never matches. */
  epoch: string;
  /** Counts the changes of the records, all collections together. */
  version: number;
}

/** The current data version, one small row: what the derived answers' ETags and cache are keyed by. */
export async function readDataVersion(db: Database): Promise<DataVersion> {
  const row = await db.selectFrom("data_version").select(["epoch", "version"]).executeTakeFirstOrThrow();
  return { epoch: row.epoch, version: Number(row.version) };
}

/**
 * Marks the records changed, inside the transaction that changes them, so that every server on the
 * database (PostgreSQL may have several) stops answering from what it computed before.
 */
export async function bumpDataVersion(trx: Transaction<ChanjiaoDatabase>): Promise<void> {
  await trx
    .updateTable("data_version")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .execute();
}
