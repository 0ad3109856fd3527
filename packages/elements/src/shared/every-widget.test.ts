import { createClient, type ChanjiaoClient } from "@chanjiao/sdk";
import { expect, html } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { CSSResult, TemplateResult } from "lit";
import "../define.js";
import { messages as ar } from "../locales/ar.js";
import { messages as es } from "../locales/es.js";
import { messages as fr } from "../locales/fr.js";
import { messages as pt } from "../locales/pt.js";
import { messages as ru } from "../locales/ru.js";
import { messages as th } from "../locales/th.js";
import { apiUrl } from "../test-support/api.js";
import { everyWidget, type WidgetCase } from "../test-support/every-widget.js";
import { blobUrl, geoJson } from "../test-support/geo-sources.js";
import { controlsOf, deepActiveElement, describeElement, expectReadingOrder, expectVisiblyFocused, focusDrawing } from "../test-support/focus.js";
import { compactCss } from "../ssr/compact-styles.js";
import { mountServerRendered, structureOf, textOf } from "../test-support/server-rendered.js";
import { expectInsideBox, mount, part, shownText } from "../test-support/widgets.js";
import type { CjDataElement } from "./data-element.js";
import type { LocaleMessages, WidgetMessages } from "./i18n/locale-messages.js";
import { localeDir } from "./i18n/registry.js";

// One suite over every data widget, in the manner of Shoelace's form-control suite: each widget
// loads and then shows its data, shows its empty state, says a record is not found, names a setting
// the data cannot take, recovers with Retry after a failure, is walked by Tab in reading order,
// speaks every language it is offered, stays inside its box right to left, and passes axe.

/** What each widget is given beside its data: a filter that matches nothing, a missing record, a refused setting. */
interface Extra {
  /** Attributes under which the seeded API has nothing for the widget; the widget shows its empty state. */
  empty?: TemplateResult;
  /** A record that does not exist, and the widget's words for it. */
  notFound?: { template: TemplateResult; message: (messages: Record<string, unknown>) => string };
  /** A setting the SDK refuses, as the page wrote it. */
  refused: { template: TemplateResult; setting: string };
  /**
   * The members of a composite control (docs/accessibility.md): one tab stop between them, arrow
   * keys to the neighbour in that direction, Home and End to the first and last.
   */
  composite?: string;
  /**
   * Settings the server draws as the browser draws others (`alike`), and what the browser draws
   * in their place once it takes over (`takenOver`, a selector in the shadow root).
   */
  drawnOtherwise?: () => { template: TemplateResult; alike: TemplateResult; takenOver: string };
}

/** Longer than any id or filter the API takes. */
const tooLong = "x".repeat(201);

