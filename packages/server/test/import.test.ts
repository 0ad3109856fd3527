import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { createApiKey, type Database, type RunningServer, startServer } from "../src/index.ts";
import { runCli } from "./cli-process.ts";
import type { TestDatabase } from "./helpers.ts";
import { type ImportWorkspace, importWorkspace } from "./import-workspace.ts";

const exampleData = fileURLToPath(new URL("../../../examples/data/", import.meta.url));
const school = "school-84cb2efeed";

let workspace: ImportWorkspace;
let database: TestDatabase;
let directory: string;
let db: Database;

before(async () => {
  workspace = await importWorkspace("import");
  ({ database, directory, db } = workspace);
});
after(() => workspace?.remove());

const counts = async () => ({
  programmes: Number((await db.selectFrom("programmes").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n),
  changes: Number((await db.selectFrom("change_log").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n),
});

async function importFile(collection: string, file: string, ...options: string[]) {
  return runCli(["import", collection, file, "--db", database.location, ...options]);
}

const programmeHeader = "学校编号,专业代码,专业名称,专业大类编号,层次,学制,培养模式,合作企业,招生计划,年份,地区代码,来源";

describe("importing the keepers' own files", () => {
  it("reads a school's programmes saved by Excel as GB18030 CSV, and matches them by school, code and level the second time", async () => {
    const file = join(exampleData, "school-programmes.csv");
    assert.ok(!iconv.decode(await readFile(file), "utf8").includes("机电一体化技术"), "the example file is not UTF-8");
    const first = await importFile("programmes", file, "--organisation", school);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /已导入。共 4 行：新增 4，更新 0，未变 0/);
    const stored = await db.selectFrom("programmes").select("data").where("school_id", "=", school).execute();
    const names = stored.map((row) => JSON.parse(row.data) as { majorName: string; trainingModes: string[]; province: string; sample: boolean });
    const mechatronics = names.find((record) => record.majorName === "机电一体化技术")!;
    assert.deepEqual(mechatronics.trainingModes, ["订单培养", "学徒制"], "a list split on the full-width semicolon");
    assert.equal(mechatronics.province, "320000");
    assert.equal(mechatronics.sample, true);
    const again = await importFile("programmes", file, "--organisation", school);
    assert.match(again.stdout, /新增 0，更新 0，未变 4/);
  });

  it("reads a city's talent supply as UTF-8 CSV with a byte order mark", async () => {
    const result = await importFile("talent-supply", join(exampleData, "city-talent-supply.csv"), "--json");
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const report = JSON.parse(result.stdout) as { format: string; rows: number; problems: unknown[] };
    assert.deepEqual([report.format, report.rows, report.problems.length], ["csv", 5, 0]);
    const row = await db.selectFrom("talent_supply").select("data").where("region", "=", "320500").where("period", "=", 2026).where("major_category_id", "=", "mc-53").executeTakeFirstOrThrow();
    assert.equal((JSON.parse(row.data) as { graduates: number }).graduates, 1350);
  });

  it("reads a consortium from a workbook, its council seats from their own sheet", async () => {
    const result = await importFile("consortia", join(exampleData, "consortium.xlsx"));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const row = await db.selectFrom("consortia").select("data").where("id", "=", "consortium-example-suzhou").executeTakeFirstOrThrow();
    const consortium = JSON.parse(row.data) as { council: Array<{ title: string }>; industries: string[] };
    assert.deepEqual(consortium.council.map((seat) => seat.title), ["理事长单位", "副理事长单位"]);
    assert.equal(consortium.industries.length, 2);
    const logged = await db.selectFrom("change_log").select(["kind", "via"]).where("record_id", "=", "consortium-example-suzhou").execute();
    assert.deepEqual(logged, [{ kind: "created", via: "import" }]);
  });
});

describe("files in every format", () => {
  it("takes a workbook with English headers written by exceljs, JSON and NDJSON", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Programmes");
    sheet.addRow(["School ID", "Major code", "Major name", "Major category ID", "Level", "Years", "Training modes", "Partner enterprise IDs", "Enrolment plan", "Year", "Region code", "Source"]);
    sheet.addRow([school, "460303", "电气自动化技术", "mc-46", "高职专科", 3, "订单培养", "", 95, 2026, "320500", "Registry office"]);
    const xlsx = join(directory, "programmes.xlsx");
    await workbook.xlsx.writeFile(xlsx);
    const fromXlsx = await importFile("programmes", xlsx, "--json");
    const report = JSON.parse(fromXlsx.stdout) as { language: string; created: number; updated: number };
    assert.deepEqual([fromXlsx.code, report.language, report.created + report.updated], [0, "en", 1], fromXlsx.stdout);

    const record = { schoolId: school, majorId: null, majorCode: "510202", majorName: "计算机网络技术", majorCategoryId: "mc-51", level: "高职专科", years: 3, trainingModes: [], partnerIds: [], enrolmentPlan: 40, year: 2026, region: "320500", source: "Registry office" };
    const json = join(directory, "programmes.json");
    await writeFile(json, JSON.stringify([record]));
    assert.equal((await importFile("programmes", json)).code, 0);
    const ndjson = join(directory, "programmes.ndjson");
    await writeFile(ndjson, `${JSON.stringify({ ...record, enrolmentPlan: 42 })}\n\n${JSON.stringify({ ...record, majorCode: "510203", majorName: "软件技术" })}\n`);
    const fromNdjson = await importFile("programmes", ndjson, "--json");
    const ndReport = JSON.parse(fromNdjson.stdout) as { created: number; updated: number };
    assert.deepEqual([ndReport.created, ndReport.updated], [1, 1]);
  });
});

