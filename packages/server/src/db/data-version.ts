import { sql, type Transaction } from "kysely";
import { isPostgres } from "./dialect.js";
import type { Database } from "./open.js";
import type { ChanjiaoDatabase } from "./tables.js";

/** Which state of the data an answer was computed from. */
export interface DataVersion {
  /** Random, fixed when the database was created: a version number of another database never matches. */
  epoch: string;
  /** Counts the changes of the records, all collections together. */
  version: number;
}

/** The PostgreSQL channel on which each write announces the new version (`epoch version`) to every server on the database. */
export const dataVersionChannel = "chanjiao_data_version";

/** The current data version, one small row: what the derived answers' ETags and cache are keyed by. */
export async function readDataVersion(db: Database): Promise<DataVersion> {
  const row = await db.selectFrom("data_version").select(["epoch", "version"]).executeTakeFirstOrThrow();
  return { epoch: row.epoch, version: Number(row.version) };
}

/**
 * Marks the records changed, inside the transaction that changes them, so that every server on the
 * database (PostgreSQL may have several) stops answering from what it computed before. On
 * PostgreSQL the new version is announced too; the announcement is delivered when the transaction commits.
 */
export async function bumpDataVersion(trx: Transaction<ChanjiaoDatabase>): Promise<void> {
  if (isPostgres(trx)) {
    await sql`with bumped as (update data_version set version = version + 1 returning epoch, version)
      select pg_notify(${dataVersionChannel}, epoch || ' ' || version) from bumped`.execute(trx);
    return;
  }
  await trx
    .updateTable("data_version")
    .set((eb) => ({ version: eb("version", "+", 1) }))
    .execute();
}
