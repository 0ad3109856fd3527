import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
// The server depends on this package, so its source is imported by path rather than as a dependency.
import { createApiKey, openDatabase, startServer } from "../../server/src/index.ts";
import { type ChanjiaoClient, createClient, HttpError, ValidationError } from "../src/index.js";
import { rejection } from "./rejection.js";

const school = "sample-school-01";

let server: Awaited<ReturnType<typeof startServer>>;
let dataDir: string;
let baseUrl: string;
let keeper: ChanjiaoClient;
let schoolKey: string;

before(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "chanjiao-sdk-imports-"));
  const file = join(dataDir, "test.db");
  server = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  const db = await openDatabase(file);
  schoolKey = (await createApiKey(db, { organisationId: school })).key;
  await db.destroy();
  baseUrl = `${server.url}/v1`;
  keeper = createClient({ baseUrl, apiKey: schoolKey });
});

after(async () => {
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A programmes file in the columns of the server's Chinese CSV template, one line per row. */
async function programmesCsv(rows: Array<Record<string, string>>): Promise<string> {
  const template = await (await fetch(`${baseUrl}/programmes/imports/template?format=csv&lang=zh-CN`, { headers: { Authorization: `Bearer ${schoolKey}` } })).text();
  const columns = template.replace(/^\uFEFF/, "").trim().split(",");
  return [columns.join(","), ...rows.map((row) => columns.map((column) => row[column] ?? "").join(","))].join("\n") + "\n";
}

const row = (name: string, code: string, years = "3") => ({ 学校编号: school, 专业代码: code, 专业名称: name, 专业大类编号: "mc-46", 层次: "高职专科", 学制: years, 年份: "2031", 地区代码: "320400", 来源: "学校招生章程（2031）", 样例数据: "否" });

const programmesNamed = async (name: string) => (await keeper.programmes.list({ schoolId: school, q: name })).items.length;

describe("client.imports.upload", () => {
  it("checks a good File on a dry run, then imports it: the report counts the rows", async () => {
    const file = new File([await programmesCsv([row("订单班甲", "460301"), row("订单班乙", "460302")])], "专业.csv");
    const checked = await keeper.imports.upload("programmes", file, { dryRun: true });
    assert.deepEqual([checked.dryRun, checked.written, checked.rows, checked.created, checked.problems], [true, false, 2, 2, []]);
    assert.equal(checked.format, "csv");
    assert.equal(await programmesNamed("订单班甲"), 0, "a dry run writes nothing");
    const imported = await keeper.imports.upload("programmes", file);
    assert.deepEqual([imported.written, imported.created, imported.language], [true, 2, "zh-CN"]);
    assert.equal(await programmesNamed("订单班甲"), 1);
  });

  it("answers a file with a bad row with its report, line, column and message, and writes nothing", async () => {
    const bytes = new TextEncoder().encode(await programmesCsv([row("订单班丙", "460304"), row("订单班丁", "460305", "9")]));
    const report = await keeper.imports.upload("programmes", bytes, { format: "csv" });
    assert.equal(report.written, false);
    assert.equal(report.problems.length, 1);
    assert.deepEqual([report.problems[0]!.line, report.problems[0]!.column], [3, "学制"]);
    assert.ok(report.problems[0]!.message.length > 0);
    assert.equal(await programmesNamed("订单班丙"), 0);
  });

  it("reads an xlsx Blob by its media type", async () => {
    const template = await fetch(`${baseUrl}/programmes/imports/template?format=xlsx&lang=en`, { headers: { Authorization: `Bearer ${schoolKey}` } });
    const report = await keeper.imports.upload("programmes", await template.blob(), { dryRun: true });
    assert.equal(report.format, "xlsx");
    assert.equal(report.language, "en");
  });

  it("refuses bytes of no told format before sending, and a key that may not write with HttpError", async () => {
    const noFormat = await rejection(keeper.imports.upload("programmes", new Uint8Array([1, 2, 3])), ValidationError);
    assert.match(noFormat.message, /must be csv, xlsx/);
    const reader = createClient({ baseUrl });
    const file = new File([await programmesCsv([row("订单班戊", "460306")])], "专业.csv");
    assert.equal((await rejection(reader.imports.upload("programmes", file), HttpError)).status, 401);
  });

  it("gives a clear ValidationError when the answer is not an import report", async () => {
    const answering = (body: string): typeof fetch => async () => new Response(body, { status: 200, headers: { "Content-Type": "application/json" } });
    const file = new File(["a,b\n"], "x.csv");
    const wrong = createClient({ baseUrl, apiKey: schoolKey, fetch: answering(JSON.stringify({ rows: "many" })) });
    const error = await rejection(wrong.imports.upload("programmes", file), ValidationError);
    assert.match(error.message, /response from .*\/programmes\/imports/);
    const html = createClient({ baseUrl, apiKey: schoolKey, fetch: answering("<html>proxy error</html>") });
    assert.match((await rejection(html.imports.upload("programmes", file), ValidationError)).message, /not valid JSON/);
  });
});
