import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { buildSeedRecords, openDatabase, seedDatabase, writeRecords } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase("change-log-sequence");
});
after(async () => {
  await database?.drop();
});

describe("the change log's sequence numbers", () => {
  it("only grow, and are never given again, even after the last entries are deleted and the database is opened again", async () => {
    const records = buildSeedRecords();
    let db = await openDatabase(database.location);
    await seedDatabase(db);
    const highest = async () => Number((await db.selectFrom("change_log").select((eb) => eb.fn.max("seq").as("seq")).executeTakeFirstOrThrow()).seq ?? 0);
    const seeded = await highest();
    // An operator prunes the log's tail by hand, then the server restarts.
    await db.deleteFrom("change_log").where("seq", ">", seeded - 10).execute();
    await db.destroy();
    db = await openDatabase(database.location);
    try {
      const [first, ...rest] = records.programmes;
      await writeRecords(db, { ...records, programmes: [{ ...first!, majorName: `${first!.majorName}（新）` }, ...rest] });
      const logged = await db.selectFrom("change_log").select("seq").where("seq", ">", seeded - 10).orderBy("seq").execute();
      assert.equal(logged.length, 1);
      assert.ok(Number(logged[0]!.seq) > seeded, `${logged[0]!.seq} follows ${seeded}`);
    } finally {
      await db.destroy();
    }
  });
});
