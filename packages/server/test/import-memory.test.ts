import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Database, openDatabase, seedDatabase } from "../src/index.ts";
import { importRecords } from "../src/import/import-records.ts";
import { createTestDatabase, type TestDatabase } from "./helpers.ts";

let database: TestDatabase;
let db: Database;

before(async () => {
  database = await createTestDatabase("import-memory");
  db = await openDatabase(database.location);
  await seedDatabase(db);
});
after(async () => {
  await db?.destroy();
  await database?.drop();
});

const admin = { organisationId: null, keyId: null, role: "admin", via: "import" } as const;
const supplyCount = async () => Number((await db.selectFrom("talent_supply").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

describe("reading a file takes bounded memory", () => {
  // A limit that reads an ordinary file, and not one of a million records read whole.
  const readerHeapMb = 96;

  it("imports an ordinary file within the limit", async () => {
    const row = { region: "320500", majorCategoryId: "mc-46", level: "高职专科", period: 2031, graduates: 120, source: "市教育局汇总" };
    const report = await importRecords(db, { collection: "talentSupply", bytes: Buffer.from(JSON.stringify([row])), declared: "supply.json", writer: admin, readerHeapMb });
    assert.deepEqual([report.written, report.created, report.problems], [true, 1, []]);
  });

  it("refuses a file that needs more, in the file's language, and writes nothing", async () => {
    const before = await supplyCount();
    const bytes = Buffer.from(`[${Array.from({ length: 1_200_000 }, (_, index) => `{"graduates":${index}}`).join(",")}]`);
    for (const lang of ["zh-CN", "en"] as const) {
      const report = await importRecords(db, { collection: "talentSupply", bytes, declared: "supply.json", writer: admin, lang, readerHeapMb });
      assert.equal(report.written, false);
      assert.equal(report.problems.length, 1);
      assert.match(report.problems[0]!.message, lang === "zh-CN" ? /内存超过了一次导入可用的 96 MB；请把它拆成/ : /more than the 96 MB of memory an import may use/);
    }
    assert.equal(await supplyCount(), before, "nothing written");
  });
});
