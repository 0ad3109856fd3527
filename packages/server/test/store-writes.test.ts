import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildSeedRecords, type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { type LoggedWrite, storeWrites, type Writer } from "../src/db/record-writes.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

// New records go in with their change log in one statement on PostgreSQL when they fit in one
// (a chunk of an import, an API create), and in several otherwise; on SQLite a row at a time.

let database: TestDatabase;
let db: Database;
const writer: Writer = { organisationId: null, keyId: null, role: "admin", via: "import" };

before(async () => {
  database = await createTestDatabase("store-writes");
  db = await openDatabase(database.location);
  await seedDatabase(db);
});
after(async () => {
  await db?.destroy();
  await database?.drop();
});

const created = (records: Array<Record<string, unknown>>): LoggedWrite[] => records.map((record) => ({ id: record.id as string, kind: "created", before: null, after: JSON.stringify(record), record }));

/** The ids the change log holds after `seq`, in its order, with how and by which door they were written. */
async function loggedAfter(seq: number) {
  return db.selectFrom("change_log").select(["record_id", "kind", "via", "before", "after"]).where("seq", ">", seq).orderBy("seq").execute();
}

async function lastSeq(): Promise<number> {
  return Number((await db.selectFrom("change_log").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirstOrThrow()).seq ?? 0);
}

describe("storing new records with their change log", () => {
  it("stores records with multi-valued attributes, their links and their log entries in order", async () => {
    const [first] = buildSeedRecords().organisations;
    const records = Array.from({ length: 5 }, (_, index) => ({ ...first!, id: `org-store-writes-${index}`, creditCode: `91110000MA0000000${index}` }));
    const seq = await lastSeq();
    await db.transaction().execute((trx) => storeWrites(trx, writer, "organisations", created(records)));
    const stored = await db.selectFrom("organisations").select(["id", "data"]).where("id", "like", "org-store-writes-%").orderBy("id").execute();
    assert.deepEqual(
      stored.map((row) => JSON.parse(row.data).creditCode),
      records.map((record) => record.creditCode),
    );
    const links = await db.selectFrom("record_links").select(["record_id", "value"]).where("attribute", "=", "credit-code").where("record_id", "like", "org-store-writes-%").orderBy("record_id").execute();
    assert.deepEqual(
      links.map((link) => [link.record_id, link.value]),
      records.map((record) => [record.id, record.creditCode]),
    );
    assert.deepEqual(await loggedAfter(seq), records.map((record) => ({ record_id: record.id, kind: "created", via: "import", before: null, after: null })));
  });

  it("stores more records than one statement takes, every one logged in the order written", async () => {
    const [first] = buildSeedRecords().talentSupply;
    // 700 rows of twelve columns: more values than one PostgreSQL statement of the server takes.
    const records = Array.from({ length: 700 }, (_, index) => ({ ...first!, id: `talent-supply-store-writes-${String(index).padStart(3, "0")}`, period: 2100 + index }));
    const seq = await lastSeq();
    await db.transaction().execute((trx) => storeWrites(trx, writer, "talentSupply", created(records)));
    const stored = await db.selectFrom("talent_supply").select(["id", "period"]).where("id", "like", "talent-supply-store-writes-%").orderBy("id").execute();
    assert.deepEqual(
      stored.map((row) => [row.id, Number(row.period)]),
      records.map((record) => [record.id, record.period]),
    );
    assert.deepEqual(
      (await loggedAfter(seq)).map((entry) => entry.record_id),
      records.map((record) => record.id),
    );
  });
});