const extras: Record<string, Extra> = {
  "cj-cooperation-card": {
    notFound: { template: html`<cj-cooperation-card project-id="no-such-project"></cj-cooperation-card>`, message: (t) => t["projectNotFound"] as string },
    refused: { template: html`<cj-cooperation-card project-id=".."></cj-cooperation-card>`, setting: 'project-id=".."' },
  },
  "cj-cooperation-list": {
    empty: html`<cj-cooperation-list country="Atlantis"></cj-cooperation-list>`,
    refused: { template: html`<cj-cooperation-list field=${tooLong}></cj-cooperation-list>`, setting: `field="${tooLong}"` },
  },
  "cj-practice-centres": {
    empty: html`<cj-practice-centres region="540000"></cj-practice-centres>`,
    refused: { template: html`<cj-practice-centres function="dancing"></cj-practice-centres>`, setting: 'function="dancing"' },
  },
  "cj-event-list": {
    refused: { template: html`<cj-event-list kind="party"></cj-event-list>`, setting: 'kind="party"' },
  },
  "cj-talent-board": {
    refused: { template: html`<cj-talent-board group-by="school"></cj-talent-board>`, setting: 'group-by="school"' },
  },
  "cj-provincial-lists": {
    empty: html`<cj-provincial-lists province="540000"></cj-provincial-lists>`,
    refused: { template: html`<cj-provincial-lists province="32"></cj-provincial-lists>`, setting: 'province="32"' },
  },
  "cj-programme-list": {
    empty: html`<cj-programme-list school-id="no-such-school"></cj-programme-list>`,
    refused: { template: html`<cj-programme-list school-id=${tooLong}></cj-programme-list>`, setting: `school-id="${tooLong}"` },
  },
  "cj-pathway": {
    refused: { template: html`<cj-pathway major-category="mc-46" region="jiangsu"></cj-pathway>`, setting: 'region="jiangsu"' },
  },
  "cj-school-profile": {
    notFound: { template: html`<cj-school-profile school-id="no-such-school"></cj-school-profile>`, message: (t) => t["notFound"] as string },
    refused: { template: html`<cj-school-profile school-id=".."></cj-school-profile>`, setting: 'school-id=".."' },
  },
  "cj-demand-form": {
    refused: { template: html`<cj-demand-form province="jiangsu"></cj-demand-form>`, setting: 'province="jiangsu"' },
  },
  "cj-consortium-map": {
    refused: { template: html`<cj-consortium-map kind="town"></cj-consortium-map>`, setting: 'kind="town"' },
    composite: '[part~="tile"]',
    // The site's geographic map is drawn on a canvas, which has no markup: the server sends its table.
    drawnOtherwise: () => ({
      template: html`<cj-consortium-map province="320000" geo-src=${blobUrl(JSON.stringify(geoJson()))}></cj-consortium-map>`,
      alike: html`<cj-consortium-map province="320000" view="list"></cj-consortium-map>`,
      takenOver: 'canvas[part~="geo"]',
    }),
  },
  "cj-province-profile": {
    notFound: { template: html`<cj-province-profile province="990000"></cj-province-profile>`, message: (t) => t["notFound"] as string },
    refused: { template: html`<cj-province-profile province="37"></cj-province-profile>`, setting: 'province="37"' },
  },
  "cj-consortium-card": {
    notFound: { template: html`<cj-consortium-card consortium-id="no-such-consortium"></cj-consortium-card>`, message: (t) => t["consortiumNotFound"] as string },
    refused: { template: html`<cj-consortium-card consortium-id=".."></cj-consortium-card>`, setting: 'consortium-id=".."' },
  },
};

/** The languages each widget is offered: the built-in ones, and those added with `registerLocale`. */
const languagesOf = (tag: string): string[] => ["zh-CN", "en", ...(added[tag] ?? []).map(([lang]) => lang)];
const partners: Array<[string, LocaleMessages]> = Object.entries({ th, ar, fr, ru, pt, es });
const added: Record<string, Array<[string, LocaleMessages]>> = { "cj-cooperation-card": partners, "cj-cooperation-list": partners };

/** A client of the seeded API whose requests fail with a 503 while `failing` says so. */
function flakyClient(baseUrl: string): { client: ChanjiaoClient; heal(): void } {
  let failing = true;
  const unavailable = { type: "urn:chanjiao:problem:unavailable", title: "Unavailable", status: 503 };
  const client = createClient({
    baseUrl,
    retry: 0,
    fetch: (input, init) => (failing ? Promise.resolve(Response.json(unavailable, { status: 503 })) : fetch(input, init)),
  });
  return { client, heal: () => (failing = false) };
}

/** The strings of a message table, nested groups included, functions left out. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

const alertOf = (widget: Element) => widget.shadowRoot!.querySelector('[role="alert"]');

/** Presses `key` (with Shift for `Shift+Tab`) and answers what has focus once the widget has drawn what the key changed. */
async function press(widget: Element, key: string): Promise<Element | null> {
  const [modifier, pressed] = key.includes("+") ? key.split("+") : [undefined, key];
  if (modifier) await sendKeys({ down: modifier });
  await sendKeys({ press: pressed! });
  if (modifier) await sendKeys({ up: modifier });
  await (widget as CjDataElement).updateComplete;
  return deepActiveElement();
}

