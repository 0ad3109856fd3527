import type { ChanjiaoClient } from "@chanjiao/sdk";
import { expect, fixture, html } from "@open-wc/testing";
import "../define.js";
import { apiUrl } from "../test-support/api.js";
import { everyWidget, loaded, readerTexts, type WidgetCase } from "../test-support/every-widget.js";
import { recordingClient } from "../test-support/recording-client.js";
import type { BuiltInLocale as Locale } from "./i18n/messages.js";

// Every widget speaks one language at a time: under lang="en" none of its Chinese interface
// strings shows, under zh-CN none of its English ones. The data may be in either language, so a
// text that the API sent as it is does not count.

const cjk = /[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]/;

/** The strings of a locale's messages, nested groups included, functions left out. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The messages only `locale` has, as patterns of a whole text (a placeholder such as `{group}`
 * matches anything): Lit renders each message as a text node or an attribute of its own, while
 * data that merely contains the same words (a project named after its kind) does not match.
 */
function patterns(widget: WidgetCase, locale: Locale): RegExp[] {
  const other = new Set(strings(widget.messages[locale === "en" ? "zh-CN" : "en"]));
  const fixedText = (text: string) => text.replace(/\{[^}]*\}/g, "");
  const own = strings(widget.messages[locale]).filter(
    (text) => !other.has(text) && (locale === "en" ? /[a-z]{2}/i.test(fixedText(text)) : cjk.test(fixedText(text))),
  );
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, "\\$&");
  return own.map((text) => new RegExp(`^${text.split(/\{[^}]*\}/).map(escape).join(".+")}$`, "s"));
}

describe("languages of every widget", () => {
  let widgets: WidgetCase[];
  let client: ChanjiaoClient;
  const dataTexts = new Set<string>();

  before(async () => {
    client = recordingClient(await apiUrl(), (text) => dataTexts.add(text));
    widgets = await everyWidget(client);
  });

  for (const [locale, foreign] of [
    ["en", "zh-CN"],
    ["zh-CN", "en"],
  ] as const satisfies ReadonlyArray<readonly [Locale, Locale]>) {
    it(`shows no ${foreign} interface text under lang="${locale}"`, async () => {
      for (const widget of widgets) {
        const wrapper = await fixture<HTMLElement>(html`<div lang=${locale}><cj-provider .client=${client}>${widget.template}</cj-provider></div>`);
        const element = wrapper.querySelector(widget.tag)!;
        await loaded(element);
        const shown = readerTexts(element);
        const leaked = shown.filter((text) => !dataTexts.has(text) && patterns(widget, foreign).some((pattern) => pattern.test(text)));
        expect(leaked, `<${widget.tag}> under ${locale} shows ${foreign} interface text`).to.deep.equal([]);
        // Its own language is there: the check above is not passing on an empty widget.
        expect(shown.some((text) => patterns(widget, locale).some((pattern) => pattern.test(text))), `<${widget.tag}> shows no ${locale} text`).to.equal(true);
      }
    });
  }
});
