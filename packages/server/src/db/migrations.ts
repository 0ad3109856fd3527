import { type Kysely, type Migration, type MigrationProvider, sql } from "kysely";
import type { FilterColumn, RecordTable } from "./tables.js";

type ColumnKind = "text" | "integer";

/** The filter columns of each record table, as created by the first migration. */
const initialColumns: Record<RecordTable, Partial<Record<FilterColumn, ColumnKind>>> = {
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

// Migrations are data, not files, so the built package needs no migration folder at run time.
// Kysely<any> is Kysely's own advice for migrations: they must not depend on today's types.
const migrations: Record<string, Migration> = {
  "0001_initial": {
    async up(db: Kysely<any>) {
      for (const [table, columns] of Object.entries(initialColumns)) {
        let create = db.schema
          .createTable(table)
          .addColumn("id", "text", (column) => column.primaryKey())
          .addColumn("name", "text", (column) => column.notNull())
          .addColumn("data", "text", (column) => column.notNull())
          .addColumn("sample", "integer", (column) => column.notNull())
          .addColumn("source", "text", (column) => column.notNull());
        for (const [column, kind] of Object.entries(columns)) create = create.addColumn(column, kind);
        await create.execute();
        for (const column of Object.keys(columns)) {
          await db.schema.createIndex(`${table}_${column}_idx`).on(table).columns([column, "id"]).execute();
        }
      }
      await db.schema
        .createTable("record_links")
        .addColumn("collection", "text", (column) => column.notNull())
        .addColumn("record_id", "text", (column) => column.notNull())
        .addColumn("attribute", "text", (column) => column.notNull())
        .addColumn("value", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("record_links_pk", ["collection", "attribute", "value", "record_id"])
        .execute();
      await db.schema.createIndex("record_links_record_idx").on("record_links").columns(["collection", "record_id"]).execute();
      await db.schema
        .createTable("seed_info")
        .addColumn("key", "text", (column) => column.primaryKey())
        .addColumn("value", "text", (column) => column.notNull())
        .execute();
    },
    async down(db: Kysely<any>) {
      for (const table of [...Object.keys(initialColumns), "record_links", "seed_info"]) {
        await sql`drop table if exists ${sql.table(table)}`.execute(db);
      }
    },
  },
};

/** Supplies the migrations defined in code to Kysely's Migrator. */
export const migrationProvider: MigrationProvider = {
  async getMigrations() {
    return migrations;
  },
};
