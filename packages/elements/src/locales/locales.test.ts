import { expect, html } from "@open-wc/testing";
import "../define.js";
import { apiUrl, sampleProject } from "../test-support/api.js";
import { expectInsideBox, mount, part, parts, shownText } from "../test-support/widgets.js";
import { messages as ar } from "./ar.js";
import { messages as es } from "./es.js";
import { messages as fr } from "./fr.js";
import { messages as pt } from "./pt.js";
import { messages as ru } from "./ru.js";
import { messages as th } from "./th.js";

// The languages of the partner countries, for the cooperation widgets: importing a module registers
// it, and a 鲁班工坊 page shown to its partners speaks their language around the records' names.

const languages = { th, ar, fr, ru, pt, es } as const;

describe("the cooperation widgets in the partners' languages", () => {
  for (const [lang, messages] of Object.entries(languages)) {
    describe(`lang="${lang}"`, () => {
      it("shows a project card in the language, the record's own names as the data gives them (in English where it has them)", async () => {
        const project = { ...sampleProject, sample: true };
        const { widget } = await mount("cj-cooperation-card", html`<cj-cooperation-card .project=${project}></cj-cooperation-card>`, { baseUrl: await apiUrl() }, { lang });
        await widget.loadComplete;
        const text = shownText(widget.shadowRoot!);
        const card = messages["cj-cooperation-card"];
        for (const label of Object.values(card.labels)) expect(text, "labels").to.include(label);
        expect(text, "the kind").to.include(messages.cooperationKinds["luban-workshop"]);
        expect(text, "the status").to.include(messages.cooperationStatuses.operating);
        expect(text, "the source prefix").to.include(messages.common.sourcePrefix.trim());
        expect(part(widget, "badge")!.textContent).to.equal(messages.common.sample);
        expect(part(widget, "title")!.textContent!.trim(), "the record's name").to.equal(project.nameEn);
        expect(part(widget, "base")!.getAttribute("dir") ?? "ltr").to.equal("dir" in messages ? messages.dir : "ltr");
        await expect(widget).to.be.accessible();
      });

      it("lists the projects with its filters and pager in the language", async () => {
        const { widget, errors } = await mount("cj-cooperation-list", html`<cj-cooperation-list page-size="2"></cj-cooperation-list>`, { baseUrl: await apiUrl() }, { lang });
        await widget.loadComplete;
        expect(errors).to.have.length(0);
        const list = messages["cj-cooperation-list"];
        const text = shownText(widget.shadowRoot!);
        for (const label of Object.values(list.labels)) expect(text, "filter labels").to.include(label);
        expect(text, "the pager").to.include(messages.pager.next);
        const cards = [...widget.shadowRoot!.querySelectorAll("cj-cooperation-card")];
        expect(cards.length).to.be.greaterThan(0);
        expect(shownText(cards[0]!.shadowRoot!), "the cards").to.include(messages["cj-cooperation-card"].labels.kind);
        await expect(widget).to.be.accessible();
      });
    });
  }

  it("lays the Arabic card out right to left, inside a narrow box", async () => {
    const project = { ...sampleProject, name: `${sampleProject.name}（${"鲁班工坊".repeat(12)}）`, fields: ["自动化", "新能源汽车", "机电一体化", "铁道运营"] };
    const { widget } = await mount("cj-cooperation-card", html`<cj-cooperation-card .project=${project}></cj-cooperation-card>`, { baseUrl: await apiUrl() }, { lang: "ar", width: 280 });
    await widget.loadComplete;
    const base = part(widget, "base")!;
    expect(base.getAttribute("dir")).to.equal("rtl");
    expect(getComputedStyle(base).direction).to.equal("rtl");
    // Right to left, each label stands to the right of its value.
    const [label, value] = [widget.shadowRoot!.querySelector("dt")!, widget.shadowRoot!.querySelector("dd")!];
    if (label.getBoundingClientRect().top === value.getBoundingClientRect().top) {
      expect(label.getBoundingClientRect().left).to.be.greaterThan(value.getBoundingClientRect().left);
    } else {
      expect(label.getBoundingClientRect().right).to.be.closeTo(base.getBoundingClientRect().right - parseFloat(getComputedStyle(base).paddingRight) - 1, 2);
    }
    expect(parts(widget, "meta")).to.have.length(1);
    expectInsideBox(widget);
  });
});
