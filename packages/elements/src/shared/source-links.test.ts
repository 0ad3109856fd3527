import { expect, fixture, html } from "@open-wc/testing";
import { sampleGeneratorSource } from "@chanjiao/sdk";
import { renderSource, splitSource } from "./source-links.js";

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

describe("renderSource", () => {
  async function links(source: string, locale: string): Promise<Array<[string, string]>> {
    const paragraph = await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, locale)}</p>`);
    return [...paragraph.querySelectorAll("a")].map((link) => [link.textContent!, link.href]);
  }

  it("names each link after its publisher in the page's language, with the address only in the link", async () => {
    const source = "http://en.moe.gov.cn/a.html ; https://regional.chinadaily.com.cn/b.htm ; https://www.unknown.example/c";
    expect(await links(source, "zh-CN")).to.deep.equal([
      ["教育部", "http://en.moe.gov.cn/a.html"],
      ["中国日报网", "https://regional.chinadaily.com.cn/b.htm"],
      ["unknown.example", "https://www.unknown.example/c"],
    ]);
    expect((await links(source, "en")).map(([name]) => name)).to.deep.equal(["Ministry of Education", "China Daily", "unknown.example"]);
  });

  it("names a mirror after the original publisher the data gives and marks it as a copy, and a reprint of no named publisher as a web copy", async () => {
    const source = "http://xywbxg.com/201200438694/Default.shtml (中新网 report reprint) ; http://www.668528.com/2023/0730/934822.html";
    const zh = await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, "zh-CN")}</p>`);
    const en = await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, "en")}</p>`);
    expect([...zh.querySelectorAll("a")].map((link) => link.textContent)).to.deep.equal(["中国新闻网", "网页转载"]);
    expect([...zh.querySelectorAll(".copy")].map((mark) => mark.textContent)).to.deep.equal(["（转载）"]);
    expect(zh.querySelector("a")!.nextElementSibling!.className).to.equal("copy");
    expect([...en.querySelectorAll("a")].map((link) => link.textContent)).to.deep.equal(["China News Service", "Web copy"]);
    expect(en.textContent).to.include("China News Service (copy)");
  });

  it("names the sample generator in the page's language, with the seed of its run", async () => {
    const named = async (source: string, locale: string) => (await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, locale)}</p>`)).textContent;
    expect(await named(sampleGeneratorSource(7), "zh-CN")).to.equal("产教示例数据生成器（种子 7）");
    expect(await named(sampleGeneratorSource(7), "en")).to.equal("Chanjiao sample generator (seed 7)");
    const lookalike = `${sampleGeneratorSource(7)}, reworked by a school`;
    expect(await named(lookalike, "zh-CN"), "a source that only quotes it").to.equal(lookalike);
  });
});
