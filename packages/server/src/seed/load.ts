import { type CollectionName, collections, type RecordOf } from "@chanjiao/sdk";
import { sql } from "kysely";
import * as z from "zod/mini";
import { bumpDataVersion } from "../db/data-version.js";
import { isPostgres } from "../db/dialect.js";
import type { Database } from "../db/open.js";
import { linkRowsOf, storedRowOf } from "../db/record-rows.js";
import { storage } from "../db/storage.js";
import { type RecordLinkRow, recordTables, type StoredRecordRow } from "../db/tables.js";
import { buildSeedRecords, type SeedOptions, type SeedRecords } from "./records.js";

// Keeps each multi-row insert well under SQLite's and PostgreSQL's bound-parameter limits.
const batchSize = 200;

function rowsOf<N extends CollectionName>(name: N, records: Array<RecordOf<N>>) {
  const rows: StoredRecordRow[] = [];
  const links: RecordLinkRow[] = [];
  for (const record of records) {
    // The contract is checked here, once, so every response body built from `data` conforms.
    const valid = z.parse(collections[name].schema as z.ZodMiniType, record) as RecordOf<N>;
    rows.push(storedRowOf(name, valid));
    links.push(...linkRowsOf(name, valid));
  }
  return { rows, links };
}

async function insertInBatches<T>(items: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < items.length; start += batchSize) await insert(items.slice(start, start + batchSize));
}

/**
 * Replaces every record in the database with the given records, in one transaction; collections
 * left out are emptied. For a dataset of one's own in place of the seed.
 */
export async function writeRecords(db: Database, records: Partial<SeedRecords>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // PostgreSQL runs transactions side by side: two servers seeding one new database at once would
    // insert the same ids. The second waits here for the first, then replaces its records. (SQLite
    // runs one writing transaction at a time anyway.)
    if (isPostgres(trx)) await sql`lock table seed_info in exclusive mode`.execute(trx);
    for (const table of recordTables) await trx.deleteFrom(table).execute();
    await trx.deleteFrom("record_links").execute();
    for (const name of Object.keys(records) as CollectionName[]) {
      const { rows, links } = rowsOf(name, records[name] as Array<RecordOf<typeof name>>);
      await insertInBatches(rows, (batch) => trx.insertInto(storage[name].table).values(batch).execute());
      await insertInBatches(links, (batch) => trx.insertInto("record_links").values(batch).execute());
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
