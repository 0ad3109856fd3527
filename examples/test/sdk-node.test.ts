import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { after, before, test } from "node:test";
import type { TalentGaps } from "@chanjiao/sdk";
import { csvFile } from "../sdk-node/csv.ts";
import { startDemo, type Demo } from "./demo.js";

const examples = resolve(dirname(fileURLToPath(import.meta.url)), "..");
let demo: Demo;
let directory: string;

before(async () => {
  demo = await startDemo();
  directory = await mkdtemp(join(tmpdir(), "chanjiao-gaps-csv-"));
});

after(async () => {
  await demo?.stop();
  await rm(directory, { recursive: true, force: true });
});

/** The cells of each line of a CSV file (RFC 4180 quoting; no line breaks inside cells). */
function parseCsv(text: string): string[][] {
  return text
    .split("\r\n")
    .filter((line) => line !== "")
    .map((line) => [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,"]*))/g)].map((match) => match[1]?.replaceAll('""', '"') ?? match[2] ?? ""));
}

test("the Node script writes a province's talent gaps as CSV, row for row as the API answers them", async () => {
  const out = join(directory, "gaps.csv");
  // As the docs run it, against the packages' npm build.
  await promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "sdk-node/gaps-to-csv.ts", "--base-url", `${demo.url}/v1`, "--province", "320000", "--period", "2021-2025", "--out", out],
    { cwd: examples },
  );
  const bytes = await readFile(out);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "UTF-8 with a byte order mark");

  const response = await fetch(`${demo.url}/v1/talent/gaps?groupBy=majorCategory&region=320000&period=2021-2025`);
  assert.equal(response.status, 200);
  const gaps = (await response.json()) as TalentGaps;
  assert.ok(gaps.items.length > 5, "the API answers several major categories");

  const [header, ...rows] = parseCsv(bytes.toString("utf8").slice(1));
  assert.deepEqual(header, ["key", "label", "demand", "supply", "gap", "ratio"]);
  const fromApi = gaps.items.map((item) => [item.key, item.label, item.demand, item.supply, item.gap, item.ratio].map((value) => (value === null ? "" : String(value))));
  assert.deepEqual(rows, fromApi);
});

test("the script refuses a query the contract rejects, before writing anything", async () => {
  const out = join(directory, "rejected.csv");
  await assert.rejects(
    promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "sdk-node/gaps-to-csv.ts", "--base-url", `${demo.url}/v1`, "--province", "320000", "--group-by", "colour", "--out", out],
      { cwd: examples },
    ),
    (error: { stderr: string }) => /ValidationError|groupBy/.test(error.stderr),
  );
  await assert.rejects(readFile(out), { code: "ENOENT" });
});

test("CSV cells are quoted, formula-like text is defused and missing values are empty", () => {
  const text = csvFile([
    ["name", "value"],
    ['说 "引号", 逗号', 3],
    ["=SUM(A1:A2)", null],
  ]);
  assert.equal(text, '\uFEFF"name","value"\r\n"说 ""引号"", 逗号",3\r\n"\'=SUM(A1:A2)",\r\n');
});
