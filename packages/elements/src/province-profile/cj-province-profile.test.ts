import { createClient, provinceProfile, type ProvinceProfile } from "@chanjiao/sdk";
import { expect, html, oneEvent } from "@open-wc/testing";
import "../provider/define.js";
import "./define.js";
import type { CjSelectEvent } from "../shared/events.js";
import { apiUrl } from "../test-support/api.js";
import { expectInsideBox, mount, part, parts, settled, shownText } from "../test-support/widgets.js";
import type { CjFigureOpenEvent } from "./events.js";
import { messages } from "./messages.js";

const weak = new Set(["medium-low", "low"]);

async function profileOf(province: string, lang = "zh-CN", width = 720) {
  const { widget, errors } = await mount("cj-province-profile", html`<cj-province-profile province=${province}></cj-province-profile>`, { baseUrl: await apiUrl() }, { lang, width });
  await settled(widget);
  return { widget, errors };
}

describe("cj-province-profile against the API server", () => {
  let shandong: ProvinceProfile;

  before(async () => {
    shandong = await createClient({ baseUrl: await apiUrl() }).read(provinceProfile, { province: "370000" });
  });

  for (const lang of ["zh-CN", "en"] as const) {
    const t = messages[lang];

    it(`shows 山东's reform status, pilots, policies by kind, documents and figures (${lang})`, async () => {
      const { widget, errors } = await profileOf("370000", lang);
      expect(errors).to.deep.equal([]);
      expect(part(widget, "title")!.textContent!.trim()).to.equal(lang === "en" ? "Shandong" : "山东省");
      expect(part(widget, "status")!.textContent).to.include(lang === "en" ? "New model" : "新模式").and.include("2023");
      const pilots = parts(widget, "pilot");
      expect(pilots).to.have.length(shandong.pilots.length);
      for (const [index, pilot] of shandong.pilots.entries()) {
        const shown = shownText(pilots[index]!);
        expect(shown).to.include(lang === "en" ? pilot.programmeEn! : pilot.programme);
        if (pilot.document) expect(shown).to.include(lang === "en" ? pilot.documentEn! : pilot.document);
        for (const area of pilot.areas) expect(shown).to.include(area);
      }
      // Each policy once, under the kinds it is of; the kinds with none said in words.
      expect(parts(widget, "policy")).to.have.length(shandong.policies.length);
      const policies = shownText(part(widget, "policies")!);
      for (const policy of shandong.policies) {
        expect(policies).to.include(lang === "en" ? policy.titleEn! : policy.title).and.include(lang === "en" ? policy.contentEn! : policy.content);
        expect(policies, "the other language's wording").to.not.include(lang === "en" ? policy.content : policy.contentEn!);
      }
      expect(policies).to.include(lang === "en" ? "Finance · Fiscal · Land · Credit" : "金融 · 财政 · 土地 · 信用");
      const squeezed = (text: string) => text.replace(/\s+/g, "");
      expect(squeezed(policies)).to.include(squeezed(`${t.missing.kindNone}${lang === "en" ? "Employment" : "就业"}`));
      // Figures as the endpoint counts them.
      const figures = parts(widget, "figure").map((figure) => shownText(figure));
      expect(figures[0]).to.include(String(shandong.figures.cityConsortia.count)).and.include(t.figures.cityConsortia);
      expect(figures[2]).to.include(String(shandong.figures.practiceCentres.count));
      expect(shownText(part(widget, "levels")!)).to.include(String(shandong.figures.levels[0]!.programmes));
      await expect(widget).to.be.accessible();
    });

    it(`names each document by publisher, title and date, the address only in the link (${lang})`, async () => {
      const { widget } = await profileOf("370000", lang);
      const links = parts(widget, "document");
      expect(links).to.have.length(shandong.documents.length);
      for (const [index, document] of shandong.documents.entries()) {
        const link = links[index] as HTMLAnchorElement;
        expect(link.href).to.equal(new URL(document.url!).href);
        expect(link.target).to.equal("_blank");
        const shown = shownText(link);
        expect(shown).to.include(lang === "en" ? document.titleEn! : document.title).and.include(document.publisher ?? t.missing.publisher);
        expect(shown).to.not.include("http");
      }
    });

    it(`says plainly what is not on record for a province with no pilot (${lang})`, async () => {
      const { widget, errors } = await profileOf("540000", lang, 320);
      expect(errors).to.deep.equal([]);
      const shown = shownText(widget.shadowRoot!);
      for (const words of [t.noStatus, t.missing.pilots, t.missing.policies, t.missing.documents, t.pilotsIncomplete]) expect(shown).to.include(words);
      expect(parts(widget, "pilot")).to.have.length(0);
      expectInsideBox(widget);
      await expect(widget).to.be.accessible();
    });

    it(`stays inside a 320 px column with 山东's records (${lang})`, async () => {
      const { widget } = await profileOf("370000", lang, 320);
      for (const details of widget.shadowRoot!.querySelectorAll("details")) details.open = true;
      await widget.updateComplete;
      expect(widget.scrollWidth).to.be.at.most(widget.clientWidth + 1);
      expectInsideBox(widget);
    });
  }

  it("marks the facts resting on a single or reprinted source, and no other", async () => {
    const client = createClient({ baseUrl: await apiUrl() });
    const jiangxi = await client.read(provinceProfile, { province: "360000" });
    const records = [...jiangxi.pilots, ...jiangxi.policies, ...jiangxi.documents];
    const { widget } = await profileOf("360000");
    const marks = parts(widget, "weak");
    expect(marks.length, "the seed has a weakly sourced record of 江西").to.be.greaterThan(0);
    expect(marks).to.have.length(records.filter((record) => weak.has(record.confidence)).length);
    expect(marks.every((mark) => mark.title === messages["zh-CN"].weakHint)).to.equal(true);
  });

  it("leads each figure to the widget that shows it in full", async () => {
    const { widget } = await profileOf("370000");
    const opened = async (index: number) => {
      const event = oneEvent(widget, "cj-figure-open") as Promise<CjFigureOpenEvent>;
      parts(widget, "figure")[index]!.click();
      return event;
    };
    const city = await opened(0);
    expect([city.figure, city.province, city.widget]).to.deep.equal(["city-consortia", "370000", { tag: "cj-consortium-map", attributes: { province: "370000", kind: "city" } }]);
    expect(city.composed && city.bubbles).to.equal(true);
    expect((await opened(2)).widget).to.deep.equal({ tag: "cj-practice-centres", attributes: { region: "370000" } });
    const gap = await opened(4);
    expect([gap.figure, gap.widget]).to.deep.equal(["talent-gap", { tag: "cj-talent-board", attributes: { region: "370000", period: String(shandong.figures.talentGap!.period) } }]);
    const levels = oneEvent(widget, "cj-figure-open") as Promise<CjFigureOpenEvent>;
    part(widget, "levels")!.parentElement!.querySelector("button")!.click();
    expect([(await levels).figure, (await levels).widget]).to.deep.equal(["levels", null]);
  });

  it("fires cj-select with the province when its name is activated", async () => {
    const { widget } = await profileOf("370000");
    const selected = oneEvent(widget, "cj-select") as Promise<CjSelectEvent>;
    part(widget, "title")!.querySelector("button")!.click();
    expect((await selected).value).to.deep.equal(shandong.province);
  });
});
