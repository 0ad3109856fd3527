import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { collections, Consortium, Programme, School, TalentSupply } from "@chanjiao/sdk";
import ExcelJS from "exceljs";
import * as z from "zod/mini";
import { buildSeedRecords } from "../src/index.ts";
import { createdRecord } from "../src/db/record-contract.ts";
import { bindHeader, columnForPath, columnModel, headerRow, isTable, readTable, rowToChild, rowToRecord, type Table, toCsv, writeTemplate } from "../src/files/index.ts";
import { runCli } from "./cli-process.ts";

const seed = buildSeedRecords({ demandCount: 1 });

async function table(bytes: Uint8Array, sheet?: string): Promise<Table> {
  const read = await readTable(bytes, sheet ? { sheet } : {});
  assert.ok(isTable(read));
  return read;
}

describe("the column model", () => {
  it("has a zh-CN and an en label for every field of every record schema, distinct within each", () => {
    for (const [name, collection] of Object.entries(collections)) {
      const model = columnModel(collection.schema);
      for (const set of [model, ...model.tables]) {
        for (const lang of ["zh-CN", "en"] as const) {
          const labels = headerRow(set, lang);
          assert.equal(new Set(labels).size, labels.length, `${name}: labels repeat in ${lang}: ${labels.join(", ")}`);
        }
        for (const column of set.columns) {
          const last = column.path[column.path.length - 1]!;
          assert.notEqual(column.label["zh-CN"], last, `${name}.${column.key} has no zh-CN label`);
          assert.match(column.label["zh-CN"], /[\u4e00-\u9fff]/, `${name}.${column.key}`);
        }
      }
    }
  });

  it("reads kinds, allowed values, lists, nesting and optionality from the schema", () => {
    const programme = columnModel(Programme);
    const byKey = new Map(programme.columns.map((column) => [column.key, column]));
    assert.deepEqual(
      [...byKey.values()].map((column) => `${column.key}:${column.kind}${column.item ? `<${column.item}>` : ""}${column.nullable ? "?" : ""}`),
      ["id:text", "schoolId:text", "majorId:text?", "majorCode:text", "majorName:text", "majorCategoryId:text", "level:enum", "years:integer", "trainingModes:list<enum>", "partnerIds:list<text>", "enrolmentPlan:integer?", "year:integer", "region:text?", "province:text?", "source:text", "sample:boolean"],
    );
    assert.deepEqual(byKey.get("level")!.values, ["中职", "高职专科", "职业本科"]);
    assert.deepEqual(headerRow(programme, "zh-CN").slice(1, 12), ["学校编号", "专业编号", "专业代码", "专业名称", "专业大类编号", "层次", "学制", "培养模式", "合作企业", "招生计划", "年份"]);
    const school = columnModel(School);
    assert.ok(school.columns.some((column) => column.key === "statistics.resources.coreCourses" && column.kind === "integer"));
    assert.deepEqual(school.groups.map((group) => [group.path.join("."), group.nullable]), [["statistics", true], ["statistics.resources", false]]);
    const consortium = columnModel(Consortium);
    assert.deepEqual(consortium.tables.map((t) => t.key), ["council"]);
    assert.deepEqual(headerRow(consortium.tables[0]!, "zh-CN"), ["编号", "角色", "单位编号", "职务"]);
    const optional = columnModel(z.object({ id: z.string(), note: z.optional(z.string()) }));
    assert.equal(optional.columns[1]!.required, false);
  });
});

