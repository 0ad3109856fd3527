import { events, type Event as EventRecord, type EventKind } from "@chanjiao/sdk";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { collect } from "../shared/collect.js";
import { CjDataElement } from "../shared/data-element.js";
import { formatDateRange } from "../shared/i18n/format.js";
import { localName, localText } from "../shared/i18n/local-name.js";
import { eventKinds } from "../shared/i18n/vocabulary/lists.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
import { eventListStyles } from "./cj-event-list.styles.js";
import { messages } from "./messages.js";
import { localDay, splitByDate } from "./timing.js";

type Section = "upcoming" | "past";

/**
 * Conferences, competitions and activity weeks of vocational education (clauses 10 and 14 of the
 * policy): the World Vocational and Technical Education Development Conference, the World
 * Vocational College Skills Competition, the vocational education activity week and others, in an
 * upcoming and a past section with dates, place, organisers, theme and scale. Long sections are
 * paged. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary Upcoming and past vocational-education events.
 *
 * @attr kind - `conference`, `competition`, `activity-week`, `platform` or `other`: only events of this kind.
 * @attr page-size - Events per page in each section. Default 10.
 * @prop {"conference" | "competition" | "activity-week" | "platform" | "other" | undefined} kind - Reflected from `kind`.
 * @prop {number} pageSize - Reflected from `page-size`.
 * @prop {Date | undefined} now - The moment that divides upcoming from past; the current time when unset.
 *
 * @fires {CjSelectEvent<EventRecord>} cj-select - The user activated an event's name (click, Enter or Space); `event.value` is the record (`Event` of the SDK).
 *
 * @csspart upcoming - The section of events to come or running today.
 * @csspart past - The section of events already over.
 * @csspart section-title - The title of each section.
 * @csspart list - Each section's list of events.
 * @csspart item - One event.
 * @csspart title - An event's name, a heading holding a button.
 * @csspart date - An event's date or range of dates.
 * @csspart badge - The "示例数据 / Sample data" badge of generated records.
 * @csspart source - Where a record comes from, with its http(s) links.
 * @csspart pager - Previous / next page controls of a section.
 */
export class CjEventList extends CjDataElement {
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, pagerStyles, recordStyles, eventListStyles];

  static override properties = {
    kind: { reflect: true },
    pageSize: { attribute: "page-size", type: Number },
    now: { attribute: false },
    pages: { state: true },
  };

  declare kind: EventKind | undefined;
  declare pageSize: number;
  declare now: Date | undefined;
  declare private pages: Record<Section, number>;

  constructor() {
    super();
    this.pageSize = 10;
    this.pages = { upcoming: 1, past: 1 };
  }

  private readonly events = this.resource({
    args: () => (this.client ? ([this.client, this.kind || undefined] as const) : undefined),
    task: ([client, kind], signal) => collect(client.collection(events).all({ kind, limit: 200 }, { signal })),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("kind") || changed.has("now")) this.pages = { upcoming: 1, past: 1 };
  }

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    return this.frame(
      this.show(this.events, { complete: (records) => this.renderEvents(records), isEmpty: (records) => records.length === 0, empty: t.noEvents, failed: t.eventsFailed }),
    );
  }

  private renderEvents(records: readonly EventRecord[]): TemplateResult {
    const t = this.pick(messages);
    const { upcoming, past } = splitByDate(records, localDay(this.now ?? new Date()));
    return html`${this.renderSection("upcoming", t.upcoming, t.noUpcoming, upcoming)}${this.renderSection("past", t.past, t.noPast, past)}`;
  }

  private renderSection(section: Section, title: string, none: string, records: readonly EventRecord[]): TemplateResult {
    const t = this.pick(messages);
    const shown = pageOf(records, this.pages[section], this.pageSize);
    return html`<section class="section" part=${section} aria-labelledby="${section}-title">
      <div class="section-title" part="section-title" id="${section}-title" role="heading" aria-level=${this.headingLevelAt()}>${title}</div>
      ${records.length === 0
        ? html`<p class="none">${none}</p>`
        : html`<ul class="list" part="list">
              ${shown.items.map((record) => this.renderEvent(record))}
            </ul>
            ${pager(this.locale, shown, (page) => (this.pages = { ...this.pages, [section]: page }))}`}
    </section>`;
  }

  private renderEvent(record: EventRecord): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const rows: Array<[string, string | null]> = [
      [t.labels.place, localText(locale, record.place, record.placeEn)],
      [t.labels.organisers, localText(locale, record.organisers, record.organisersEn)],
      [t.labels.theme, localText(locale, record.theme, record.themeEn)],
      [t.labels.scale, localText(locale, record.scale, record.scaleEn)],
    ];
    return html`<li class="item" part="item">
      ${this.recordHeader(record, localName(locale, record), 1, sampleBadge(record.sample, t))}
      <dl class="meta">
        <dt>${t.labels.kind}</dt>
        <dd>${this.terms(eventKinds)[record.kind]}</dd>
        ${record.start === null
          ? nothing
          : html`<dt>${t.labels.date}</dt>
              <dd><time class="date" part="date" datetime=${ifDefined(machineDate(record.start))}>${formatDateRange(locale, record.start, record.end)}</time></dd>`}
        ${rows.map(([label, value]) => (value === null || value === "" ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
      </dl>
      <p class="source" part="source">${t.sourcePrefix}${renderSources([record], this.locale)}</p>
    </li>`;
  }
}

/** The start as a `datetime` value, when it is one (sources also give free text). */
function machineDate(start: string): string | undefined {
  return /^\d{4}(-\d{2}){0,2}$/.test(start) ? start : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-event-list": CjEventList;
  }
}
