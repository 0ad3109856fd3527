import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { TalentDemand, TalentGaps } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { isTable, readTable } from "../src/files/index.ts";
import { createApiKey, type Database, type RunningServer, startServer } from "../src/index.ts";
import { runCli } from "./cli-process.ts";
import { getValid, type TestDatabase } from "./helpers.ts";
import { type ImportWorkspace, importWorkspace } from "./import-workspace.ts";

const publisher = "sample-enterprise-01";
const rival = "sample-enterprise-02";
const header = "发布单位编号,地区代码,产业,岗位,专业大类编号,层次,需求人数,年度,状态,发布时间,来源";

let workspace: ImportWorkspace;
let database: TestDatabase;
let directory: string;
let db: Database;

before(async () => {
  workspace = await importWorkspace("demand-import");
  ({ database, directory, db } = workspace);
});
after(() => workspace?.remove());

const postingsOf = async (period: number) =>
  (await db.selectFrom("talent_demand").select("data").where("period", "=", period).execute()).map((row) => z.parse(TalentDemand, JSON.parse(row.data)));

describe("talent demand templates and imports", () => {
  it("writes a template whose 状态 column offers the statuses in Chinese", async () => {
    const out = join(directory, "人才需求.xlsx");
    const made = await runCli(["template", "talent-demand", "--format", "xlsx", "--out", out]);
    assert.equal(made.code, 0, made.stderr);
    const guide = await readTable(await readFile(out), { sheet: "说明" });
    assert.ok(isTable(guide));
    assert.equal(guide.rows.find((row) => row.cells[1] === "status")!.cells[4], "招聘中、已招满、已撤回");
    const csv = await runCli(["template", "talent-demand", "--format", "csv"]);
    assert.match(csv.stdout, /^\uFEFF编号,发布单位编号,地区代码,/);
  });

  it("imports an enterprise's own postings, statuses by label or code; a posting of another publisher is refused by line", async () => {
    const file = join(directory, "招聘计划.csv");
    await writeFile(file, `${header}\n${publisher},320500,新材料,材料检测员,mc-43,高职专科,8,2045,招聘中,2045-03-01,企业 2045 年招聘计划\n${publisher},320500,新材料,实验室助理,mc-43,中职,3,2045,filled,2045-03-01,企业 2045 年招聘计划\n`);
    const result = await runCli(["import", "talent-demand", file, "--db", database.location, "--organisation", publisher]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /新增 2/);
    const stored = await postingsOf(2045);
    assert.deepEqual(stored.map((posting) => [posting.occupation, posting.status, posting.publisherId, posting.province]).sort(), [
      ["实验室助理", "filled", publisher, "320000"],
      ["材料检测员", "open", publisher, "320000"],
    ]);
    const other = join(directory, "别家.csv");
    await writeFile(other, `${header}\n${publisher},320500,新材料,检测员,mc-43,高职专科,1,2046,招聘中,2046-03-01,计划\n${rival},320500,新材料,检测员,mc-43,高职专科,1,2046,招聘中,2046-03-01,计划\n`);
    const refused = await runCli(["import", "talent-demand", other, "--db", database.location, "--organisation", publisher]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /第 3 行：该记录由其他单位维护/);
    assert.deepEqual(await postingsOf(2046), [], "nothing was written");
  });

  it("takes a 专业类 code in the template's 专业类代码 column, and refuses by line one outside the posting's category or level", async () => {
    const csv = await runCli(["template", "talent-demand", "--format", "csv"]);
    assert.match(csv.stdout.split("\n")[0]!, /专业大类编号,专业类代码,层次/);
    const withClass = `${header.replace("专业大类编号,", "专业大类编号,专业类代码,")}`;
    const file = join(directory, "按专业类.csv");
    await writeFile(file, `${withClass}\n${publisher},320500,新材料,材料检测员,mc-43,4306,高职专科,5,2048,招聘中,2048-03-01,计划\n`);
    const result = await runCli(["import", "talent-demand", file, "--db", database.location, "--organisation", publisher]);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.deepEqual((await postingsOf(2048)).map((posting) => posting.classCode), ["4306"]);
    const bad = join(directory, "错的专业类.csv");
    await writeFile(bad, `${withClass}\n${publisher},320500,新材料,检测员,mc-43,6305,高职专科,1,2049,招聘中,2049-03-01,计划\n${publisher},320500,新材料,检测员,mc-43,5102,高职专科,1,2049,招聘中,2049-03-01,计划\n`);
    const refused = await runCli(["import", "talent-demand", bad, "--db", database.location, "--organisation", publisher]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /第 2 行.*6305 是中职专业类，高职专科的对应代码是 4305/);
    assert.match(refused.stdout, /第 3 行.*5102 属于另一个专业大类（mc-51）/);
    assert.deepEqual(await postingsOf(2049), [], "nothing was written");
  });

  it("imports over HTTP with the publisher's key; an imported posting counts in gaps and is removed with its ETag", async () => {
    const server: RunningServer = await startServer({ db: database.location, port: 0 });
    try {
      const key = (await createApiKey(db, { organisationId: publisher })).key;
      const file = `${header}\n${publisher},320500,新材料,材料工程师,mc-43,职业本科,4,2047,招聘中,2047-01-15,企业 2047 年招聘计划\n`;
      const response = await fetch(`${server.url}/v1/talent-demand/imports`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "text/csv" }, body: file });
      assert.equal(response.status, 200, await response.clone().text());
      assert.equal(((await response.json()) as { created: number }).created, 1);
      const gaps = `${server.url}/v1/talent/gaps?groupBy=majorCategory&period=2047`;
      assert.deepEqual((await getValid(gaps, TalentGaps)).body.items.map((item) => [item.key, item.demand]), [["mc-43", 4]]);
      const [posting] = await postingsOf(2047);
      const read = await fetch(`${server.url}/v1/talent-demand/${posting!.id}`);
      const removed = await fetch(`${server.url}/v1/talent-demand/${posting!.id}`, { method: "DELETE", headers: { Authorization: `Bearer ${key}`, "If-Match": read.headers.get("etag")! } });
      assert.equal(removed.status, 204);
      assert.deepEqual((await getValid(gaps, TalentGaps)).body.items, []);
    } finally {
      await server.close();
    }
  });
});
