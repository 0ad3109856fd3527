import { randomUUID } from "node:crypto";
import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";
import { citationsOf } from "../seed/citations.js";
import { isPostgres } from "./dialect.js";
import type { FilterColumn, RecordTable } from "./tables.js";

type ColumnKind = "text" | "integer";

type TableColumns = Partial<Record<FilterColumn, ColumnKind>>;

/** The filter columns of each record table, as created by the first migration; later tables come with their own migrations. */
const initialColumns: Record<Exclude<RecordTable, "service_platforms" | "major_classes" | keyof typeof reformColumns>, TableColumns> = {
  regions: { level: "text", parent: "text" },
  parks: { region: "text", province: "text" },
  organisations: { region: "text", province: "text", kind: "text", level: "text" },
  schools: { region: "text", province: "text", level: "text" },
  consortia: { region: "text", province: "text", kind: "text", batch: "integer" },
  major_categories: {},
  majors: { level: "text", major_category_id: "text" },
  programmes: { region: "text", province: "text", school_id: "text", major_category_id: "text", level: "text" },
  talent_demand: {
    region: "text",
    province: "text",
    industry: "text",
    major_category_id: "text",
    level: "text",
    period: "integer",
    status: "text",
    publisher_id: "text",
    measure: "integer",
  },
  talent_supply: { region: "text", province: "text", major_category_id: "text", level: "text", period: "integer", measure: "integer" },
  practice_centres: { region: "text", province: "text", kind: "text", consortium_id: "text" },
  pathways: { kind: "text", major_category_id: "text" },
  cooperation_projects: { kind: "text" },
  events: { kind: "text", year: "integer" },
  provincial_lists: { province: "text", kind: "text" },
};

/** The tables of the reform records (clause 3), made by migration 0006. */
const reformColumns = {
  province_pilots: { province: "text", kind: "text" },
  incentive_policies: { province: "text" },
  implementing_documents: { region: "text", province: "text" },
} satisfies Record<string, TableColumns>;

/**
 * The type of a text column. SQLite compares text by its bytes; PostgreSQL by the database's
 * collation, which follows the server's locale and may order ids, cursors and group keys otherwise
 * (en_US, for one, ignores `-` and `_` at first). On PostgreSQL every text column therefore takes the
 * "C" collation: byte order, which for UTF-8 is SQLite's order, and `lower()` folds ASCII only, as
 * SQLite's does. SQLite's tables are created exactly as before.
 */
function textType(db: Kysely<any>) {
  return isPostgres(db) ? sql`text collate "C"` : "text";
}

/** Creates a record table as every collection's is: the common columns, its filter columns, and an index per filter column. */
async function createRecordTable(db: Kysely<any>, table: string, columns: TableColumns) {
  const text = textType(db);
  let create = db.schema
    .createTable(table)
    .addColumn("id", text, (column) => column.primaryKey())
    .addColumn("name", text, (column) => column.notNull())
    .addColumn("data", text, (column) => column.notNull())
    .addColumn("sample", "integer", (column) => column.notNull())
    .addColumn("source", text, (column) => column.notNull());
  for (const [column, kind] of Object.entries(columns)) create = create.addColumn(column, kind === "text" ? text : kind);
  await create.execute();
  for (const column of Object.keys(columns)) {
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, "id"]).execute();
  }
}

