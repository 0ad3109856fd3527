import assert from "node:assert/strict";
import { access, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { builtCli, runCli } from "./cli-process.ts";
import { type ImportWorkspace, importWorkspace } from "./import-workspace.ts";

// The built package reads files in a worker bundled on its own (scripts/bundle-rows-worker.mjs),
// which the other tests, run from the sources, do not load.
const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const exampleData = fileURLToPath(new URL("../../../examples/data/", import.meta.url));

let workspace: ImportWorkspace;
before(async () => {
  await access(join(packageDirectory, "dist/import/rows-worker.bundle.js")).catch(() => {
    throw new Error("The built package is missing: run `pnpm build` first.");
  });
  workspace = await importWorkspace("built_import");
});
after(() => workspace?.remove());

const importBuilt = (collection: string, file: string, ...options: string[]) => runCli(["import", collection, resolve(exampleData, file), "--db", workspace.database.location, "--json", ...options], builtCli);

describe("the built import command", () => {
  it("reads GB18030 CSV, UTF-8 CSV and a workbook with a sheet of council seats", async () => {
    const reports = [];
    for (const [collection, file, ...options] of [
      ["programmes", "school-programmes.csv", "--organisation", "school-84cb2efeed"],
      ["talent-supply", "city-talent-supply.csv"],
      ["consortia", "consortium.xlsx"],
    ] as const) {
      const result = await importBuilt(collection, file, ...options);
      assert.equal(result.code, 0, result.stdout + result.stderr);
      const report = JSON.parse(result.stdout) as { format: string; created: number; problems: unknown[] };
      reports.push([report.format, report.created, report.problems.length]);
    }
    assert.deepEqual(reports, [
      ["csv", 4, 0],
      ["csv", 5, 0],
      ["xlsx", 1, 0],
    ]);
    const consortium = await workspace.db.selectFrom("consortia").select("data").where("id", "=", "consortium-example-suzhou").executeTakeFirstOrThrow();
    assert.equal((JSON.parse(consortium.data) as { council: unknown[] }).council.length, 2);
  });

  it("refuses a PNG named .csv and a bad row, naming them, and writes nothing", async () => {
    const png = join(workspace.directory, "image.csv");
    await writeFile(png, Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    const bad = join(workspace.directory, "bad-supply.csv");
    await writeFile(bad, "地区代码,省份代码,专业大类编号,层次,年度,毕业生数,来源\n320500,320000,mc-53,本科,2031,=1+1,市教育局\n");
    const messages = [];
    for (const file of [png, bad]) {
      const result = await importBuilt("talent-supply", file);
      assert.equal(result.code, 1, result.stdout + result.stderr);
      const report = JSON.parse(result.stdout) as { written: boolean; problems: Array<{ line: number | null; column: string | null; message: string }> };
      assert.equal(report.written, false);
      messages.push(report.problems.map((problem) => `${problem.line} ${problem.column}: ${problem.message}`).join("\n"));
    }
    assert.match(messages[0]!, /PNG/);
    assert.match(messages[1]!, /^2 层次: /m);
    assert.match(messages[1]!, /^2 毕业生数: /m);
    const stored = await workspace.db.selectFrom("talent_supply").select("id").where("period", "=", 2031).execute();
    assert.deepEqual(stored, []);
  });
});
