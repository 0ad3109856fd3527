import { ContextConsumer } from "@lit/context";
import { events, type BaseClient, type Event as EventRecord, type EventKind } from "@chanjiao/sdk";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { collect } from "../shared/collect.js";
import { clientContext } from "../shared/context.js";
import { CjSelectEvent } from "../shared/events.js";
import { headingLevel } from "../shared/heading-level.js";
import { formatDateRange } from "../shared/i18n/format.js";
import { LocaleController } from "../shared/i18n/locale-controller.js";
import { LoadController } from "../shared/load-controller.js";
import { loadErrorState } from "../shared/load-error-state.js";
import { pageOf, pager, pagerStyles } from "../shared/pager.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSource } from "../shared/source-links.js";
import { emptyState, loadingState, stateStyles } from "../shared/states.js";
import { themeStyles } from "../shared/theme.styles.js";
import { VERSION } from "../shared/version.js";
import { eventListStyles } from "./cj-event-list.styles.js";
import { messages } from "./messages.js";
import { localDay, splitByDate } from "./timing.js";

type Section = "upcoming" | "past";

/**
 * Conferences, competitions and activity weeks of vocational education (clauses 10 and 14 of the
 * policy): the World Vocational and Technical Education Development Conference, the World
 * Vocational College Skills Competition, the vocational education activity week and others, in an
 * upcoming and a past section with dates, place, organisers, theme and scale. Long sections are
 * paged. Place it inside a `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, or en).
 *
 * @summary Upcoming and past vocational-education events.
 *
 * @attr kind - `conference`, `competition`, `activity-week`, `platform` or `other`: only events of this kind.
 * @attr heading-level - The heading level of the two section titles (1 to 6; each event's name is one level below). Default 3.
 * @attr page-size - Events per page in each section. Default 10.
 * @prop {"conference" | "competition" | "activity-week" | "platform" | "other" | undefined} kind - Reflected from `kind`.
 * @prop {number} headingLevel - Reflected from `heading-level`.
 * @prop {number} pageSize - Reflected from `page-size`.
 * @prop {Date | undefined} now - The moment that divides upcoming from past; the current time when unset.
 *
 * @fires {CjSelectEvent<EventRecord>} cj-select - The user activated an event's name (click, Enter or Space); `event.value` is the record (`Event` of the SDK).
 * @fires {CjErrorEvent} cj-error - The events could not be loaded; `event.error` is the SDK's error.
 *
 * @csspart base - The widget's box.
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
 * @csspart retry - The Retry button of the error state.
 *
 * @cssprop [--cj-color-text=#1f2328] - Text colour (dark scheme: #e6edf3).
 * @cssprop [--cj-color-muted=#545d68] - Labels and secondary text.
 * @cssprop [--cj-color-accent=#0b57a4] - Links, focus ring, buttons.
 * @cssprop [--cj-color-surface=#ffffff] - Background of the events.
 * @cssprop [--cj-color-border=#d1d9e0] - Borders and loading placeholders.
 * @cssprop [--cj-color-danger=#b42318] - Error messages.
 * @cssprop [--cj-color-badge-text=#5c4300] - Sample badge text.
 * @cssprop [--cj-color-badge-surface=#fff1c2] - Sample badge background.
 * @cssprop [--cj-radius=8px] - Corner radius.
 * @cssprop [--cj-space=1rem] - Padding and gaps.
 * @cssprop [--cj-font-family=system-ui, sans-serif] - Font stack.
 * @cssprop [--cj-font-size=1rem] - Base font size.
 * @cssprop [--cj-min-height=12rem] - Space kept while the widget loads (and reserved by the page's `:not(:defined)` rule before it is defined).
 */
export class CjEventList extends LitElement {
  static readonly version = VERSION;
  static override styles = [themeStyles, stateStyles, sampleBadgeStyles, pagerStyles, recordStyles, eventListStyles];

  // Declared without decorators: the CDN bundle then carries no decorator runtime.
  static override properties = {
    kind: { reflect: true },
    headingLevel: { attribute: "heading-level", type: Number },
    pageSize: { attribute: "page-size", type: Number },
    now: { attribute: false },
    pages: { state: true },
  };

