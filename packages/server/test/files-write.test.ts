import assert from "node:assert/strict";
import { describe, it } from "node:test";
import ExcelJS from "exceljs";
import { isTable, neutraliseCell, readTable, toCsv, toXlsx, unneutraliseText } from "../src/files/index.ts";

const attacks = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"];

describe("neutralising formula injection", () => {
  it("prefixes text that a spreadsheet would run as a formula with ', and leaves other text and numbers alone", () => {
    for (const text of attacks) assert.equal(neutraliseCell(text), `'${text}`);
    for (const text of ["苏州市", "a=b", "2024-09-01", "", "'quoted"]) assert.equal(neutraliseCell(text), text);
    for (const text of attacks) assert.equal(unneutraliseText(neutraliseCell(text)), text);
    assert.equal(unneutraliseText("'plain"), "'plain", "an apostrophe a person typed stays");
  });

  it("writes CSV as UTF-8 with a BOM, RFC 4180 quoting, neutralised text and numbers as numbers", async () => {
    const bytes = toCsv(["名称", "人数"], [
      [attacks[0]!, -5],
      ['含,逗号和"引号"', 3],
      ["多\n行", null],
      ["-12", 0.5],
    ]);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8").slice(1);
    assert.equal(text.split("\r\n")[1], `"'=HYPERLINK(""http://evil.example"",""点我"")",-5`);
    assert.equal(text.split("\r\n")[2], '"含,逗号和""引号""",3');
    assert.ok(text.includes("'-12,0.5"), "text that looks like a negative number is neutralised, a number is not");
    const read = await readTable(bytes, { declared: "csv" });
    assert.ok(isTable(read));
    for (const cell of read.rows.flatMap((row) => row.cells)) {
      assert.ok(!/^[=+\-@\t\r]/.test(cell) || /^-?\d+(\.\d+)?$/.test(cell), `a cell starts like a formula: ${cell}`);
    }
    assert.deepEqual(read.rows.map((row) => row.line), [2, 3, 4, 6]);
    assert.equal(read.rows[2]!.cells[0], "多\n行");
  });

  it("writes xlsx with no formula cell, text as string cells, a bold frozen header and Chinese sheet names", async () => {
    const bytes = await toXlsx([
      { name: "数据", header: ["名称", "人数", "=表头"], rows: [...attacks.map((text, index) => [text, -index, "x"]), ["正常", 12, null]] },
      { name: "说明/Notes", header: ["a"], rows: [["b"]] },
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    assert.deepEqual(book.worksheets.map((sheet) => sheet.name), ["数据", "说明_Notes"]);
    const sheet = book.getWorksheet("数据")!;
    assert.equal(sheet.views[0]?.state, "frozen");
    assert.equal(sheet.getRow(1).getCell(1).font?.bold, true);
    assert.ok((sheet.getColumn(1).width ?? 0) >= 8);
    let cells = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        cells++;
        assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `${cell.address} is a formula`);
        assert.ok(!(typeof cell.value === "object" && cell.value !== null && "formula" in cell.value), `${cell.address} holds a formula`);
        if (typeof cell.value === "string") assert.ok(!/^[=+\-@\t\r]/.test(cell.value), `${cell.address} starts like a formula: ${cell.value}`);
      }),
    );
    assert.ok(cells > 20);
    assert.equal(sheet.getCell("A2").value, `'${attacks[0]}`);
    assert.equal(sheet.getCell("B3").value, -1, "a negative number stays a number cell");
    assert.equal(sheet.getCell("C1").value, "'=表头");
  });
});