/** Members of a composite in reading order: top row first, each row from its start. */
function inReadingOrder(members: Element[]): Element[] {
  const box = (member: Element) => member.getBoundingClientRect();
  return [...members].sort((a, b) => Math.round(box(a).top - box(b).top) || box(a).left - box(b).left);
}

/**
 * Drives a composite control from its tab stop as docs/accessibility.md says it works: Home and End
 * to the first and last member, an arrow key to the neighbour that way, the tab stop following
 * focus. Answers the member that holds the tab stop at the end.
 */
async function walkComposite(widget: Element, stop: Element, selector: string): Promise<Element> {
  const members = inReadingOrder([...(stop.getRootNode() as ShadowRoot).querySelectorAll(selector)]);
  const first = members[0]!;
  const last = members.at(-1)!;
  expect(await press(widget, "Home"), "Home reaches the first").to.equal(first);
  expect(await press(widget, "End"), "End reaches the last").to.equal(last);
  const left = await press(widget, "ArrowLeft");
  expect(members, "ArrowLeft stays among the members").to.include(left);
  expect(left!.getBoundingClientRect().right, "ArrowLeft moves left").to.be.at.most(last.getBoundingClientRect().left + 1);
  expect(members.filter((member) => (member as HTMLElement | SVGElement).tabIndex >= 0), "tab stops after moving").to.deep.equal([left]);
  return left!;
}

/**
 * Mounts `template` as the server draws it and expects it to read as `client` (drawn by the browser)
 * before its script runs; answers the widget once it has taken over, having drawn no loading state
 * and asked the API nothing.
 */
async function takeOver(template: TemplateResult, client: Element, baseUrl: string): Promise<{ widget: CjDataElement; page: HTMLElement }> {
  const requests: string[] = [];
  const pageFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => (requests.push(new Request(input, init).url), pageFetch(input, init));
  try {
    const page = await mountServerRendered(template, baseUrl);
    const widget = page.querySelector<CjDataElement>(client.localName)!;
    const drawnBefore = widget.shadowRoot!.childNodes.length;
    // Read before the widget's first update: what a reader without JavaScript sees.
    expect(textOf(widget), "the server's drawing").to.equal(textOf(client));
    expect(structureOf(widget.shadowRoot!), "the server's elements").to.deep.equal(structureOf(client.shadowRoot!));
    const drawn: Node[] = [];
    new MutationObserver((records) => drawn.push(...records.flatMap((record) => [...record.addedNodes]))).observe(widget.shadowRoot!, { childList: true, subtree: true });
    await widget.loadComplete;
    expect(drawnBefore, "a drawing from the server").to.be.above(0);
    expect(drawn.some((node) => node instanceof Element && (node.matches('[aria-busy="true"]') || node.querySelector('[aria-busy="true"]'))), "a loading state drawn").to.equal(false);
    expect(requests.filter((url) => url.startsWith(baseUrl)), "requests to the API").to.deep.equal([]);
    return { widget, page };
  } finally {
    globalThis.fetch = pageFetch;
  }
}