describe("bad input: a clear report and nothing written", () => {
  async function refused(collection: string, file: string, expected: RegExp, ...options: string[]) {
    const before = await counts();
    const result = await importFile(collection, file, ...options);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, expected);
    assert.deepEqual(await counts(), before, "nothing was written");
    return result.stdout;
  }

  it("names every bad row by its line and column, in the file's language", async () => {
    const csv = join(directory, "bad.csv");
    await writeFile(csv, `${programmeHeader},颜色\n${school},460399,示例专业,mc-46,高职专科,三年,,,,2026,320500,学校,红\n${school},460398,示例专业,mc-99,博士,3,,,,2026,320500,学校,\n`);
    const report = await refused("programmes", csv, /未写入任何记录/);
    assert.match(report, /第 1 行，“颜色”列：未知的列“颜色”/);
    assert.match(report, /第 2 行，“学制”列/);
    assert.match(report, /第 3 行，“层次”列：“博士”不是允许的值/);
  });

  it("refuses rows the importer does not keep", async () => {
    const csv = join(directory, "other-school.csv");
    await writeFile(csv, `${programmeHeader}\n${school},460397,示例专业,mc-46,高职专科,3,,,,2026,320500,学校\n`);
    await refused("programmes", csv, /由其他单位维护/, "--organisation", "sample-school-02");
  });

  it("refuses the same record twice in one file", async () => {
    const csv = join(directory, "twice.csv");
    const row = `${school},460396,示例专业,mc-46,高职专科,3,,,,2026,320500,学校`;
    await writeFile(csv, `${programmeHeader}\n${row}\n${row}\n`);
    await refused("programmes", csv, /第 3 行：与第 2 行是同一条记录/);
  });

  it("refuses files that are not what they say: a PNG, a truncated workbook, no header, a formula", async () => {
    const png = join(directory, "image.csv");
    await writeFile(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    await refused("programmes", png, /PNG/);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("数据");
    sheet.addRow(programmeHeader.split(","));
    sheet.addRow([school, "460395", "示例专业", "mc-46", "高职专科", { formula: "1+2", result: 3 }, "", "", "", 2026, "320500", "学校"]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const formula = join(directory, "formula.xlsx");
    await writeFile(formula, bytes);
    await refused("programmes", formula, /F2/);
    const truncated = join(directory, "truncated.xlsx");
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await refused("programmes", truncated, /问题/);
    const empty = join(directory, "empty.csv");
    await writeFile(empty, "");
    await refused("programmes", empty, /问题/);
  });

  it("checks and counts without writing on a dry run", async () => {
    const csv = join(directory, "dry.csv");
    await writeFile(csv, `${programmeHeader}\n${school},460394,示例专业,mc-46,高职专科,3,,,,2026,320500,学校\n`);
    const before = await counts();
    const result = await importFile("programmes", csv, "--dry-run");
    assert.equal(result.code, 0);
    assert.match(result.stdout, /试运行，未写入。将会处理 1 行：新增 1/);
    assert.deepEqual(await counts(), before);
  });
});

describe("imports over HTTP", () => {
  let server: RunningServer;
  let key: string;
  before(async () => {
    server = await startServer({ db: database.location, port: 0 });
    key = (await createApiKey(db, { organisationId: school })).key;
  });
  after(async () => server?.close());

  const post = (body: string, query = "", contentType = "text/csv") =>
    fetch(`${server.url}/v1/programmes/imports${query}`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": contentType }, body });

  it("answers the report: 200 when written or checked, 422 with the report when rows are bad", async () => {
    const good = `${programmeHeader}\n${school},460393,示例专业,mc-46,高职专科,3,,,,2026,320500,学校\n`;
    const dry = await post(good, "?dryRun=true");
    assert.equal(dry.status, 200);
    assert.deepEqual(((await dry.json()) as { created: number; written: boolean }).created, 1);
    const written = await post(good);
    assert.equal(((await written.json()) as { written: boolean }).written, true);
    const bad = await post(`${programmeHeader}\n${school},460392,示例专业,mc-46,高职专科,x,,,,2026,320500,学校\n`);
    assert.equal(bad.status, 422);
    assert.match(bad.headers.get("content-type") ?? "", /problem\+json/);
    const problem = (await bad.json()) as { report: { problems: Array<{ line: number; column: string }> } };
    assert.deepEqual(problem.report.problems.map((p) => [p.line, p.column]), [[2, "学制"]]);
    assert.equal((await post(good, "?dryRun=maybe")).status, 400);
  });
});