describe("rows to records", () => {
  const model = columnModel(Programme);
  const zh = headerRow(model, "zh-CN");
  const row = (values: Record<string, string>) => model.columns.map((column) => values[column.key] ?? "");
  const good = {
    id: "p-1", schoolId: "school-1", majorId: "", majorCode: "460103", majorName: "数控技术", majorCategoryId: "mc-46", level: "高职专科", years: "3",
    trainingModes: "订单培养；学徒制", partnerIds: "org-1; org-2", enrolmentPlan: "", year: "2024", region: "320500", province: "320000", source: "学校招生章程", sample: "否",
  };

  it("coerces cells by kind: lists on ; and ；, 是/否, empty to null, strict integers", () => {
    const { value, errors } = rowToRecord(model, zh, row(good));
    assert.deepEqual(errors, []);
    assert.deepEqual(value, {
      id: "p-1", schoolId: "school-1", majorId: null, majorCode: "460103", majorName: "数控技术", majorCategoryId: "mc-46", level: "高职专科", years: 3,
      trainingModes: ["订单培养", "学徒制"], partnerIds: ["org-1", "org-2"], enrolmentPlan: null, year: 2024, region: "320500", province: "320000", source: "学校招生章程", sample: false,
    });
    assert.ok(Programme.safeParse(createdRecord("programmes", value)).success);
  });

  it("names the column as the file names it, in the file's language, for each bad cell", () => {
    const { errors } = rowToRecord(model, zh, row({ ...good, years: "3.5", sample: "也许", level: "大专", trainingModes: "订单培养;远程", source: "" }));
    assert.deepEqual(errors.map((error) => `${error.column}:${error.code}`).sort(), ["培养模式:not_allowed", "学制:not_integer", "层次:not_allowed", "来源:required", "样例数据:not_boolean"].sort());
    const years = errors.find((error) => error.column === "学制")!;
    assert.equal(years.message("zh-CN"), "“3.5”不是整数");
    assert.equal(years.message("en"), '"3.5" is not a whole number');
  });

  it("detects the header's language, accepts field keys, and reports unknown, repeated and missing columns", () => {
    assert.equal(bindHeader(model, headerRow(model, "en")).lang, "en");
    assert.equal(bindHeader(model, zh).lang, "zh-CN");
    const binding = bindHeader(model, ["编号", "学校编号", "majorCode", "专业名称", "Major name", "备注栏", "专业大类编号", "层次", "学制", "年份", "来源", "样例数据"]);
    assert.equal(binding.lang, "zh-CN");
    assert.deepEqual(binding.errors.map((error) => [error.code, error.column]), [["unknown_column", "备注栏"], ["duplicate_column", "Major name"]]);
    const missing = bindHeader(model, ["编号", "学校编号"]);
    assert.ok(missing.errors.some((error) => error.code === "missing_column" && error.column === "专业代码" && error.message("en") === 'the required column "Major code" is missing'));
    assert.ok(!missing.errors.some((error) => error.column === "招生计划"), "a nullable column may be left out");
    assert.equal(columnForPath(binding, ["majorCode"]), "majorCode");
    assert.equal(columnForPath(binding, ["trainingModes", 1]), "培养模式");
  });

  it("reads a flattened nested object: all empty is null, partly filled is checked", () => {
    const school = columnModel(School);
    const header = headerRow(school, "zh-CN");
    const base: Record<string, string> = { id: "s-1", name: "苏州工业职业技术学院", nameEn: "", level: "高职专科", region: "320500", province: "320000", source: "官网", sample: "否" };
    const cells = (values: Record<string, string>) => school.columns.map((column) => values[column.key] ?? "");
    const empty = rowToRecord(school, header, cells(base));
    assert.deepEqual(empty.errors, []);
    assert.equal(empty.value.statistics, null);
    assert.equal(empty.value.kind, "school");
    assert.ok(School.safeParse(createdRecord("schools", empty.value)).success);
    const partial = rowToRecord(school, header, cells({ ...base, "statistics.year": "2024", "statistics.dualQualifiedRatio": "62%" }));
    assert.equal((partial.value.statistics as { dualQualifiedRatio: number }).dualQualifiedRatio, 0.62);
    assert.ok(partial.errors.some((error) => error.column === "教师统计·教学资源·核心课程数" && error.code === "required"));
  });
});

