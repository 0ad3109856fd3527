import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { Citation, collections, publisherOf } from "@chanjiao/sdk";
import { Migrator } from "kysely";
import * as z from "zod/mini";
import { type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { migrationProvider } from "../src/db/migrations.ts";
import { recordTables } from "../src/db/tables.ts";
import { citationsOf } from "../src/seed/citations.ts";
import { buildSeedRecords } from "../src/seed/records.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

const official = (citation: Citation) => citation.url !== null && publisherOf(new URL(citation.url))?.official === true;

describe("citationsOf", () => {
  it("names the publisher, the title in 《》 and the date beside it, with the address apart", () => {
    assert.deepEqual(citationsOf("教育部《职业教育专业目录（2021年）》 http://www.moe.gov.cn/srcsite/A07/moe_953/202103/t20210319_521135.html; transcription: python-docx parse"), [
      {
        publisher: "教育部",
        publisherEn: "Ministry of Education",
        title: "职业教育专业目录（2021年）",
        titleEn: null,
        date: "2021-03-19",
        url: "http://www.moe.gov.cn/srcsite/A07/moe_953/202103/t20210319_521135.html",
        copy: false,
      },
    ]);
  });

  it("takes a date the text gives before one in the address, and leaves a gap where neither gives one", () => {
    const [southcn] = citationsOf("https://static.nfapp.southcn.com/content/202309/05/c8069286.html (南方+ 2023-09-05)");
    assert.equal(southcn!.date, "2023-09-05");
    const [dated] = citationsOf("Xinhua 2022-08 (http://www.news.cn/a.htm)");
    assert.equal(dated!.date, "2022-08");
    const [undated] = citationsOf("https://hn.rednet.cn/m/content/646754/62/13211186.html");
    assert.equal(undated!.date, null);
    assert.equal(undated!.title, null);
  });

  it("puts official sources first and reprints after them, keeping the text's order within each", () => {
    const citations = citationsOf(
      "http://hschangjiang.com/n2/2022/0820/c375366-40088795-2.html (人民网天津 reprint) ; https://news.gmw.cn/2024-11/15/content_37677590.htm ; http://en.moe.gov.cn/news/press_releases/202411/t20241123_1164312.html",
    );
    assert.deepEqual(
      citations.map((citation) => [citation.publisher, citation.copy]),
      [["教育部", false], ["光明网", false], ["人民网天津频道", true]],
    );
    assert.equal(citations[2]!.date, null, "a reprint's address dates the reprint, not its original");
  });

  it("replaces a mirror by the original its aside names", () => {
    const citations = citationsOf("http://jyfz.org.cn/show-20940.html (orig. http://jyt.fujian.gov.cn/jyyw/jyt/202112/t20211217_5796047.htm) ; https://www.daowen.com/book/content/241917867/5162774.html");
    assert.deepEqual(
      citations.map(({ publisher, url, copy }) => [publisher, url, copy]),
      [
        ["福建省教育厅", "http://jyt.fujian.gov.cn/jyyw/jyt/202112/t20211217_5796047.htm", false],
        [null, "https://www.daowen.com/book/content/241917867/5162774.html", true],
      ],
    );
  });

  it("cites nothing for a text without an address, and never an address of another scheme", () => {
    assert.deepEqual(citationsOf("Chanjiao sample generator (seed 2022)"), []);
    assert.deepEqual(citationsOf("GB/T 2260"), []);
    for (const hostile of ["javascript:alert(1)//http://x", "data:text/html,<script>x</script>", "http://<script>/", "http://exa mple.org/", `《${"《".repeat(10_000)}`, `${"关于".repeat(20_000)}《x》 http://a.example/`, `${"2022-".repeat(20_000)} http://a.example/`, `${"http://a.b/".repeat(200)}`]) {
      const citations = citationsOf(hostile);
      assert.ok(citations.every((citation) => z.safeParse(Citation, citation).success && /^https?:\/\//.test(citation.url!)), hostile.slice(0, 40));
      assert.ok(citations.length <= 50);
    }
  });
});

describe("seeded records", () => {
  const seeded = buildSeedRecords({ demandCount: 1 });
  const records = Object.values(seeded).flat() as Array<{ source: string; citations: Citation[] }>;

  it("carry the citations their source gives, derived once", () => {
    for (const record of records) assert.deepEqual(record.citations, citationsOf(record.source), record.source);
    assert.ok(records.filter((record) => record.citations.length > 0).length > 1000, "the sourced records cite their publications");
  });

  it("cite official sources before the others and reprints last", () => {
    for (const { citations, source } of records) {
      const ranks = citations.map((citation) => (citation.copy ? 2 : official(citation) ? 0 : 1));
      assert.deepEqual(ranks, ranks.toSorted(), source);
    }
  });
});

describe("migration 0012 gives stored records their citations", () => {
  let database: TestDatabase;
  let db: Database;
  before(async () => {
    database = await createTestDatabase("citations-migration");
    db = await openDatabase(database.location);
    await seedDatabase(db, { demandCount: 1 });
  });
  after(async () => {
    await db?.destroy();
    await database?.drop();
  });

  it("derives them from each record's source, takes them off again, and moves the data version", async () => {
    const migrator = new Migrator({ db, provider: migrationProvider });
    const stored = async () => (await db.selectFrom("cooperation_projects").select("data").execute()).map((row) => JSON.parse(row.data) as Record<string, unknown>);
    assert.equal((await migrator.migrateTo("0011_english_text")).error, undefined);
    assert.ok((await stored()).every((record) => !("citations" in record)), "records stored before have none");
    const version = await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow();
    assert.equal((await migrator.migrateToLatest()).error, undefined);
    const projects = await stored();
    assert.ok(projects.every((record) => z.safeParse(collections.cooperationProjects.schema, record).success), "they match the contract again");
    assert.ok(projects.every((record) => JSON.stringify(record.citations) === JSON.stringify(citationsOf(record.source as string))));
    assert.ok(projects.some((record) => (record.citations as Citation[]).length > 1));
    for (const table of recordTables) {
      const rows = await db.selectFrom(table).select("data").execute();
      assert.ok(rows.every((row) => Array.isArray((JSON.parse(row.data) as { citations?: unknown }).citations)), table);
    }
    assert.ok(Number((await db.selectFrom("data_version").select("version").executeTakeFirstOrThrow()).version) > Number(version.version), "cached answers no longer hold");
  });
});