  declare kind: EventKind | undefined;
  declare headingLevel: number;
  declare pageSize: number;
  declare now: Date | undefined;
  declare private pages: Record<Section, number>;

  // Updates the list whenever the provider's client changes.
  private readonly clientConsumer = new ContextConsumer(this, { context: clientContext, subscribe: true });
  private readonly i18n = new LocaleController(this);

  constructor() {
    super();
    this.headingLevel = 3;
    this.pageSize = 10;
    this.pages = { upcoming: 1, past: 1 };
  }

  private get client(): BaseClient | undefined {
    return this.clientConsumer.value;
  }

  private readonly events = new LoadController(this, {
    args: () => (this.client ? ([this.client, this.kind || undefined] as const) : undefined),
    load: ([client, kind], signal) => collect(client.collection(events).all({ kind, limit: 200 }, { signal })),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("kind") || changed.has("now")) this.pages = { upcoming: 1, past: 1 };
  }

  protected override render(): TemplateResult {
    const t = this.i18n.pick(messages);
    if (!this.client) return this.frame(emptyState(t.noClient), false);
    const { state } = this.events;
    switch (state.status) {
      case "complete":
        return this.frame(this.renderEvents(state.value), false);
      case "error":
        return this.frame(loadErrorState({ host: this, locale: this.i18n.locale, error: state.error, failed: t.eventsFailed, retryLabel: t.retry, onRetry: () => this.events.retry() }), false);
      default:
        return this.frame(loadingState(t.loading), true);
    }
  }

  private frame(content: TemplateResult, busy: boolean): TemplateResult {
    return html`<div class="base" part="base" aria-busy=${busy ? "true" : "false"}>${content}</div>`;
  }

  private renderEvents(records: readonly EventRecord[]): TemplateResult {
    const t = this.i18n.pick(messages);
    if (records.length === 0) return emptyState(t.noEvents);
    const { upcoming, past } = splitByDate(records, localDay(this.now ?? new Date()));
    return html`${this.renderSection("upcoming", t.upcoming, t.noUpcoming, upcoming)}${this.renderSection("past", t.past, t.noPast, past)}`;
  }

  private renderSection(section: Section, title: string, none: string, records: readonly EventRecord[]): TemplateResult {
    const { locale } = this.i18n;
    const shown = pageOf(records, this.pages[section], this.pageSize);
    return html`<section class="section" part=${section} aria-labelledby="${section}-title">
      <div class="section-title" part="section-title" id="${section}-title" role="heading" aria-level=${headingLevel(this.headingLevel)}>${title}</div>
      ${records.length === 0
        ? html`<p class="none">${none}</p>`
        : html`<ul class="list" part="list">
              ${shown.items.map((record) => this.renderEvent(record))}
            </ul>
            ${pager(locale, shown, (page) => (this.pages = { ...this.pages, [section]: page }))}`}
    </section>`;
  }

  private renderEvent(record: EventRecord): TemplateResult {
    const { locale } = this.i18n;
    const t = this.i18n.pick(messages);
    const rows: Array<[string, string | null]> = [
      [t.labels.place, record.place],
      [t.labels.organisers, record.organisers],
      [t.labels.theme, record.theme],
      [t.labels.scale, record.scale],
    ];
    return html`<li class="item" part="item">
      <header class="header">
        <div class="title" part="title" role="heading" aria-level=${headingLevel(this.headingLevel + 1)}>
          <button type="button" @click=${() => this.dispatchEvent(new CjSelectEvent<EventRecord>(record))}>${record.name}</button>
        </div>
        ${sampleBadge(record.sample, t)}
      </header>
      <dl class="meta">
        <dt>${t.labels.kind}</dt>
        <dd>${t.kinds[record.kind]}</dd>
        ${record.start === null
          ? nothing
          : html`<dt>${t.labels.date}</dt>
              <dd><time class="date" part="date" datetime=${ifDefined(machineDate(record.start))}>${formatDateRange(locale, record.start, record.end)}</time></dd>`}
        ${rows.map(([label, value]) => (value === null || value === "" ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
      </dl>
      <p class="source" part="source">${t.sourcePrefix}${renderSource(record.source)}</p>
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
