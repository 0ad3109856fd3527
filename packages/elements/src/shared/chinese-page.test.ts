import { expect, html } from "@open-wc/testing";
import "../define.js";
import { apiUrl } from "../test-support/api.js";
import { everyWidget, loaded, readerTexts } from "../test-support/every-widget.js";
import { recordingClient } from "../test-support/recording-client.js";
import { mount } from "../test-support/widgets.js";

// On a Chinese page every word a widget shows is Chinese, except proper names as the data gives
// them and a few technical terms. English that comes from the data is listed below by the field
// it comes from, with the reason, until the data carries Chinese for it; the list only shrinks.

/** Latin-letter terms a Chinese page writes as they are. */
const allowedTerms = /\b(?:CSV|PNG|SVG|API)\b/g;

/**
 * Fields whose values are proper names, shown as the source writes them (a foreign college's name,
 * a foreign publisher's). A data string that one of them holds is a proper name wherever else it stands.
 */
const properNameFields = new Set(["hostInstitution", "partners", "publisher"]);

/** Fields of the data whose English still shows on a Chinese page, and why. */
const knownEnglishFields: Record<string, string> = {
  name: "the names of cooperation projects embed the host's English name or an English gloss ('“中文+职业技能” (Chinese + TVET)'); only these widgets may show it",
};

/** The widgets that show a known field; any other widget showing English from it fails. */
const knownFieldWidgets: Record<string, readonly string[]> = {
  name: ["cj-cooperation-card", "cj-cooperation-list"],
};

const latin = /[A-Za-z]/;

/**
 * Every event, whose sources carry the researchers' English asides ("(school reprint of launch
 * info)", "(人民网天津 reprint)"): each source a visitor may see of them is on the page.
 */
const everySource = [{ tag: "cj-event-list", template: html`<cj-event-list page-size="100"></cj-event-list>` }];

/**
 * What in `text` is Latin and not allowed: each data string with Latin letters that the text
 * contains is taken out (longest first) and its fields noted; what is left must have none. A text
 * that is a piece of one data string (a source's URL shown as a link) comes from that string.
 */
function explain(text: string, fieldsOf: Map<string, Set<string>>, dataStrings: string[]): { ownLatin: string; fields: Set<string> } {
  const fields = new Set<string>();
  const fieldsHolding = (data: string) => {
    const holding = fieldsOf.get(data)!;
    return [...holding].some((field) => properNameFields.has(field)) ? new Set<string>() : holding;
  };
  const whole = dataStrings.find((data) => data.includes(text));
  if (whole !== undefined) return { ownLatin: "", fields: fieldsHolding(whole) };
  let rest = text;
  for (const data of dataStrings) {
    if (!rest.includes(data)) continue;
    rest = rest.replaceAll(data, " ");
    for (const field of fieldsHolding(data)) fields.add(field);
  }
  return { ownLatin: rest.replace(allowedTerms, " ").match(/[A-Za-z][A-Za-z .,'()/-]*/g)?.join(" | ") ?? "", fields };
}

describe("every widget on a Chinese page", () => {
  it("shows no Latin letters but proper names from the data, allowed terms and the data's known English", async () => {
    const fieldsOf = new Map<string, Set<string>>();
    const client = recordingClient(await apiUrl(), (text, field) => fieldsOf.set(text, (fieldsOf.get(text) ?? new Set()).add(field)));
    const problems: string[] = [];
    const seenKnown = new Set<string>();
    for (const { tag, template } of [...(await everyWidget(client)), ...everySource]) {
      const { widget } = await mount(tag as keyof HTMLElementTagNameMap, template, { client }, { lang: "zh-CN", width: 1366 });
      await loaded(widget);
      const dataStrings = [...fieldsOf.keys()].filter((data) => latin.test(data)).sort((a, b) => b.length - a.length);
      for (const text of readerTexts(widget).filter((text) => latin.test(text))) {
        const { ownLatin, fields } = explain(text, fieldsOf, dataStrings);
        if (ownLatin) problems.push(`<${tag}> writes Latin letters of its own: "${ownLatin}" in "${text.slice(0, 120)}"`);
        for (const field of fields) {
          if (field in knownEnglishFields && (knownFieldWidgets[field]?.includes(tag) ?? true)) seenKnown.add(field);
          else problems.push(`<${tag}> shows English from the data's "${field}" field: "${text.slice(0, 120)}"`);
        }
      }
      widget.closest("div")!.remove();
    }
    expect(problems).to.deep.equal([]);
    // A field translated in the data leaves the list; its entry should go too.
    const translated = Object.keys(knownEnglishFields).filter((field) => !seenKnown.has(field));
    console.info(`English from the data seen in: ${[...seenKnown].join(", ")}`);
    if (translated.length > 0) console.info(`No English shows any more from: ${translated.join(", ")}; remove them from knownEnglishFields.`);
  });
});
