import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { collectBytes, FileProblem, isTable, readTable, type Table } from "../src/files/index.ts";

/** archiver (the zip writer exceljs itself uses), as far as these tests need it. */
const archiver = createRequire(import.meta.url)("archiver") as (
  format: "zip",
  options: { zlib: { level: number } },
) => { pipe(sink: NodeJS.WritableStream): void; append(data: string | Readable, options: { name: string }): void; finalize(): Promise<void> };

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
let directory: string;
before(async () => {
  directory = await mkdtemp(join(tmpdir(), "chanjiao-files-"));
});
after(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function table(bytes: Uint8Array, declared?: string, sheet?: string): Promise<Table> {
  const read = await readTable(bytes, { ...(declared ? { declared } : {}), ...(sheet ? { sheet } : {}) });
  assert.ok(isTable(read));
  return read;
}

/** The FileProblem a read throws. */
async function problem(bytes: Uint8Array, options: Parameters<typeof readTable>[1] = {}): Promise<FileProblem> {
  try {
    await readTable(bytes, options);
  } catch (error) {
    assert.ok(error instanceof FileProblem, `expected a FileProblem, got ${String(error)}`);
    return error;
  }
  assert.fail("the file was read without a problem");
}

const supplyCsv = "地区代码,专业大类编号,层次,年度,毕业生数,来源\n320500,mc-46,高职专科,2024,1200,苏州市教育局\n320500,mc-51,中职,2024,860,苏州市教育局\n";

async function workbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  build(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function zip(entries: Array<{ name: string; data: string | Readable }>): Promise<Buffer> {
  const archive = archiver("zip", { zlib: { level: 9 } });
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = once(sink, "end");
  archive.pipe(sink);
  for (const entry of entries) archive.append(entry.data, { name: entry.name });
  await Promise.all([archive.finalize(), ended]);
  return Buffer.concat(chunks);
}

/** A stream of `size` bytes of zeros, made chunk by chunk. */
function zeros(size: number): Readable {
  const chunk = Buffer.alloc(1024 * 1024);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) return this.push(null);
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= part.length;
      this.push(part);
    },
  });
}

describe("reading CSV", () => {
  it("reads UTF-8 with and without a BOM, trimming header cells, with the header on line 1", async () => {
    for (const bytes of [Buffer.from(supplyCsv), Buffer.from(`\uFEFF${supplyCsv.replace("地区代码,", " 地区代码 ,")}`)]) {
      const read = await table(bytes, "supply.csv");
      assert.equal(read.encoding, "utf-8");
      assert.deepEqual(read.header, ["地区代码", "专业大类编号", "层次", "年度", "毕业生数", "来源"]);
      assert.deepEqual(read.rows[0], { line: 2, cells: ["320500", "mc-46", "高职专科", "2024", "1200", "苏州市教育局"] });
      assert.equal(read.rows[1]!.line, 3);
    }
  });

  it("reads GB18030, as Excel and WPS in China save CSV, with CRLF line ends", async () => {
    const bytes = iconv.encode(supplyCsv.replaceAll("\n", "\r\n"), "gb18030");
    assert.throws(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes), "the fixture is not valid UTF-8");
    const read = await table(bytes, "text/csv");
    assert.equal(read.encoding, "gb18030");
    assert.equal(read.header[0], "地区代码");
    assert.deepEqual(read.rows[1]!.cells, ["320500", "mc-51", "中职", "2024", "860", "苏州市教育局"]);
    assert.ok(!read.rows.some((row) => row.cells.some((cell) => cell.includes("\r"))), "no CR is left in a cell");
  });

  it("gives each row the line it starts on when quoted cells span lines and blank lines sit between rows", async () => {
    const text = '编号,名称,备注\r\na,"第一行\r\n第二行",x\r\n\r\nb,乙,"引号""内"\r\nc,丙,"多\n行\n备注"\r\nd,丁,\r\n';
    const read = await table(Buffer.from(text));
    assert.deepEqual(
      read.rows.map((row) => [row.line, row.cells[0]]),
      [
        [2, "a"],
        [5, "b"],
        [6, "c"],
        [9, "d"],
      ],
    );
    assert.equal(read.rows[0]!.cells[1], "第一行\r\n第二行");
    assert.equal(read.rows[1]!.cells[2], '引号"内');
  });

  it("names the line of a row with more cells than the header, and pads shorter rows", async () => {
    const found = await problem(Buffer.from("a,b\n1,2\n3\n4,5,6\n"));
    assert.equal(found.code, "too_many_cells");
    assert.equal(found.line, 4);
    assert.match(found.messageIn("zh-CN"), /第 4 行/);
    assert.match(found.messageIn("en"), /line 4/);
    const padded = await table(Buffer.from("a,b\n3\n4,5,\n"));
    assert.deepEqual(padded.rows.map((row) => row.cells), [["3", ""], ["4", "5"]]);
  });

  it("refuses an empty file, a file of blank lines and a header of empty cells", async () => {
    assert.equal((await problem(Buffer.alloc(0), { declared: "csv" })).code, "empty");
    assert.equal((await problem(Buffer.from("\r\n\r\n  \n"), { declared: "csv" })).code, "empty");
    assert.equal((await problem(Buffer.from(",,\n , ,\n"), { declared: "csv" })).code, "no_header");
  });

  it("reads a large file whole and in order, its quoted cells spanning lines wherever they fall, and names the line of a late syntax error", async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => (index % 7 === 0 ? `r${index},"多行\n备注, ""引号""\n${index}",x` : `r${index},名称${index},y`));
    const text = `编号,备注,类\n${rows.join("\n")}\n`;
    const read = await table(Buffer.from(text));
    assert.equal(read.rows.length, 20_000);
    let line = 2;
    for (const [index, row] of read.rows.entries()) {
      assert.deepEqual([row.line, row.cells[0]], [line, `r${index}`]);
      if (index % 7 === 0) assert.equal(row.cells[1], `多行\n备注, "引号"\n${index}`);
      line += index % 7 === 0 ? 3 : 1;
    }
    const broken = await problem(Buffer.from(`${text}r-last,"open\n`));
    assert.equal(broken.code, "csv_syntax");
    assert.equal(broken.line, line);
  });

  it("reports an unclosed quote with its line", async () => {
    const found = await problem(Buffer.from('a,b\n1,2\n3,"open\n'));
    assert.equal(found.code, "csv_syntax");
    assert.ok(found.line !== undefined && found.line >= 3);
  });
});

