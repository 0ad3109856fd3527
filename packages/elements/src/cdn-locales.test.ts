import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { messages as english } from "./cooperation-card/messages.js";
import { apiUrl } from "./test-support/api.js";
import { builtGraph, staticClosure } from "./test-support/cdn-graph.js";
import { part, shownText } from "./test-support/widgets.js";

// A page that loads the built CDN loader and then a built language module of dist/cdn/locales, as
// a site does with two script tags: nothing transpiled again, nothing else registered.
const loaderUrl = new URL("../dist/cdn/chanjiao.js", import.meta.url).href;
const localeUrl = (lang: string) => new URL(`../dist/cdn/locales/${lang}.js`, import.meta.url).href;
const languages = ["th", "ar", "fr", "ru", "pt", "es"];

type LocaleModule = typeof import("./locales/ar.js");

describe("the CDN language modules", () => {
  it("each import only the loader, and the loader none of them", async () => {
    const loader = staticClosure(await builtGraph(loaderUrl), loaderUrl);
    const ar = (await (await fetch(localeUrl("ar"))).text()).match(/`(ورشة لوبان)`/)?.[1];
    expect(ar, "the Arabic for 鲁班工坊 in locales/ar.js").to.be.a("string");
    expect(loader.filter((file) => file.code.includes(ar!)).map((file) => file.url), "files of the loader with Arabic in them").to.deep.equal([]);
    for (const lang of languages) {
      const graph = await builtGraph(localeUrl(lang));
      expect(graph.get(localeUrl(lang))!.imports, lang).to.deep.equal([loaderUrl]);
    }
  });

  it("add their language to the loader's widgets: a cooperation card already on the page turns Arabic, right to left", async () => {
    const baseUrl = await apiUrl();
    const { items } = (await (await fetch(`${baseUrl}/cooperation-projects?kind=luban-workshop`)).json()) as { items: Array<{ id: string; nameEn: string }> };
    const [project] = items;
    if (!project) throw new Error("the seeded database has no Luban Workshop");
    await import(loaderUrl);
    const page = await fixture(html`
      <div lang="ar"><cj-provider base-url=${baseUrl}><cj-cooperation-card project-id=${project.id}></cj-cooperation-card></cj-provider></div>
    `);
    const card = page.querySelector("cj-cooperation-card")!;
    const title = () => card.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim();
    // A page in a language the data has no names in shows the English ones.
    await waitUntil(() => title() === project.nameEn, "the card never showed its project");
    // Arabic is not registered yet: the card speaks English, left to right.
    expect(shownText(card.shadowRoot!)).to.include(english.en.labels.partners);
    expect(getComputedStyle(part(card, "base")!).direction).to.equal("ltr");

    const { messages } = (await import(localeUrl("ar"))) as LocaleModule;
    await waitUntil(() => shownText(card.shadowRoot!).includes(messages.cooperationKinds["luban-workshop"]), "the card never turned Arabic");
    const text = shownText(card.shadowRoot!);
    for (const label of Object.values(messages["cj-cooperation-card"].labels)) expect(text, "labels").to.include(label);
    expect(text).to.not.include(english.en.labels.partners);
    expect(title(), "the record's English name").to.equal(project.nameEn);
    const base = part(card, "base")!;
    expect(base.getAttribute("dir")).to.equal("rtl");
    expect(getComputedStyle(base).direction).to.equal("rtl");
    await expect(card).to.be.accessible();
  });
});
