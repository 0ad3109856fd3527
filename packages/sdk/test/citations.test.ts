import assert from "node:assert/strict";
import { describe, it } from "node:test";
import * as z from "zod/mini";
import { Citation, createBodyOf, Event, publisherOf, splitSource } from "../src/index.js";

const citation: Citation = {
  publisher: "新华社",
  publisherEn: "Xinhua",
  title: "第二届世界职业技术教育发展大会开幕",
  titleEn: null,
  date: "2022-08",
  url: "http://www.news.cn/2022-08/19/c_1128927312.htm",
  copy: false,
};

describe("Citation", () => {
  it("takes a publication as far as its source gives it, a gap as null", () => {
    assert.deepEqual(z.parse(Citation, citation), citation);
    assert.ok(z.safeParse(Citation, { ...citation, publisher: null, publisherEn: null, title: null, date: null, url: null, copy: true }).success);
  });

  it("refuses an address that is not http(s), a date that is none, an empty name and an unknown field", () => {
    for (const [field, value] of [
      ["url", "javascript:alert(1)"],
      ["url", "JaVaScRiPt:alert(1)//http://x"],
      ["url", "data:text/html,<script>x</script>"],
      ["url", "http://exa mple.org/"],
      ["url", `http://a.example/${"x".repeat(3000)}`],
      ["date", "2022-8"],
      ["date", "2022-13"],
      ["publisher", ""],
      ["copy", "yes"],
      ["note", "(school reprint)"],
    ] as const) {
      assert.equal(z.safeParse(Citation, { ...citation, [field]: value }).success, false, `${field}: ${value}`);
    }
  });

  it("is part of every record and optional in a create body, where the server derives it", () => {
    assert.equal(z.safeParse(Event, {}).success, false);
    assert.ok("citations" in Event.shape);
    const create = createBodyOf(Event);
    const issues = z.safeParse(create, {}).error!.issues.map((issue) => issue.path.join("."));
    assert.ok(issues.includes("source"));
    assert.ok(!issues.includes("citations"));
  });
});

describe("publisherOf", () => {
  it("names a publisher by the most specific ending of its host, official or a reprint", () => {
    assert.deepEqual(publisherOf(new URL("http://en.moe.gov.cn/a.html")), { zh: "教育部", en: "Ministry of Education", official: true, copy: false });
    assert.deepEqual(publisherOf(new URL("https://www.gov.cn/a.html")), { zh: "中国政府网", en: "Chinese government", official: true, copy: false });
    assert.deepEqual(publisherOf(new URL("http://hschangjiang.com/n2/a.html")), { zh: "人民网天津频道", en: "People's Daily Online Tianjin", official: false, copy: true });
    assert.deepEqual(publisherOf(new URL("http://www.668528.com/a.html")), { zh: null, en: null, official: false, copy: true });
    assert.equal(publisherOf(new URL("https://unknown.example/")), null);
    assert.equal(publisherOf(new URL("https://notmoe.gov.cn.example/")), null);
  });
});

describe("splitSource", () => {
  it("links http(s) URLs inside citations and keeps the rest as text", () => {
    assert.deepEqual(splitSource("Xinhua 2022-08-21 (http://example.org/a.htm)"), [
      { text: "Xinhua 2022-08-21 (" },
      { text: "http://example.org/a.htm", href: "http://example.org/a.htm" },
      { text: ")" },
    ]);
  });

  it("separates URLs listed with semicolons and drops trailing punctuation", () => {
    const links = splitSource("https://a.example/x ; https://b.example/y.").filter((part) => part.href);
    assert.deepEqual(links.map((part) => part.href), ["https://a.example/x", "https://b.example/y"]);
  });

  it("never links other schemes", () => {
    for (const source of ["javascript:alert(1)", "data:text/html,<b>x</b>", "JaVaScRiPt:alert(1)//http://x", "vbscript:x"]) {
      assert.deepEqual(splitSource(source).filter((part) => part.href && !/^https?:/.test(part.href)), [], source);
    }
  });
});