describe("refusing files that are not what they say", () => {
  const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");

  it("says a PNG named .csv is a PNG image, not CSV, in both languages", async () => {
    const found = await problem(png, { declared: "名单.csv" });
    assert.equal(found.code, "wrong_format");
    assert.equal(found.messageIn("en"), "this file is a PNG image, not CSV");
    assert.equal(found.messageIn("zh-CN"), "该文件是PNG 图片，不是CSV");
  });

  it("says an xlsx sent as CSV is an Excel workbook, and CSV sent as xlsx is text", async () => {
    const xlsx = await workbook((book) => book.addWorksheet("Sheet1").addRow(["a"]));
    const found = await problem(xlsx, { declared: "text/csv" });
    assert.equal(found.code, "wrong_format");
    assert.match(found.messageIn("en"), /Excel workbook.*not CSV/);
    assert.equal((await problem(Buffer.from(supplyCsv), { declared: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })).code, "wrong_format");
  });

  it("refuses an undeclared binary file and an old .xls", async () => {
    assert.equal((await problem(Buffer.from([1, 2, 0, 4, 5]))).code, "unsupported_format");
    const xls = Buffer.from("d0cf11e0a1b11ae1000000000000000000000000", "hex");
    assert.match((await problem(xls, { declared: "data.xlsx" })).messageIn("en"), /old Excel/);
  });

  it("refuses a file over 50 MB before parsing it, and stops collecting a stream past the limit", async () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x61);
    const found = await problem(big, { declared: "csv" });
    assert.equal(found.code, "too_large");
    assert.match(found.messageIn("zh-CN"), /50 MB/);
    let pulled = 0;
    const source = (async function* () {
      for (let index = 0; index < 100; index++) {
        pulled++;
        yield Buffer.alloc(1024 * 1024);
      }
    })();
    await assert.rejects(collectBytes(source), (error: unknown) => error instanceof FileProblem && error.code === "too_large");
    assert.equal(pulled, 51, "the stream is left as soon as the limit is passed");
  });
});

