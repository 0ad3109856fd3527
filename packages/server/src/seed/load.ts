import { type CollectionName, collections, type RecordOf } from "@chanjiao/sdk";
import { sql } from "kysely";
import * as z from "zod/mini";
import { bumpDataVersion } from "../db/data-version.js";
import { isPostgres } from "../db/dialect.js";
import type { Database } from "../db/open.js";
import { type LoggedWrite, storeWrites, type Writer } from "../db/record-writes.js";
import { storage } from "../db/storage.js";
import { buildSeedRecords, type SeedOptions, type SeedRecords } from "./records.js";

/** The writer of a dataset replaced as a whole (a seed, a dataset of one's own): the operator, from the command line. */
const datasetWriter: Writer = { organisationId: null, keyId: null, role: "admin", via: "cli" };

/**
 * The writes that turn a collection's stored records into the given ones: records the new set
 * lacks are removed, new ones created, changed ones updated; records left as they were are not
 * written (nor logged).
 */
function writesOf<N extends CollectionName>(name: N, records: Array<RecordOf<N>>, stored: Map<string, string>): LoggedWrite[] {
  const writes: LoggedWrite[] = [];
  for (const record of records) {
    // The contract is checked here, once, so every response body built from `data` conforms.
    const valid = z.parse(collections[name].schema as z.ZodMiniType, record) as RecordOf<N>;
    const id = (valid as { id: string }).id;
    const after = JSON.stringify(valid);
    const before = stored.get(id) ?? null;
    stored.delete(id);
    if (after !== before) writes.push({ id, kind: before === null ? "created" : "updated", before, after, record: valid });
  }
  for (const [id, before] of stored) writes.push({ id, kind: "removed", before, after: null });
  return writes;
}

/**
 * Replaces every record in the database with the given records, in one transaction; collections
 * left out are emptied. For a dataset of one's own in place of the seed. Every record removed,
 * created or changed is in the change log, so a reader of the change feed follows the replacement.
 */
export async function writeRecords(db: Database, records: Partial<SeedRecords>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // PostgreSQL runs transactions side by side: two servers seeding one new database at once would
    // insert the same ids. The second waits here for the first, then replaces its records. (SQLite
    // runs one writing transaction at a time anyway.)
    if (isPostgres(trx)) await sql`lock table seed_info in exclusive mode`.execute(trx);
    for (const name of Object.keys(collections) as CollectionName[]) {
      const stored = new Map((await trx.selectFrom(storage[name].table).select(["id", "data"]).execute()).map((row) => [row.id, row.data]));
      await storeWrites(trx, datasetWriter, name, writesOf(name, (records[name] ?? []) as Array<RecordOf<typeof name>>, stored));
    }
    await bumpDataVersion(trx);
    await trx.deleteFrom("seed_info").execute();
    await trx.insertInto("seed_info").values({ key: "seeded-at", value: new Date().toISOString() }).execute();
  });
}

/** Fills the database with the sourced records and the generated sample records. */
export async function seedDatabase(db: Database, options: SeedOptions = {}): Promise<void> {
  await writeRecords(db, buildSeedRecords(options));
}

/** True when the database has never been seeded. */
export async function isEmpty(db: Database): Promise<boolean> {
  const row = await db.selectFrom("seed_info").select("key").executeTakeFirst();
  return row === undefined;
}