// Migrations are data, not files, so the built package needs no migration folder at run time.
// Kysely<any> is Kysely's own advice for migrations: they must not depend on today's types.
const migrations: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<any>) {
      const text = textType(db);
      for (const [table, columns] of Object.entries(initialColumns)) await createRecordTable(db, table, columns);
      await db.schema
        .createTable("record_links")
        .addColumn("collection", text, (column) => column.notNull())
        .addColumn("record_id", text, (column) => column.notNull())
        .addColumn("attribute", text, (column) => column.notNull())
        .addColumn("value", text, (column) => column.notNull())
        .addPrimaryKeyConstraint("record_links_pk", ["collection", "attribute", "value", "record_id"])
        .execute();
      await db.schema.createIndex("record_links_record_idx").on("record_links").columns(["collection", "record_id"]).execute();
      await db.schema
        .createTable("seed_info")
        .addColumn("key", text, (column) => column.primaryKey())
        .addColumn("value", text, (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const table of [...Object.keys(initialColumns), "record_links", "seed_info"]) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
  "0002_talent_publishing": {
    async up(db: Kysely<any>) {
      const text = textType(db);
      await db.schema.alterTable("talent_demand").addColumn("version", "integer", (column) => column.notNull().defaultTo(1)).execute();
      // Covers every column the gaps and signals sums read, so they scan this narrow index instead of the records' JSON.
      await db.schema
        .createIndex("talent_demand_comparison_idx")
        .on("talent_demand")
        .columns(["status", "period", "major_category_id", "industry", "level", "region", "province", "source", "sample", "measure"])
        .execute();
      await db.schema
        .createTable("api_keys")
        .addColumn("id", text, (column) => column.primaryKey())
        .addColumn("prefix", text, (column) => column.notNull())
        .addColumn("hash", text, (column) => column.notNull().unique())
        .addColumn("organisation_id", text, (column) => column.notNull())
        .addColumn("name", text)
        .addColumn("created_at", text, (column) => column.notNull())
        .addColumn("revoked_at", text)
        .execute();
      await db.schema
        .createTable("idempotency_keys")
        .addColumn("organisation_id", text, (column) => column.notNull())
        .addColumn("key", text, (column) => column.notNull())
        .addColumn("request_hash", text, (column) => column.notNull())
        .addColumn("record_id", text, (column) => column.notNull())
        .addColumn("status", "integer", (column) => column.notNull())
        .addColumn("body", text, (column) => column.notNull())
        .addColumn("etag", text, (column) => column.notNull())
        .addColumn("created_at", text, (column) => column.notNull())
        .addPrimaryKeyConstraint("idempotency_keys_pk", ["organisation_id", "key"])
        .execute();
      await db.schema.createIndex("idempotency_keys_created_idx").on("idempotency_keys").column("created_at").execute();
    },
    async down(db: Kysely<any>) {
      await sql`drop table if exists idempotency_keys`.execute(db);
      await sql`drop table if exists api_keys`.execute(db);
      await db.schema.dropIndex("talent_demand_comparison_idx").ifExists().execute();
      await db.schema.alterTable("talent_demand").dropColumn("version").execute();
    },
  },
  // Existing databases get the table here; their platforms come with the next `--seed`.
  "0003_service_platforms": {
    async up(db: Kysely<any>) {
      await createRecordTable(db, "service_platforms", { region: "text", province: "text", kind: "text", consortium_id: "text" });
    },
    async down(db: Kysely<any>) {
      await sql`drop table if exists service_platforms`.execute(db);
    },
  },
  "0004_data_version": {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable("data_version")
        .addColumn("epoch", textType(db), (column) => column.notNull())
        .addColumn("version", "integer", (column) => column.notNull())
        .execute();
      await db.insertInto("data_version").values({ epoch: randomUUID(), version: 1 }).execute();
    },
    async down(db: Kysely<any>) {
      await sql`drop table if exists data_version`.execute(db);
    },
  },
  // Roles for keys (existing keys are editors of their organisation) and the change log.
  "0005_roles_and_change_log": {
    async up(db: Kysely<any>) {
      const text = textType(db);
      await db.schema.alterTable("api_keys").addColumn("role", text, (column) => column.notNull().defaultTo("editor")).execute();
      await db.schema
        .createTable("change_log")
        .addColumn("seq", isPostgres(db) ? "bigserial" : "integer", (column) => (isPostgres(db) ? column.primaryKey() : column.primaryKey().autoIncrement()))
        .addColumn("collection", text, (column) => column.notNull())
        .addColumn("record_id", text, (column) => column.notNull())
        .addColumn("kind", text, (column) => column.notNull())
        .addColumn("at", text, (column) => column.notNull())
        .addColumn("organisation_id", text)
        .addColumn("key_id", text)
        .addColumn("via", text, (column) => column.notNull())
        .addColumn("before", text)
        .addColumn("after", text)
        .execute();
      await db.schema.createIndex("change_log_collection_idx").on("change_log").columns(["collection", "seq"]).execute();
    },
    async down(db: Kysely<any>) {
      await sql`drop table if exists change_log`.execute(db);
      await db.schema.alterTable("api_keys").dropColumn("role").execute();
    },
  },
  // Pathways, events and cooperation projects name their keepers; stored records name none yet (admin keys keep them).
  "0006_record_keepers": {
    async up(db: Kysely<any>) {
      await addFields(db, "pathways", { schoolId: null });
      await addFields(db, "events", { organiserIds: [] });
      await addFields(db, "cooperation_projects", { leadOrganisationIds: [] });
      // Answers computed before (and their ETags) no longer hold: the records changed.
      await db.updateTable("data_version").set({ version: sql`version + 1` }).execute();
    },
    async down(db: Kysely<any>) {
      await removeFields(db, "pathways", ["schoolId"]);
      await removeFields(db, "events", ["organiserIds"]);
      await removeFields(db, "cooperation_projects", ["leadOrganisationIds"]);
    },
  },
  // Existing databases get the tables here; their records come with the next `--seed`.
  "0007_reform_records": {
    async up(db: Kysely<any>) {
      for (const [table, columns] of Object.entries(reformColumns)) await createRecordTable(db, table, columns);
    },
    async down(db: Kysely<any>) {
      for (const table of Object.keys(reformColumns)) await sql`drop table if exists ${sql.table(table)}`.execute(db);
    },
  },
  // Submissions from the public demand form: kept apart from the records until a reviewer approves one.
  "0008_submissions": {
    async up(db: Kysely<any>) {
      const text = textType(db);
      await db.schema
        .createTable("submissions")
        .addColumn("ref", text, (column) => column.primaryKey())
        .addColumn("status", text, (column) => column.notNull())
        .addColumn("region", text, (column) => column.notNull())
        .addColumn("province", text, (column) => column.notNull())
        .addColumn("fingerprint", text, (column) => column.notNull().unique())
        .addColumn("data", text, (column) => column.notNull())
        .addColumn("reason", text)
        .addColumn("posting_id", text)
        .addColumn("organisation_id", text)
        .addColumn("submitted_at", text, (column) => column.notNull())
        .addColumn("reviewed_at", text)
        .execute();
      await db.schema.createIndex("submissions_region_idx").on("submissions").columns(["status", "region", "submitted_at", "ref"]).execute();
      await db.schema.createIndex("submissions_province_idx").on("submissions").columns(["status", "province", "submitted_at", "ref"]).execute();
    },
    async down(db: Kysely<any>) {
      await sql`drop table if exists submissions`.execute(db);
    },
  },
  // The whole catalogue: its 专业类 as a collection, majors found by class and year added, programmes
  // by class, talent figures compared by class.
  // Existing rows get the new columns filled with the next `--seed`.
  "0009_major_catalogue": {
    async up(db: Kysely<any>) {
      await createRecordTable(db, "major_classes", { level: "text", major_category_id: "text" });
      await addRecordColumns(db, "majors", { class_code: "text", added_from: "integer", added_to: "integer" });
      await addRecordColumns(db, "programmes", { class_code: "text" });
      for (const table of ["talent_demand", "talent_supply"]) await addRecordColumns(db, table, { class_slot: "text" });
    },
    async down(db: Kysely<any>) {
      const added = [
        ["majors", ["class_code", "added_from", "added_to"]],
        ["programmes", ["class_code"]],
        ["talent_demand", ["class_slot"]],
        ["talent_supply", ["class_slot"]],
      ] as const;
      for (const [table, columns] of added) {
        for (const column of columns) {
          await db.schema.dropIndex(`${table}_${column}_idx`).ifExists().execute();
          await db.schema.alterTable(table).dropColumn(column).execute();
        }
      }
      await sql`drop table if exists major_classes`.execute(db);
    },
  },
  // Lists read in name order page by page (`sort=name`), and a record's history, without scanning a table.
  "0010_name_order_and_history": {
    async up(db: Kysely<any>) {
      for (const table of nameOrderedTables) await db.schema.createIndex(`${table}_name_idx`).on(table).columns(["name", "id"]).execute();
      await db.schema.createIndex("change_log_record_idx").on("change_log").columns(["collection", "record_id", "seq"]).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of nameOrderedTables) await db.schema.dropIndex(`${table}_name_idx`).execute();
      await db.schema.dropIndex("change_log_record_idx").execute();
    },
  },
  // Events, practice centres and provincial lists carry English beside their Chinese text, and events
  // a note for keepers; stored records have none yet (their pages show the Chinese until a keeper adds it).
  "0011_english_text": {
    async up(db: Kysely<any>) {
      await addFields(db, "events", { nameEn: null, placeEn: null, organisersEn: null, themeEn: null, scaleEn: null, note: null });
      await addFields(db, "practice_centres", { nameEn: null });
      // English names of cooperation projects and consortia came with the same schema as 0010,
      // without a migration of their own: records stored before them get them here (and keep them on the way down).
      await addFields(db, "cooperation_projects", { nameEn: null, fieldsEn: [], regions: [] });
      await addFields(db, "consortia", { membersEn: null });
      await rewriteRecords(db, "provincial_lists", (list) => ({
        titleEn: null,
        ...list,
        items: (list.items as Array<Record<string, unknown>>).map((item) => ({ titleEn: null, detailEn: null, ...item })),
      }));
      await db.updateTable("data_version").set({ version: sql`version + 1` }).execute();
    },
    async down(db: Kysely<any>) {
      await removeFields(db, "events", ["nameEn", "placeEn", "organisersEn", "themeEn", "scaleEn", "note"]);
      await removeFields(db, "practice_centres", ["nameEn"]);
      await rewriteRecords(db, "provincial_lists", ({ titleEn: _titleEn, ...list }) => ({
        ...list,
        items: (list.items as Array<Record<string, unknown>>).map(({ titleEn: _itemTitleEn, detailEn: _detailEn, ...item }) => item),
      }));
    },
  },
  // Records carry their citations beside their citation text: stored records get those of their
  // `source`, official sources first, as the seed derives them.
  "0012_citations": {
    async up(db: Kysely<any>) {
      for (const table of nameOrderedTables) {
        await rewriteRecords(db, table, (record) => ({ citations: citationsOf(String(record.source)), ...record }));
      }
      await db.updateTable("data_version").set({ version: sql`version + 1` }).execute();
    },
    async down(db: Kysely<any>) {
      for (const table of nameOrderedTables) await removeFields(db, table, ["citations"]);
    },
  },
};

