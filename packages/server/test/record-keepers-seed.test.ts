import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { CooperationProject, Event, Pathway } from "@chanjiao/sdk";
import { Migrator } from "kysely";
import * as z from "zod/mini";
import { buildSeedRecords, type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { migrationProvider } from "../src/db/migrations.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

const records = buildSeedRecords({ demandCount: 1 });

describe("the seed names who keeps pathways, events and cooperation projects", () => {
  it("gives each sample pathway a sample school teaching at one of its levels, never a real school", () => {
    const schools = new Map(records.schools.map((school) => [school.id, school]));
    for (const pathway of records.pathways) {
      const school = schools.get(pathway.schoolId!);
      assert.ok(school?.sample, `${pathway.id} is run by a sample school`);
      assert.ok(pathway.steps.some((step) => step.level === school.level), `${pathway.id}: ${school.level} is one of its levels`);
    }
  });

  it("names as organisers the government organisations the sources name, a province's by its code", () => {
    const organisations = new Map(records.organisations.map((organisation) => [organisation.id, organisation]));
    const conference = records.events.find((event) => event.organisers?.includes("天津市人民政府"))!;
    const organisers = conference.organiserIds.map((id) => organisations.get(id)!);
    assert.deepEqual(organisers.map((organisation) => [organisation.name, organisation.kind, organisation.province]), [
      ["教育部", "government", null],
      ["中国联合国教科文组织全国委员会", "government", null],
      ["天津市人民政府", "government", "120000"],
    ]);
    for (const event of records.events.filter((item) => !item.organisers)) assert.deepEqual(event.organiserIds, [], `${event.id} names no organiser: admin keys keep it`);
  });

  it("names as lead institutions of a project only the partners that are organisations of the data", () => {
    const names = new Map(records.organisations.map((organisation) => [organisation.id, organisation.name]));
    const led = records.cooperationProjects.filter((project) => project.leadOrganisationIds.length > 0);
    assert.ok(led.length >= 2);
    for (const project of led) {
      for (const id of project.leadOrganisationIds) assert.ok(project.partners.some((partner) => partner.startsWith(names.get(id)!)), `${project.id}: ${id} is one of its partners`);
    }
  });
});

describe("migration 0006 names no keeper for records stored before it", () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await createTestDatabase("keepers-migration");
    db = await openDatabase(database.location);
    await seedDatabase(db, { demandCount: 1 });
  });
  after(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("adds schoolId, organiserIds and leadOrganisationIds to stored records, and takes them off again", async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const stored = async <S extends z.core.$ZodType>(table: "pathways" | "events" | "cooperation_projects", schema: S) =>
      (await db.selectFrom(table).select("data").execute()).map((row) => z.safeParse(schema, JSON.parse(row.data)).success);
    assert.equal((await migrator.migrateTo("0005_roles_and_change_log")).error, undefined);
    const before = (await db.selectFrom("pathways").select("data").executeTakeFirstOrThrow()).data;
    assert.ok(!("schoolId" in JSON.parse(before)));
    assert.ok((await stored("events", Event)).every((valid) => !valid), "records stored before name no keeper");
    const version = await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow();
    assert.equal((await migrator.migrateToLatest()).error, undefined);
    for (const [table, schema] of [["pathways", Pathway], ["events", Event], ["cooperation_projects", CooperationProject]] as const) {
      assert.ok((await stored(table, schema)).every(Boolean), `${table} match the contract again`);
    }
    const pathway = JSON.parse((await db.selectFrom("pathways").select("data").executeTakeFirstOrThrow()).data) as Pathway;
    assert.equal(pathway.schoolId, null, "admin keys keep it until a school is named");
    assert.ok(Number((await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow()).version) > Number(version.version), "cached answers no longer hold");
  });
});
