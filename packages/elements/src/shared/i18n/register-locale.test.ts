import { expect, fixture, html } from "@open-wc/testing";
import "../../define.js";
import type { CjCooperationCard } from "../../cooperation-card/cj-cooperation-card.js";
import { sampleProject } from "../../test-support/api.js";
import { part } from "../../test-support/widgets.js";
import { registerLocale } from "./registry.js";

// A private-use tag, so that no other test's page language meets this one.
const tag = "de-x-test";

async function germanCard(): Promise<CjCooperationCard> {
  const card = await fixture<CjCooperationCard>(html`<cj-cooperation-card lang=${tag} .project=${{ ...sampleProject, sample: true }}></cj-cooperation-card>`);
  await card.loadComplete;
  return card;
}

describe("registerLocale", () => {
  before(() => {
    registerLocale(tag, {
      common: {
        loading: "Wird geladen…",
        retry: "Erneut versuchen",
        noClient: "Keine Datenquelle: Setzen Sie die Komponente in einen <cj-provider> mit base-url.",
        invalidSetting: (setting) => `Ungültige Einstellung: ${setting}`,
        sample: "Beispieldaten",
        sampleHint: "Dieser Eintrag ist erzeugte Beispieldaten, keine amtliche Zahl.",
        sourcePrefix: "Quelle: ",
      },
      "cj-cooperation-card": {
        noProject: "Kein Kooperationsprojekt angegeben.",
        projectFailed: "Das Kooperationsprojekt konnte nicht geladen werden.",
        projectNotFound: "Dieses Kooperationsprojekt wurde nicht gefunden.",
        labels: { kind: "Art", countries: "Länder", host: "Gastinstitution", partners: "Chinesische Partner", fields: "Fachgebiete", opened: "Eröffnet", status: "Status" },
      },
    });
  });

  it("speaks a registered language: the shared strings and the widget's own", async () => {
    const card = await germanCard();
    expect(part(card, "badge")!.textContent).to.equal("Beispieldaten");
    const labels = [...card.shadowRoot!.querySelectorAll("dt")].map((dt) => dt.textContent);
    expect(labels).to.include.members(["Art", "Länder", "Eröffnet"]);
    expect(part(card, "source")!.textContent).to.match(/^Quelle: /);
  });

  it("shows in English what the language leaves out", async () => {
    const card = await germanCard();
    // The vocabulary's cooperation kinds were not registered: English, not Chinese.
    const kind = [...card.shadowRoot!.querySelectorAll("dd")].map((dd) => dd.textContent);
    expect(kind).to.include("Luban Workshop");
  });

  it("falls back to English for an unregistered language, and keeps Chinese for Chinese pages", async () => {
    const fr = await fixture<CjCooperationCard>(html`<cj-cooperation-card lang="xx-unknown" .project=${sampleProject}></cj-cooperation-card>`);
    const zh = await fixture<CjCooperationCard>(html`<cj-cooperation-card lang="zh-Hans" .project=${sampleProject}></cj-cooperation-card>`);
    await Promise.all([fr.loadComplete, zh.loadComplete]);
    expect([...fr.shadowRoot!.querySelectorAll("dt")].map((dt) => dt.textContent)).to.include("Countries");
    expect([...zh.shadowRoot!.querySelectorAll("dt")].map((dt) => dt.textContent)).to.include("国家");
  });

  it("switches a widget already on the page when its language is registered", async () => {
    const card = await fixture<CjCooperationCard>(html`<cj-cooperation-card lang="eo-x-test" .project=${sampleProject}></cj-cooperation-card>`);
    await card.loadComplete;
    expect(card.shadowRoot!.querySelector("dt")!.textContent).to.equal("Kind");
    registerLocale("eo-x-test", {
      common: { loading: "Ŝargante…", retry: "Reprovi", noClient: "Neniu datumfonto.", invalidSetting: (setting) => `Nevalida agordo: ${setting}`, sample: "Ekzemplo", sampleHint: "Ekzemplaj datumoj.", sourcePrefix: "Fonto: " },
      "cj-cooperation-card": {
        noProject: "Neniu projekto.",
        projectFailed: "La projekto ne ŝargiĝis.",
        projectNotFound: "La projekto ne troviĝis.",
        labels: { kind: "Speco", countries: "Landoj", host: "Gastiganto", partners: "Ĉinaj partneroj", fields: "Fakoj", opened: "Malfermita", status: "Stato" },
      },
    });
    await card.loadComplete;
    expect(card.shadowRoot!.querySelector("dt")!.textContent).to.equal("Speco");
  });
});
