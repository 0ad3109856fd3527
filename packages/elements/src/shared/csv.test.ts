import { expect } from "@open-wc/testing";
import { toCsv } from "./csv.js";

describe("toCsv", () => {
  it("quotes text, doubles quotes, keeps commas and line breaks inside cells", () => {
    expect(toCsv([["a,b", 'say "hi"', "two\nlines", 12.5]])).to.equal('"a,b","say ""hi""","two\nlines",12.5\r\n');
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    const cells = toCsv([["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "safe"]]).trim().split(",");
    expect(cells).to.deep.equal(['"\'=HYPERLINK(""x"")"', "\"'+1\"", "\"'-2\"", "\"'@SUM(A1)\"", '"safe"']);
  });

  it("writes negative numbers as numbers", () => {
    expect(toCsv([[-3]])).to.equal("-3\r\n");
  });
});
