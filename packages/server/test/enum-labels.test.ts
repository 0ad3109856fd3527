import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { collections, createBodyOf, Event } from "@chanjiao/sdk";
import * as z from "zod/mini";
import * as vocabulary from "../../elements/src/shared/i18n/vocabulary/index.ts";
import { type Column, columnModel, isTable, readTable } from "../src/files/index.ts";
import type { Database } from "../src/index.ts";
import { runCli } from "./cli-process.ts";
import type { TestDatabase } from "./helpers.ts";
import { type ImportWorkspace, importWorkspace } from "./import-workspace.ts";

const cjk = /[\u3400-\u9fff]/;

/** Every enum column of every collection's create body, child tables included. */
const enumColumns = Object.entries(collections).flatMap(([name, collection]) => {
  const model = columnModel(createBodyOf(collection.schema));
  return [...model.columns, ...model.tables.flatMap((table) => table.columns)]
    .filter((column) => column.values !== undefined)
    .map((column): [string, Column] => [`${name}.${column.key}`, column]);
});

describe("Chinese labels of the contract's enums", () => {
  it("label every value of every enum whose values are codes, each label distinct and never another value's code", () => {
    for (const [where, column] of enumColumns) {
      const values = column.values!;
      if (values.every((value) => cjk.test(value))) continue;
      assert.ok(column.labels, `${where}: ${values.join(", ")} have no Chinese labels`);
      const labels = values.map((value) => column.labels![value]);
      assert.ok(labels.every((label) => label !== undefined && cjk.test(label)), `${where}: every value has a Chinese label`);
      assert.equal(new Set(labels).size, labels.length, `${where}: labels repeat`);
      assert.ok(!labels.some((label) => values.includes(label!)), `${where}: a label is another value's code`);
    }
  });

  it("say what the widgets' vocabulary says, where it names the enum", () => {
    const groups: Array<[string, Record<string, string>]> = [
      ["consortia.kind", vocabulary.consortiumKinds["zh-CN"]],
      ["consortia.status", vocabulary.consortiumStatuses["zh-CN"]],
      ["consortia.role", vocabulary.councilRoles["zh-CN"]],
      ["practiceCentres.kind", vocabulary.practiceCentreKinds["zh-CN"]],
      ["practiceCentres.functions", vocabulary.practiceFunctions["zh-CN"]],
      ["servicePlatforms.kind", vocabulary.servicePlatformKinds["zh-CN"]],
      ["pathways.kind", vocabulary.pathwayKinds["zh-CN"]],
      ["cooperationProjects.kind", vocabulary.cooperationKinds["zh-CN"]],
      ["cooperationProjects.status", vocabulary.cooperationStatuses["zh-CN"]],
      ["events.kind", vocabulary.eventKinds["zh-CN"]],
      ["provincialLists.kind", vocabulary.provincialListKinds["zh-CN"]],
    ];
    for (const [where, words] of groups) {
      const column = enumColumns.find(([name]) => name === where)?.[1];
      assert.deepEqual(column?.labels, words, where);
    }
  });
});

describe("templates and imports in the file's language", () => {
  let workspace: ImportWorkspace;
  let database: TestDatabase;
  let directory: string;
  let db: Database;
  before(async () => {
    workspace = await importWorkspace("enum-labels");
    ({ database, directory, db } = workspace);
  });
  after(() => workspace?.remove());

  const sheet = async (file: string, name: string) => {
    const read = await readTable(await readFile(file), { sheet: name });
    assert.ok(isTable(read));
    return read;
  };

  it("gives a zh-CN template's allowed values and example row in Chinese, an English one the codes", async () => {
    const zh = join(directory, "联合体.xlsx");
    const en = join(directory, "consortia.xlsx");
    assert.equal((await runCli(["template", "consortia", "--format", "xlsx", "--out", zh])).code, 0);
    assert.equal((await runCli(["template", "consortia", "--format", "xlsx", "--lang", "en", "--out", en])).code, 0);
    const guide = await sheet(zh, "说明");
    const kind = guide.rows.find((row) => row.cells[1] === "kind")!.cells;
    assert.deepEqual([kind[4], kind[6]], ["市域产教联合体、行业产教融合共同体", "市域产教联合体"]);
    const status = guide.rows.find((row) => row.cells[1] === "status")!.cells;
    assert.equal(status[4], "已公布、培育对象、省级");
    const columnRows = guide.rows.filter((row) => row.cells[1]);
    assert.ok(!columnRows.some((row) => [row.cells[4], row.cells[6]].some((cell) => /\b(city|confirmed|enterprise)\b/.test(cell ?? ""))), "no English code where a Chinese label is given");
    const example = await sheet(zh, "示例");
    const cells = Object.fromEntries(example.header.map((name, index) => [name, example.rows[0]!.cells[index]]));
    assert.deepEqual([cells["类型"], cells["状态"]], ["市域产教联合体", "已公布"]);
    const seats = await sheet(zh, "示例-理事会");
    assert.ok(seats.rows.every((row) => ["政府", "企业", "学校", "科研机构"].includes(row.cells[1]!)));
    const english = await sheet(en, "Columns");
    assert.equal(english.rows.find((row) => row.cells[1] === "kind")!.cells[4], "city, industry");
  });

  const eventHeader = "名称,类型,开始日期,结束日期,地点,主办单位,主办单位编号,主题,规模,来源";

  it("imports a file naming enum values by their Chinese labels or by their codes", async () => {
    const csv = join(directory, "活动.csv");
    await writeFile(csv, `${eventHeader}\n2026年职业教育活动周（示例市）,活动周,2026-05-10,2026-05-16,示例市,,,,,示例市教育局通知\n示例市技能大赛,competition,2026-06-01,,,,,,,示例市教育局通知\n示例市产教融合大会,大会,2026-09-01,,,,,,,示例市教育局通知\n`);
    const result = await runCli(["import", "events", csv, "--db", database.location, "--json"]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal((JSON.parse(result.stdout) as { created: number }).created, 3);
    const rows = await db.selectFrom("events").select("data").where("source", "=", "示例市教育局通知").execute();
    const kinds = rows.map((row) => z.parse(Event, JSON.parse(row.data))).map((event) => [event.name, event.kind]);
    assert.deepEqual(kinds.sort(), [
      ["2026年职业教育活动周（示例市）", "activity-week"],
      ["示例市产教融合大会", "conference"],
      ["示例市技能大赛", "competition"],
    ]);
  });

  it("reports an unknown label by line and column, with the allowed values in the file's language", async () => {
    const zh = join(directory, "错误.csv");
    await writeFile(zh, `${eventHeader}\n示例会议,大会,2026-05-10,,,,,,,通知\n示例论坛,论坛,2026-05-10,,,,,,,通知\n`);
    const refused = await runCli(["import", "events", zh, "--db", database.location]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /第 3 行，“类型”列：“论坛”不是允许的值（大会、大赛、活动周、平台、其他活动）/);
    const en = join(directory, "bad.csv");
    await writeFile(en, "Name,Kind,Start,End,Place,Organisers,Organiser IDs,Theme,Scale,Source\nForum,forum,2026-05-10,,,,,,,notice\n");
    const english = await runCli(["import", "events", en, "--db", database.location]);
    assert.equal(english.code, 1);
    assert.match(english.stdout, /line 2, column "Kind": "forum" is not one of conference, competition, activity-week, platform, other/);
  });
});
