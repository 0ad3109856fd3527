import { cooperationProjects, type CooperationProject } from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";
import { CjDataElement } from "../shared/data-element.js";
import { formatList, formatPartialDate } from "../shared/i18n/format.js";
import { isChinese, localName } from "../shared/i18n/local-name.js";
import { cooperationKinds, cooperationStatuses } from "../shared/i18n/vocabulary/cooperation.js";
import { recordStyles } from "../shared/record.styles.js";
import { sampleBadge, sampleBadgeStyles } from "../shared/sample-badge.js";
import { renderSources } from "../shared/source-links.js";
import { cooperationCardStyles } from "./cj-cooperation-card.styles.js";
import { messages } from "./messages.js";

/**
 * One international cooperation project (鲁班工坊, 中文+职业技能, ...): its countries, host
 * institution, Chinese partners, fields, opening, status and source, in the page's language
 * (the researchers' note on the record is for keepers and is not shown). Place it inside a
 * `<cj-provider>`. Follows the nearest `lang` (zh-CN by default, en, or a language added with `registerLocale`).
 *
 * @summary A card for one international cooperation project.
 *
 * @attr project-id - The id of the cooperation project to show; not read while `project` is set.
 * @prop {string | undefined} projectId - Reflected from `project-id`.
 * @prop {CooperationProject | undefined} project - A record the page (or `<cj-cooperation-list>`) already has; when set the card shows it without loading anything.
 *
 * @fires {CjSelectEvent<CooperationProject>} cj-select - The user activated the project's title (click, Enter or Space); `event.value` is the record (`CooperationProject`).
 *
 * @csspart card - The card's box; the root part of earlier releases, kept beside `base` for one release.
 * @csspart title - The project's name, a heading holding a button.
 * @csspart badge - The "示例数据 / Sample data" badge, shown only for generated records.
 * @csspart meta - The list of kind, countries, institutions, fields, opening and status.
 * @csspart source - Where the record comes from, with its http(s) links.
 */
export class CjCooperationCard extends CjDataElement {
  static override legacyPart = "card";
  static override styles = [...CjDataElement.styles, sampleBadgeStyles, recordStyles, cooperationCardStyles];

  static override properties = {
    projectId: { attribute: "project-id", reflect: true },
    project: { attribute: false },
  };

  declare projectId: string | undefined;
  declare project: CooperationProject | undefined;

  private readonly loaded = this.resource({
    args: () => (this.client && this.projectId && !this.project ? ([this.client, this.projectId] as const) : undefined),
    task: ([client, id], signal) => client.collection(cooperationProjects).get(id, { signal }),
  });

  protected override render(): TemplateResult {
    const t = this.pick(messages);
    if (this.project) return this.frame(this.renderProject(this.project), { article: true });
    return this.showRecord(this.loaded, "project-id", {
      missing: this.projectId ? undefined : t.noProject,
      complete: (project) => this.renderProject(project),
      failed: t.projectFailed,
      notFound: t.projectNotFound,
    });
  }

  private renderProject(project: CooperationProject): TemplateResult {
    const { locale } = this;
    const t = this.pick(messages);
    const countries = project.countries.map((country) => (isChinese(locale) ? country.nameZh : country.name));
    const list = (items: readonly string[]) => (items.length > 0 ? formatList(locale, items) : undefined);
    const opened = project.opened ?? (project.year === null ? undefined : String(project.year));
    // Fields are named in both languages; a record that lacks the English names shows the Chinese ones.
    const fields = !isChinese(locale) && project.fieldsEn.length > 0 ? project.fieldsEn : project.fields;
    const rows: Array<[string, string | undefined]> = [
      [t.labels.kind, this.terms(cooperationKinds)[project.kind]],
      [t.labels.countries, list(countries)],
      [t.labels.host, project.hostInstitution ?? undefined],
      [t.labels.partners, list(project.partners)],
      [t.labels.fields, list(fields)],
      [t.labels.opened, opened === undefined ? undefined : formatPartialDate(locale, opened)],
      [t.labels.status, this.terms(cooperationStatuses)[project.status]],
    ];
    return html`
      ${this.recordHeader(project, localName(locale, project), 0, sampleBadge(project.sample, t))}
      <dl class="meta" part="meta">
        ${rows.map(([label, value]) => (value === undefined ? nothing : html`<dt>${label}</dt><dd>${value}</dd>`))}
      </dl>
      <p class="source" part="source">${t.sourcePrefix}${renderSources([project], this.locale)}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cj-cooperation-card": CjCooperationCard;
  }
}
