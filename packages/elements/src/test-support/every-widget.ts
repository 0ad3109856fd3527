import type { ChanjiaoClient } from "@chanjiao/sdk";
import { waitUntil } from "@open-wc/testing";
import { html, type TemplateResult } from "lit";
import { messages as consortiumCard } from "../consortium-card/messages.js";
import { messages as consortiumMap } from "../consortium-map/messages.js";
import { messages as cooperationCard } from "../cooperation-card/messages.js";
import { messages as cooperationList } from "../cooperation-list/messages.js";
import { messages as demandForm } from "../demand-form/messages.js";
import { messages as eventList } from "../event-list/messages.js";
import { messages as pathway } from "../pathway/messages.js";
import { messages as practiceCentres } from "../practice-centres/messages.js";
import { messages as provinceProfile } from "../province-profile/messages.js";
import { messages as programmeList } from "../programme-list/messages.js";
import { messages as provincialLists } from "../provincial-lists/messages.js";
import { messages as schoolProfile } from "../school-profile/messages.js";
import type { Translations } from "../shared/i18n/messages.js";
import { messages as talentBoard } from "../talent-board/messages.js";

export interface WidgetCase {
  tag: string;
  /** The widget with attributes that give it records from the seeded API. */
  template: TemplateResult;
  messages: Translations<object>;
}

/** Every data widget, showing records of the seeded API that `client` reads. */
export async function everyWidget(client: ChanjiaoClient): Promise<WidgetCase[]> {
  const [school, consortium, project] = await Promise.all([
    client.schools.list({ limit: 1 }).then((page) => page.items[0]!),
    client.consortia.list({ limit: 1 }).then((page) => page.items[0]!),
    client.cooperationProjects.list({ limit: 1 }).then((page) => page.items[0]!),
  ]);
  return [
    { tag: "cj-cooperation-card", template: html`<cj-cooperation-card project-id=${project.id}></cj-cooperation-card>`, messages: cooperationCard },
    { tag: "cj-cooperation-list", template: html`<cj-cooperation-list page-size="3"></cj-cooperation-list>`, messages: cooperationList },
    { tag: "cj-practice-centres", template: html`<cj-practice-centres page-size="3"></cj-practice-centres>`, messages: practiceCentres },
    { tag: "cj-event-list", template: html`<cj-event-list page-size="3"></cj-event-list>`, messages: eventList },
    { tag: "cj-talent-board", template: html`<cj-talent-board controls></cj-talent-board>`, messages: talentBoard },
    { tag: "cj-provincial-lists", template: html`<cj-provincial-lists province="320000"></cj-provincial-lists>`, messages: provincialLists },
    { tag: "cj-programme-list", template: html`<cj-programme-list school-id=${school.id} page-size="5"></cj-programme-list>`, messages: programmeList },
    { tag: "cj-pathway", template: html`<cj-pathway major-category="mc-46" region="320000"></cj-pathway>`, messages: pathway },
    { tag: "cj-school-profile", template: html`<cj-school-profile school-id=${school.id}></cj-school-profile>`, messages: schoolProfile },
    { tag: "cj-consortium-map", template: html`<cj-consortium-map province="320000"></cj-consortium-map>`, messages: consortiumMap },
    { tag: "cj-consortium-card", template: html`<cj-consortium-card consortium-id=${consortium.id}></cj-consortium-card>`, messages: consortiumCard },
    { tag: "cj-province-profile", template: html`<cj-province-profile province="370000"></cj-province-profile>`, messages: provinceProfile },
    { tag: "cj-demand-form", template: html`<cj-demand-form province="320000" region="320500"></cj-demand-form>`, messages: demandForm },
  ];
}

/** Every shadow root inside `element`, its own first. */
export function shadowRoots(element: Element): ShadowRoot[] {
  if (!element.shadowRoot) return [];
  return [element.shadowRoot, ...[...element.shadowRoot.querySelectorAll("*")].flatMap(shadowRoots)];
}

/**
 * Waits until nothing in the widget (nested widgets included) is loading any more, and what it
 * draws after its data (the board's trend chart) is drawn.
 */
export async function loaded(widget: Element): Promise<void> {
  await waitUntil(
    () => {
      const busy = shadowRoots(widget).flatMap((root) => [...root.querySelectorAll("[aria-busy]")]);
      return busy.length > 0 && busy.every((element) => element.getAttribute("aria-busy") === "false");
    },
    `<${widget.localName}> kept loading`,
    { timeout: 8000 },
  );
  if ("loadComplete" in widget) await (widget as Element & { loadComplete: Promise<void> }).loadComplete;
}

/** What a reader meets in a widget, nested widgets included: its texts and its accessible names, tooltips and labels. */
export function readerTexts(widget: Element): string[] {
  const texts: string[] = [];
  for (const root of shadowRoots(widget)) {
    for (const node of root.querySelectorAll("*")) {
      for (const name of ["aria-label", "title", "alt", "placeholder"]) texts.push(node.getAttribute(name) ?? "");
      for (const child of node.childNodes) if (child instanceof Text) texts.push(child.data);
    }
  }
  return texts.map((text) => text.replace(/\s+/g, " ").trim()).filter(Boolean);
}
