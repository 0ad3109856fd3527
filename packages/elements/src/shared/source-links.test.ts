import { expect } from "@open-wc/testing";
import { splitSource } from "./source-links.js";

describe("splitSource", () => {
  it("links http(s) URLs inside citations and keeps the rest as text", () => {
    expect(splitSource("Xinhua 2022-08-21 (http://example.org/a.htm)")).to.deep.equal([
      { text: "Xinhua 2022-08-21 (" },
      { text: "http://example.org/a.htm", href: "http://example.org/a.htm" },
      { text: ")" },
    ]);
  });

  it("separates URLs listed with semicolons and drops trailing punctuation", () => {
    const links = splitSource("https://a.example/x ; https://b.example/y.").filter((part) => part.href);
    expect(links.map((part) => part.href)).to.deep.equal(["https://a.example/x", "https://b.example/y"]);
  });

  it("never links other schemes", () => {
    for (const source of ["javascript:alert(1)", "data:text/html,<b>x</b>", "JaVaScRiPt:alert(1)//http://x", "vbscript:x"]) {
      const linked = splitSource(source).filter((part) => part.href && !/^https?:/.test(part.href));
      expect(linked, source).to.deep.equal([]);
    }
  });
});