describe("templates", () => {
  it("round-trips: xlsx template, rows filled as a keeper would, read back, records valid", async () => {
    const example = seed.programmes[0]!;
    const bytes = await writeTemplate(Programme, { format: "xlsx", lang: "zh-CN", example });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(book.worksheets.map((sheet) => sheet.name), ["数据", "说明", "示例"]);
    const guide = book.getWorksheet("说明")!;
    const levelRow = guide.getRows(2, guide.rowCount - 1)!.find((r) => r.getCell(1).value === "层次")!;
    assert.equal(levelRow.getCell(5).value, "中职、高职专科、职业本科");
    assert.equal(levelRow.getCell(6).value, "必填");
    assert.equal(levelRow.getCell(7).value, example.level);
    const data = book.getWorksheet("数据")!;
    assert.equal(data.rowCount, 1, "the data sheet holds the header only");
    data.addRow(["p-new", "school-1", null, "460103", "数控技术", "mc-46", "高职专科", 3, "订单培养；学徒制", "org-1", 120, 2025, "320500", "320000", "学校 2025 年招生章程", "否"]);
    data.addRow(["p-new-2", "school-1", null, "460104", "工业机器人技术", "mc-46", "高职专科", "三", "", "", null, 2025, "320500", "320000", "=cmd", "是"]);
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const read = await table(filled);
    const binding = bindHeader(columnModel(Programme), read.header);
    assert.deepEqual(binding.errors, []);
    const [first, second] = read.rows.map((r) => ({ line: r.line, ...rowToRecord(binding, r.cells) }));
    assert.deepEqual(first!.errors, []);
    const parsed = Programme.safeParse(createdRecord("programmes", first!.value));
    assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
    assert.deepEqual(parsed.data.trainingModes, ["订单培养", "学徒制"]);
    assert.equal(parsed.data.enrolmentPlan, 120);
    assert.equal(second!.line, 3);
    assert.deepEqual(second!.errors.map((error) => [error.column, error.message("zh-CN")]), [["学制", "“三”不是整数"]]);
  });

  it("gives a list of objects its own sheet keyed by the record's id, in the template and on import", async () => {
    const example = seed.consortia.find((record) => record.council.length > 1)!;
    const bytes = await writeTemplate(Consortium, { format: "xlsx", lang: "en", example });
    const model = columnModel(Consortium);
    const exampleMain = await table(bytes, "Example");
    const exampleCouncil = await table(bytes, "Example-Council seats");
    const main = rowToRecord(model, exampleMain.header, exampleMain.rows[0]!.cells);
    assert.deepEqual(main.errors, []);
    const council = bindHeader(model.tables[0]!, exampleCouncil.header);
    const seats = exampleCouncil.rows.map((r) => rowToChild(council, r.cells));
    assert.ok(seats.every((seat) => seat.parentId === example.id && seat.errors.length === 0));
    const record = { ...main.value, council: seats.map((seat) => seat.value) };
    assert.deepEqual(Consortium.parse(createdRecord("consortia", record)), example, "the example record survives template → file → records unchanged");
  });

  it("writes CSV templates with a BOM and a header in the chosen language, and they import back", async () => {
    const bytes = await writeTemplate(TalentSupply, { format: "csv", lang: "en" });
    assert.equal(bytes.toString("utf8"), "\uFEFFID,Region code,Province code,Major category ID,Class code,Level,Period,Graduates,Source,Sample data\r\n");
    const filled = Buffer.concat([bytes, Buffer.from("ts-1,320500,320000,mc-46,,高职专科,2025,\"1,200\",City bureau,false\r\n")]);
    const read = await table(filled);
    const { value, errors } = rowToRecord(columnModel(TalentSupply), read.header, read.rows[0]!.cells);
    assert.deepEqual(errors, []);
    assert.equal(TalentSupply.parse(createdRecord("talentSupply", value)).graduates, 1200);
    const council = await writeTemplate(Consortium, { format: "csv", lang: "zh-CN", table: "council" });
    assert.equal(council.toString("utf8"), "\uFEFF编号,角色,单位编号,职务\r\n");
  });

  it("is written by chanjiao-server template, with exit code 2 for bad arguments", async () => {
    const directory = await mkdtemp(join(tmpdir(), "chanjiao-template-"));
    try {
      const out = join(directory, "专业.xlsx");
      const made = await runCli(["template", "programmes", "--format", "xlsx", "--out", out]);
      assert.equal(made.code, 0, made.stderr);
      const read = await table(await readFile(out));
      assert.equal(read.header[1], "学校编号");
      const csv = await runCli(["template", "talent-supply", "--format", "csv", "--lang", "en"]);
      assert.equal(csv.code, 0, csv.stderr);
      assert.match(csv.stdout, /^\uFEFFID,Region code,/);
      for (const args of [["template", "nope", "--format", "csv"], ["template", "programmes"], ["template", "programmes", "--format", "xls"], ["template", "programmes", "--format", "csv", "--lang", "fr"]]) {
        const bad = await runCli(args);
        assert.equal(bad.code, 2, args.join(" "));
        assert.match(bad.stderr, /Usage: chanjiao-server template/);
      }
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });
});

describe("speed", () => {
  it("reads and converts 100,000 talent-supply CSV rows (figure printed, not asserted)", async () => {
    const model = columnModel(TalentSupply);
    const rows = Array.from({ length: 100_000 }, (_, index) => [`ts-${index}`, "320500", "320000", `mc-${41 + (index % 19)}`, "", "高职专科", 2000 + (index % 30), index % 5000, "苏州市教育局 2024 年统计", "否"]);
    const bytes = toCsv(headerRow(model, "zh-CN"), rows);
    const started = performance.now();
    const read = await table(bytes);
    const binding = bindHeader(model, read.header);
    let bad = 0;
    for (const row of read.rows) if (rowToRecord(binding, row.cells).errors.length) bad++;
    const seconds = (performance.now() - started) / 1000;
    console.log(`read + rowToRecord: ${read.rows.length} rows (${(bytes.length / 1048576).toFixed(1)} MiB) in ${seconds.toFixed(2)} s, ${Math.round(read.rows.length / seconds)} rows/s`);
    assert.equal(read.rows.length, 100_000);
    assert.equal(read.rows.at(-1)!.line, 100_001);
    assert.equal(bad, 0);
  });
});

