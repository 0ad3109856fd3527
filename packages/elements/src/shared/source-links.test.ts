import { expect, fixture, html } from "@open-wc/testing";
import { type Citation, sampleGeneratorSource } from "@chanjiao/sdk";
import { localeListeners } from "./i18n/registry.js";
import { loadPublishers } from "./publisher-names.js";
import { renderSources } from "./source-links.js";

const renderSource = (source: string, locale: string) => renderSources([{ source }], locale);

describe("renderSources before the publishers' table has arrived", () => {
  it("names a link after its host, fetches the table and re-renders the widgets with the publisher's name", async () => {
    const source = "http://en.moe.gov.cn/a.html";
    let rerenders = 0;
    const rerender = () => rerenders++;
    localeListeners.add(rerender);
    try {
      const before = await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, "zh-CN")}</p>`);
      expect(before.querySelector("a")!.textContent).to.equal("en.moe.gov.cn");
      await loadPublishers();
      expect(rerenders).to.equal(1);
      const after = await fixture<HTMLParagraphElement>(html`<p>${renderSource(source, "zh-CN")}</p>`);
      expect(after.querySelector("a")!.textContent).to.equal("教育部");
    } finally {
      localeListeners.delete(rerender);
    }
  });
});

describe("renderSources of records without citations", () => {
  before(() => loadPublishers());

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

describe("renderSources of records with citations", () => {
  const xinhua: Citation = {
    publisher: "新华社",
    publisherEn: "Xinhua",
    title: "第二届世界职业技术教育发展大会在天津开幕",
    titleEn: null,
    date: "2022-08",
    url: "http://www.news.cn/2022-08/19/c_1128927312.htm",
    copy: false,
  };
  const reprint: Citation = { publisher: "常州市人民政府", publisherEn: "Changzhou Municipal Government", title: null, titleEn: null, date: "2023-10-24", url: "http://fiilemail.com/ns_news/1", copy: true };
  const anonymous: Citation = { publisher: null, publisherEn: null, title: null, titleEn: null, date: null, url: "http://www.668528.com/2023/0730/934822.html", copy: true };
  const record = { source: "Xinhua 2022-08 (http://www.news.cn/2022-08/19/c_1128927312.htm) (school reprint of launch info)", citations: [xinhua, reprint, anonymous] };
  const render = (locale: string, records = [record]) => fixture<HTMLParagraphElement>(html`<p>${renderSources(records, locale)}</p>`);

  it("shows publisher《title》date with the address only in the link, and never the source text's asides", async () => {
    const zh = await render("zh-CN");
    expect(zh.textContent).to.equal("新华社《第二届世界职业技术教育发展大会在天津开幕》2022年8月；常州市人民政府（转载）2023年10月24日；网页转载");
    const [link] = zh.querySelectorAll("a");
    expect(link!.textContent).to.equal("新华社《第二届世界职业技术教育发展大会在天津开幕》");
    expect(link!.getAttribute("href")).to.equal(xinhua.url);
    expect(link!.rel).to.equal("noopener noreferrer");
    expect(zh.textContent).not.to.match(/http|reprint/);
  });

  it("words them in English on an English page, the title as the publisher gave it", async () => {
    const en = await render("en");
    expect(en.textContent).to.equal("Xinhua, “第二届世界职业技术教育发展大会在天津开幕”, August 2022; Changzhou Municipal Government (copy), October 24, 2023; Web copy");
  });

  it("names each publication once across records", async () => {
    const twice = await render("zh-CN", [record, { ...record }]);
    expect(twice.querySelectorAll("a").length).to.equal(3);
  });

  it("links no address but http(s), whatever a page sets", async () => {
    const hostile = await render("zh-CN", [
      { source: "x", citations: [{ ...xinhua, url: "javascript:alert(1)" }, { ...xinhua, publisher: "<img src=x onerror=alert(1)>", url: "data:text/html,<script>alert(1)</script>" }] },
    ]);
    expect(hostile.querySelectorAll("a, img, script").length).to.equal(0);
    expect(hostile.textContent).to.include("<img src=x onerror=alert(1)>《");
  });
});
