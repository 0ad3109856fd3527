import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildSeedRecords, type Database, openDatabase, seedDatabase, writeRecords } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let db: Database;

before(async () => {
  database = await createTestDatabase("dataset-replace");
  db = await openDatabase(database.location);
  await seedDatabase(db);
});
after(async () => {
  await db?.destroy();
  await database?.drop();
});

/** The change log after `seq`, as (collection, id, kind), oldest first. */
async function logAfter(seq: number): Promise<Array<[string, string, string]>> {
  const rows = await db.selectFrom("change_log").select(["collection", "record_id", "kind"]).where("seq", ">", seq).orderBy("seq").execute();
  return rows.map((row) => [row.collection, row.record_id, row.kind]);
}

async function lastSeq(): Promise<number> {
  const row = await db.selectFrom("change_log").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirstOrThrow();
  return Number(row.seq ?? 0);
}

describe("replacing the whole dataset", () => {
  it("logs every record it removes, creates or changes, and nothing for records left as they were", async () => {
    const records = buildSeedRecords();
    const [kept, changed, dropped] = records.programmes;
    const from = await lastSeq();
    const added = { ...kept!, id: "programme-added-by-keeper" };
    await writeRecords(db, {
      ...records,
      programmes: [kept!, { ...changed!, majorName: `${changed!.majorName}（新）` }, added, ...records.programmes.slice(3)],
      events: [],
    });
    const logged = await logAfter(from);
    const events = records.events.map((event) => ["events", event.id, "removed"]);
    assert.deepEqual(
      logged.sort(),
      [["programmes", changed!.id, "updated"], ["programmes", dropped!.id, "removed"], ["programmes", added.id, "created"], ...events].sort(),
    );
    const removed = await db.selectFrom("change_log").select(["before", "after", "via"]).where("record_id", "=", dropped!.id).where("seq", ">", from).executeTakeFirstOrThrow();
    assert.deepEqual({ ...removed, before: JSON.parse(removed.before!).id }, { before: dropped!.id, after: null, via: "cli" }, "the audit trail keeps what was removed");
    assert.equal((await db.selectFrom("events").select("id").execute()).length, 0);
  });

  it("logs nothing when the dataset is written again as it is", async () => {
    const records = buildSeedRecords();
    await writeRecords(db, records);
    const from = await lastSeq();
    await writeRecords(db, records);
    assert.deepEqual(await logAfter(from), []);
  });

  it("logs every record of a first seed as created, so the change feed from its start holds the whole dataset", async () => {
    const fresh = await createTestDatabase("dataset-replace-fresh");
    const freshDb = await openDatabase(fresh.location);
    try {
      await seedDatabase(freshDb);
      const created = await freshDb.selectFrom("change_log").select(["collection", "kind"]).execute();
      const programmes = await freshDb.selectFrom("programmes").select("id").execute();
      assert.ok(created.every((row) => row.kind === "created"));
      assert.equal(created.filter((row) => row.collection === "programmes").length, programmes.length);
    } finally {
      await freshDb.destroy();
      await fresh.drop();
    }
  });
});
