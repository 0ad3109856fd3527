import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Consortium, CooperationProject, Event, PracticeCentre, ProvincialList } from "@chanjiao/sdk";
import { Migrator } from "kysely";
import * as z from "zod/mini";
import { type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { migrationProvider } from "../src/db/migrations.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

describe("migration 0011 gives stored events, practice centres and provincial lists their English fields", () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await createTestDatabase("english-text-migration");
    db = await openDatabase(database.location);
    await seedDatabase(db, { demandCount: 1 });
  });
  after(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("adds them empty to records stored before it, keeps the Chinese, and takes them off again", async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const tables = [["events", Event], ["practice_centres", PracticeCentre], ["provincial_lists", ProvincialList]] as const;
    const stored = async (table: (typeof tables)[number][0]) => (await db.selectFrom(table).select("data").execute()).map((row) => JSON.parse(row.data) as Record<string, unknown>);
    assert.equal((await migrator.migrateTo("0010_name_order_and_history")).error, undefined);
    for (const [table, schema] of tables) assert.ok((await stored(table)).every((record) => !z.safeParse(schema, record).success), `${table} stored before lack the fields`);
    const version = await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow();
    assert.equal((await migrator.migrateToLatest()).error, undefined);
    for (const [table, schema] of tables) assert.ok((await stored(table)).every((record) => z.safeParse(schema, record).success), `${table} match the contract again`);
    const [list] = (await stored("provincial_lists")) as ProvincialList[];
    assert.equal(list!.titleEn, null);
    assert.match(list!.title, /清单/);
    assert.ok(list!.items.every((item) => item.titleEn === null && item.detailEn === null));
    assert.ok(Number((await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow()).version) > Number(version.version), "cached answers no longer hold");
  });

  it("gives cooperation projects and consortia stored before their English fields and regions what the contract asks", async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    assert.equal((await migrator.migrateTo("0010_name_order_and_history")).error, undefined);
    const strip = async (table: "cooperation_projects" | "consortia", fields: readonly string[]) => {
      for (const row of await db.selectFrom(table).select(["id", "data"]).execute()) {
        const data = Object.fromEntries(Object.entries(JSON.parse(row.data as string) as Record<string, unknown>).filter(([field]) => !fields.includes(field)));
        await db.updateTable(table).set({ data: JSON.stringify(data) }).where("id", "=", row.id).execute();
      }
    };
    await strip("cooperation_projects", ["nameEn", "fieldsEn", "regions"]);
    await strip("consortia", ["membersEn"]);
    assert.equal((await migrator.migrateToLatest()).error, undefined);
    for (const [table, schema] of [["cooperation_projects", CooperationProject], ["consortia", Consortium]] as const) {
      const records = (await db.selectFrom(table).select("data").execute()).map((row) => JSON.parse(row.data) as unknown);
      assert.ok(records.length > 0 && records.every((record) => z.safeParse(schema, record).success), `${table} match the contract`);
    }
  });
});