describe("reading xlsx", () => {
  it("reads the first sheet or a named one, with Chinese names, numbers, dates, rich text and links as text", async () => {
    const bytes = await workbook((book) => {
      const first = book.addWorksheet("专业设置");
      first.addRow(["学校编号", "专业代码", "学制", "比例", "日期", "说明", "网址"]);
      first.addRow(["school-1", "460103", 3, 0.1 + 0.2, new Date(Date.UTC(2024, 8, 1)), { richText: [{ text: "订单" }, { text: "培养", font: { bold: true } }] }, { text: "官网", hyperlink: "https://example.edu.cn" }]);
      first.addRow([]);
      first.addRow(["school-2", 460104, 12345678901234, null, null, "", ""]);
      const second = book.addWorksheet("理事会");
      second.addRow(["编号", "角色"]);
      second.addRow(["c-1", "school"]);
    });
    const read = await table(bytes, "专业.xlsx");
    assert.equal(read.sheet, "专业设置");
    assert.deepEqual(read.rows[0], { line: 2, cells: ["school-1", "460103", "3", "0.3", "2024-09-01", "订单培养", "官网"] });
    assert.deepEqual(read.rows[1], { line: 4, cells: ["school-2", "460104", "12345678901234", "", "", "", ""] }, "a blank row is skipped but counted");
    const council = await table(bytes, undefined, "理事会");
    assert.deepEqual(council.rows, [{ line: 2, cells: ["c-1", "school"] }]);
  });

  it("lists the sheets when the named one does not exist", async () => {
    const bytes = await workbook((book) => {
      book.addWorksheet("数据").addRow(["a"]);
      book.addWorksheet("说明").addRow(["b"]);
    });
    const found = await problem(bytes, { sheet: "Sheet1" });
    assert.equal(found.code, "unknown_sheet");
    assert.match(found.messageIn("zh-CN"), /“数据”、“说明”/);
  });

  it("refuses a formula cell, naming it, and never imports its cached result", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("数据");
      sheet.addRow(["编号", "毕业生数"]);
      sheet.addRow(["a", 10]);
      sheet.getCell("B3").value = { formula: "B2*2", result: 20 };
      sheet.getCell("A3").value = "b";
    });
    const found = await problem(bytes);
    assert.equal(found.code, "formula");
    assert.equal(found.cell, "B3");
    assert.equal(found.line, 3);
    assert.match(found.messageIn("en"), /cell B3 .*formula/);
    assert.match(found.messageIn("zh-CN"), /B3.*公式/);
  });

  it("refuses a truncated xlsx and a zip that is not a workbook, without crashing", async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet("数据");
      sheet.addRow(["编号"]);
      for (let index = 0; index < 500; index++) sheet.addRow([`id-${index}`]);
    });
    for (const cut of [bytes.length - 30, Math.floor(bytes.length / 2), 40]) {
      assert.equal((await problem(bytes.subarray(0, cut), { declared: "xlsx" })).code, "truncated", `cut at ${cut}`);
    }
    const notBook = await zip([{ name: "word/document.xml", data: "<w:document/>" }]);
    assert.equal((await problem(notBook, { declared: "xlsx" })).code, "not_a_workbook");
  });

  it("refuses an xlsx that unzips to gigabytes, by declared and by actual size, with memory bounded", async () => {
    const gib = 1024 * 1024 * 1024;
    const honest = await zip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "xl/workbook.xml", data: "<workbook/>" },
      { name: "xl/worksheets/sheet1.xml", data: zeros(2 * gib) },
    ]);
    assert.ok(honest.length < 5 * 1024 * 1024, `the bomb is small: ${honest.length} bytes`);
    // The same bomb with its central directory lying: the sheet claims 1,000 bytes.
    const lying = Buffer.from(honest);
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    for (let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at !== -1; at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      const nameLength = lying.readUInt16LE(at + 28);
      if (lying.subarray(at + 46, at + 46 + nameLength).equals(name)) lying.writeUInt32LE(1000, at + 24);
    }
    assert.notDeepEqual(lying, honest);
    for (const [label, bytes] of [
      ["declared", honest],
      ["actual", lying],
    ] as const) {
      const file = join(directory, `bomb-${label}.xlsx`);
      await writeFile(file, bytes);
      const child = spawn(process.execPath, ["--import", "tsx", "--conditions", "source", "test/files-read-child.ts", file, "xlsx"], { cwd: packageDirectory, stdio: ["ignore", "pipe", "inherit"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      await once(child, "exit");
      const { outcome, maxRssMiB } = JSON.parse(output) as { outcome: string; maxRssMiB: number };
      console.log(`zip bomb (${label} size): ${outcome}, peak RSS ${maxRssMiB.toFixed(0)} MiB`);
      assert.equal(outcome, "zip_bomb", label);
      assert.ok(maxRssMiB < 400, `peak memory ${maxRssMiB.toFixed(0)} MiB for a 2 GiB bomb (${label})`);
    }
  });
});

describe("reading JSON and NDJSON", () => {
  it("reads an array of objects, and NDJSON by line with blank lines skipped", async () => {
    const json = await readTable(Buffer.from('[{"id":"a"},\n{"id":"b"}]'), { declared: "application/json" });
    assert.deepEqual(json, { format: "json", records: [{ line: 1, value: { id: "a" } }, { line: 2, value: { id: "b" } }] });
    const ndjson = await readTable(Buffer.from('{"id":"a"}\n\n{"id":"b"}\n'), { declared: "application/x-ndjson" });
    assert.deepEqual(ndjson, { format: "ndjson", records: [{ line: 1, value: { id: "a" } }, { line: 3, value: { id: "b" } }] });
    const sniffed = await readTable(Buffer.from('{"id":"a"}\n{"id":"b"}\n'));
    assert.equal(sniffed.format, "ndjson");
  });

  it("names the line of bad NDJSON and refuses JSON that is not an array of objects", async () => {
    const found = await problem(Buffer.from('{"id":"a"}\n{"id":\n'), { declared: "ndjson" });
    assert.equal(found.code, "json_syntax");
    assert.equal(found.line, 2);
    assert.equal((await problem(Buffer.from("[1,2]"), { declared: "json" })).code, "json_shape");
    assert.equal((await problem(Buffer.from('[{"a":1}]'), { declared: "csv" })).code, "wrong_format");
  });
});
