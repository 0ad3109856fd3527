import { html, type TemplateResult } from "lit";
import { type Citation, httpHref, sampleGeneratorSeed, splitSource } from "@chanjiao/sdk";
import { formatPartialDate } from "./i18n/format.js";
import { localText } from "./i18n/local-name.js";
import { defineMessages, type Locale } from "./i18n/messages.js";
import { translate } from "./i18n/registry.js";
import { knownPublisher } from "./publisher-names.js";

/** How a page words its sources. */
export interface SourceMessages {
  /** A publisher and the title it published: 新华社《…》, Xinhua, "…". */
  titled: (publisher: string, title: string) => string;
  /** The date after a citation's link: 2022年8月, ", August 2022". */
  dated: (date: string) => string;
  /** The mark after a reprint's link. */
  copy: string;
  /** The name of a reprint that does not say whose text it is. */
  webCopy: string;
  /** Between the sources of one line. */
  separator: string;
  /** The reference server's sample generator, with the seed of its run. */
  sampleGenerator: (seed: number) => string;
}

export const sourceMessages = defineMessages<"sources", SourceMessages>("sources", {
  "zh-CN": {
    titled: (publisher, title) => `${publisher}《${title}》`,
    dated: (date) => date,
    copy: "（转载）",
    webCopy: "网页转载",
    separator: "；",
    sampleGenerator: (seed) => `产教示例数据生成器（种子 ${seed}）`,
  },
  en: {
    titled: (publisher, title) => `${publisher}, “${title}”`,
    dated: (date) => `, ${date}`,
    copy: " (copy)",
    webCopy: "Web copy",
    separator: "; ",
    sampleGenerator: (seed) => `Chanjiao sample generator (seed ${seed})`,
  },
});

/** What a record says of where its facts come from: its citation text, and the structured citations where it has them. */
export interface Sourced {
  source: string;
  citations?: readonly Citation[];
}

/** A citation as plain text for the page's language (a CSV's notes): the sample generator by its name there. */
export function sourceText(source: string, locale: Locale): string {
  const seed = sampleGeneratorSeed(source);
  return seed === null ? source : translate(sourceMessages, locale).sampleGenerator(seed);
}

function link(href: string, name: string, copy: boolean, t: SourceMessages): TemplateResult {
  return html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}</a>${copy ? html`<span class="copy">${t.copy}</span>` : ""}`;
}

const hostName = (href: string) => new URL(href).hostname.replace(/^www\./, "");

/**
 * A citation text as it is, with each http(s) URL as a link named after its publisher in the
 * page's language (the address only in the link) and marked when the page there is a copy of
 * another's; the sample generator is named in the page's language. Until the publishers' table has
 * arrived, a link is named after its host, as an unknown publisher's is.
 */
function renderSourceText(source: string, locale: Locale, t: SourceMessages): Array<TemplateResult | string> {
  return splitSource(sourceText(source, locale)).map(({ text, href }) => {
    if (href === undefined) return text;
    const publisher = knownPublisher(new URL(href));
    const name = publisher ? localText(locale, publisher.zh, publisher.en) : hostName(href);
    return link(href, name ?? t.webCopy, publisher?.copy === true && name !== null, t);
  });
}

/** One citation: publisher《title》date, the publisher and title a link to the page (its address only in the link). */
function renderCitation(citation: Citation, locale: Locale, t: SourceMessages): Array<TemplateResult | string> {
  // The contract admits http(s) addresses only; a citation set on a widget by a page is checked again before it links.
  const href = citation.url === null ? undefined : httpHref(citation.url);
  const publisher = localText(locale, citation.publisher, citation.publisherEn);
  const name = publisher ?? (citation.copy ? t.webCopy : href === undefined ? null : hostName(href));
  const title = localText(locale, citation.title, citation.titleEn);
  const text = name === null || title === null ? (name ?? title ?? "") : t.titled(name, title);
  const date = citation.date === null ? "" : t.dated(formatPartialDate(locale, citation.date));
  return [href === undefined ? text : link(href, text, citation.copy && publisher !== null, t), date];
}

/**
 * The sources of records on one line, each once, official ones first as the records list them:
 * a record's citations as named links (publisher, title, date; the address only in the link),
 * reprints marked; a record without citations shows its citation text with each URL named after
 * its publisher. Every widget names its sources through this.
 */
export function renderSources(records: readonly Sourced[], locale: Locale): Array<TemplateResult | string> {
  const t = translate(sourceMessages, locale);
  const seen = new Set<string>();
  const parts: Array<TemplateResult | string> = [];
  for (const record of records) {
    const cited = record.citations?.length ? record.citations.map((citation) => [JSON.stringify(citation), citation] as const) : [[record.source, record.source] as const];
    for (const [key, citation] of cited) {
      if (seen.has(key)) continue;
      if (seen.size > 0) parts.push(t.separator);
      seen.add(key);
      parts.push(...(typeof citation === "string" ? renderSourceText(citation, locale, t) : renderCitation(citation, locale, t)));
    }
  }
  return parts;
}