/** Gives every stored record of a table the fields it lacks, with these values. */
async function addFields(db: Kysely<any>, table: string, fields: Record<string, unknown>) {
  await rewriteRecords(db, table, (record) => ({ ...fields, ...record }));
}

async function removeFields(db: Kysely<any>, table: string, fields: string[]) {
  await rewriteRecords(db, table, (record) => Object.fromEntries(Object.entries(record).filter(([field]) => !fields.includes(field))));
}

async function rewriteRecords(db: Kysely<any>, table: string, change: (record: Record<string, unknown>) => Record<string, unknown>) {
  for (const row of await db.selectFrom(table).select(["id", "data"]).execute()) {
    const data = JSON.stringify(change(JSON.parse(row.data as string) as Record<string, unknown>));
    if (data !== row.data) await db.updateTable(table).set({ data }).where("id", "=", row.id).execute();
  }
}

/** Adds filter columns to a record table, each with its index, as `createRecordTable` makes them. */
async function addRecordColumns(db: Kysely<any>, table: string, columns: TableColumns) {
  for (const [column, kind] of Object.entries(columns)) {
    await db.schema.alterTable(table).addColumn(column, kind === "text" ? textType(db) : kind).execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, "id"]).execute();
  }
}

/** Every record table as of migration 0010, written out: a migration must not change with today's tables. */
const nameOrderedTables = [
  "regions",
  "parks",
  "organisations",
  "schools",
  "consortia",
  "major_categories",
  "majors",
  "programmes",
  "talent_demand",
  "talent_supply",
  "practice_centres",
  "service_platforms",
  "pathways",
  "cooperation_projects",
  "events",
  "provincial_lists",
  "province_pilots",
  "incentive_policies",
  "implementing_documents",
  "major_classes",
];

/** Supplies the migrations defined in code to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