describe("every data widget", () => {
  let baseUrl: string;
  let widgets: WidgetCase[];

  before(async () => {
    baseUrl = await apiUrl();
    widgets = await everyWidget(createClient({ baseUrl }));
    expect(widgets.map((widget) => widget.tag).sort()).to.deep.equal(Object.keys(extras).sort());
  });

  for (const tag of Object.keys(extras)) {
    const extra = extras[tag]!;
    const data = () => widgets.find((widget) => widget.tag === tag)!;

    describe(`<${tag}>`, () => {
      it("is busy while it loads, then shows its data once loadComplete settles", async () => {
        // Answers wait for the test, so the loading state is seen however fast (or browser-cached) the API is.
        let release: () => void = () => {};
        const answered = new Promise<void>((resolve) => (release = resolve));
        const client = createClient({ baseUrl, fetch: async (input, init) => answered.then(() => fetch(input, init)) });
        const { widget, errors } = await mount(tag as "cj-pathway", data().template, { client });
        // An answer that comes quickly is drawn without a loading state first; this one keeps it waiting.
        await (widget as CjDataElement).updateComplete;
        const base = part(widget, "base");
        expect(base, "the base part").to.exist;
        expect(base!.getAttribute("aria-busy")).to.equal("true");
        release();
        await (widget as CjDataElement).loadComplete;
        expect(part(widget, "base")!.getAttribute("aria-busy")).to.equal("false");
        expect(alertOf(widget), "an alert").to.equal(null);
        expect(widget.shadowRoot!.querySelector(".state-empty"), "the empty state").to.equal(null);
        expect(errors).to.have.length(0);
        await expect(widget).to.be.accessible();
      });

      it("draws the same when the server drew it, and takes over without a flash or a request", async () => {
        const { widget: client } = await mount(tag as "cj-pathway", data().template, { baseUrl });
        await (client as CjDataElement).loadComplete;
        const { widget, page } = await takeOver(data().template, client, baseUrl);
        expect(textOf(widget), "the browser's drawing").to.equal(textOf(client));
        page.remove();
      });

      it("keeps every rule of its styles as the server sends them, without comments and indentation", () => {
        const rules = (css: string) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          return [...sheet.cssRules].map((rule) => rule.cssText);
        };
        for (const style of (customElements.get(tag) as typeof CjDataElement).elementStyles) {
          const css = (style as CSSResult).cssText;
          expect(compactCss(css).length, "compacted").to.be.below(css.length);
          expect(rules(compactCss(css))).to.deep.equal(rules(css));
        }
      });

      if (extra.drawnOtherwise) {
        it("draws on the server what the browser draws with other settings, then takes over without a flash or a request to the API", async () => {
          const { template, alike, takenOver } = extra.drawnOtherwise!();
          const { widget: client } = await mount(tag as "cj-pathway", alike, { baseUrl });
          await (client as CjDataElement).loadComplete;
          const { widget, page } = await takeOver(template, client, baseUrl);
          expect(widget.shadowRoot!.querySelector(takenOver), "the browser's own drawing").to.exist;
          page.remove();
        });
      }

      if (extra.empty) {
        it("shows its empty state when nothing matches", async () => {
          const { widget, errors } = await mount(tag as "cj-pathway", extra.empty!, { baseUrl });
          await (widget as CjDataElement).loadComplete;
          expect(widget.shadowRoot!.querySelector(".state-empty"), "the empty state").to.exist;
          expect(alertOf(widget), "an alert").to.equal(null);
          expect(errors).to.have.length(0);
          await expect(widget).to.be.accessible();
        });
      }

      if (extra.notFound) {
        it("says a record that does not exist was not found", async () => {
          const { widget } = await mount(tag as "cj-pathway", extra.notFound!.template, { baseUrl }, { lang: "en" });
          await (widget as CjDataElement).loadComplete;
          const message = extra.notFound!.message(data().messages.en as Record<string, unknown>);
          expect(shownText(alertOf(widget)!)).to.include(message);
          await expect(widget).to.be.accessible();
        });
      }

      it("names a setting the data cannot take, with no Retry", async () => {
        const { widget, errors } = await mount(tag as "cj-pathway", extra.refused.template, { baseUrl });
        await (widget as CjDataElement).loadComplete;
        expect(shownText(alertOf(widget)!)).to.include(`设置无效：${extra.refused.setting}`);
        expect(part(widget, "retry"), "Retry").to.equal(null);
        expect(errors.length, "cj-error events").to.be.greaterThan(0);
        await expect(widget).to.be.accessible();
      });

      it("offers Retry after a failure, and Retry loads the data", async () => {
        const { client, heal } = flakyClient(baseUrl);
        const { widget, errors } = await mount(tag as "cj-pathway", data().template, { client });
        await (widget as CjDataElement).loadComplete;
        expect(alertOf(widget), "an alert").to.exist;
        expect(errors.length, "cj-error events").to.be.greaterThan(0);
        await expect(widget).to.be.accessible();
        heal();
        // Some widgets load more than one thing (the board's controls, a panel): each failed part has its Retry.
        for (let retry = part(widget, "retry"); retry; retry = part(widget, "retry")) {
          retry.click();
          await (widget as CjDataElement).loadComplete;
        }
        expect(alertOf(widget), "an alert after Retry").to.equal(null);
        expect(part(widget, "base")!.getAttribute("aria-busy")).to.equal("false");
      });

      it("is walked by Tab in reading order with focus shown, left by Tab, and walked back by Shift+Tab", async () => {
        const { widget } = await mount(tag as "cj-pathway", html`<button id="before">before</button>${data().template}<button id="after">after</button>`, { baseUrl });
        await (widget as CjDataElement).loadComplete;
        const [before, after] = ["#before", "#after"].map((id) => widget.parentElement!.querySelector<HTMLElement>(id)!) as [HTMLElement, HTMLElement];
        const inComposite = (element: Element) => extra.composite !== undefined && element.matches(extra.composite);
        const controls = controlsOf(widget);
        const stops = controls.filter((control) => (control as HTMLElement | SVGElement).tabIndex >= 0);
        // Every control is a tab stop, but the members of a composite, which share one.
        expect(controls.filter((control) => !stops.includes(control) && !inComposite(control)).map(describeElement), "controls Tab skips").to.deep.equal([]);
        if (extra.composite) expect(stops.filter(inComposite).map(describeElement), "the composite's tab stops").to.have.length(1);
        expect(stops.length, "tab stops").to.be.greaterThan(0);
        expectReadingOrder(stops);
        const unfocused = new Map(stops.map((stop) => [stop, focusDrawing(stop)]));

        before.focus();
        for (const [index, stop] of stops.entries()) {
          const focused = await press(widget, "Tab");
          expect(focused === stop, `Tab ${index + 1} reaches ${describeElement(stop)}, not ${describeElement(focused)}`).to.equal(true);
          expectVisiblyFocused(stop, unfocused.get(stop)!);
          if (inComposite(stop)) stops[index] = await walkComposite(widget, stop, extra.composite!);
        }
        expect(await press(widget, "Tab"), "Tab from the last control leaves the widget").to.equal(after);
        for (const stop of [...stops].reverse()) {
          const focused = await press(widget, "Shift+Tab");
          expect(focused === stop, `Shift+Tab reaches ${describeElement(stop)}, not ${describeElement(focused)}`).to.equal(true);
        }
        expect(await press(widget, "Shift+Tab"), "Shift+Tab from the first control leaves the widget").to.equal(before);
      });

      it("speaks every language it is offered", async () => {
        for (const lang of languagesOf(tag)) {
          const { widget } = await mount(tag as "cj-pathway", data().template, { baseUrl }, { lang });
          await (widget as CjDataElement).loadComplete;
          const table = (data().messages as Record<string, unknown>)[lang] ?? added[tag]!.find(([tag]) => tag === lang)![1][tag as keyof WidgetMessages];
          const shown = shownText(widget.shadowRoot!);
          const own = strings(table).filter((text) => !/\{|\$/.test(text) && text.length > 2);
          expect(own.some((text) => shown.includes(text)), `<${tag}> under lang="${lang}" shows its own words`).to.equal(true);
          expect(part(widget, "base")!.closest("[dir]")?.getAttribute("dir") ?? "ltr", `dir under ${lang}`).to.equal(localeDir(lang));
        }
      });

      it('stays inside its box with dir="rtl"', async () => {
        const { widget } = await mount(tag as "cj-pathway", html`<div dir="rtl">${data().template}</div>`, { baseUrl }, { width: 360 });
        await (widget as CjDataElement).loadComplete;
        expect(getComputedStyle(widget).direction).to.equal("rtl");
        expectInsideBox(widget);
        await expect(widget).to.be.accessible();
      });
    });
  }
});

