import { type Citation, HttpUrl, PartialDate, publisherOf, splitSource } from "@chanjiao/sdk";
import * as z from "zod/mini";

/** A mirror's aside naming the page it copies: `(orig. http://…)`; the citation is then the original's. */
const originalMarker = /\borig(?:inal|\.)\s*$/i;

/** Dates as the text writes them, beside the title: `2023-09-05`, `2023-10`, `2024年11月15日`. */
const textDates = [/(?<![\d-])(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])/, /(?<!\d)(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?/];

/**
 * Publication dates as publishers write them into their addresses, most precise first: the
 * government's `t20210319_`, `/2023-11/03/`, `/20231127/`, `/202309/05/`, `/2023/0515/`,
 * `/2023/05/12/`, `/2024-07-08/`, then a month alone (`/2021-04/`, `/202409/`).
 */
const urlDates = [
  /\/t(\d{4})(\d{2})(\d{2})_/,
  /\/(\d{4})-(\d{2})\/(\d{2})\//,
  /\/(\d{4})(\d{2})(\d{2})\//,
  /\/(\d{4})(\d{2})\/(\d{2})\//,
  /\/(\d{4})\/(\d{2})(\d{2})\//,
  /\/(\d{4})\/(\d{2})\/(\d{2})\//,
  /\/(\d{4})-(\d{2})-(\d{2})\//,
  /\/(\d{4})-(\d{2})\//,
  /\/(\d{4})(\d{2})\//,
];

/** The parts of a source text that cite one publication each: split at `;` or `；` outside parentheses. */
function segmentsOf(source: string): string[] {
  const segments: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const character = source[index]!;
    if (character === "(" || character === "（") depth++;
    else if ((character === ")" || character === "）") && depth > 0) depth--;
    else if ((character === ";" || character === "；") && depth === 0) {
      segments.push(source.slice(start, index));
      start = index + 1;
    }
  }
  segments.push(source.slice(start));
  return segments;
}

/** A date the match gives, when it is a real year, month and day as far as it goes. */
function dateOf(match: RegExpExecArray | null): string | null {
  if (match === null) return null;
  const [, year, month, day] = match;
  const date = [year, month?.padStart(2, "0"), day?.padStart(2, "0")].filter(Boolean).join("-");
  return z.safeParse(PartialDate, date).success && Number(year) >= 1949 ? date : null;
}

const firstDate = (patterns: readonly RegExp[], text: string) => patterns.reduce<string | null>((found, pattern) => found ?? dateOf(pattern.exec(text)), null);

/** The title a segment's text gives: a notice `关于…《…》的通知` whole, else the first 《…》. */
function titleIn(text: string): string | null {
  // Bounded runs, so that a long hostile text of many 关于 is not scanned once per 关于.
  const notice = /关于[^《》()（）]{0,100}《[^《》]+》[^《》()（）\s]{0,20}/.exec(text)?.[0];
  return notice ?? /《([^《》]+)》/.exec(text)?.[1] ?? null;
}

/** The citation of one URL with what its segment's text says of it; `null` for an address no page may link to. */
function citationOf(href: string, text: string): Citation | null {
  const parsed = z.safeParse(HttpUrl, href);
  if (!parsed.success) return null;
  const url = new URL(parsed.data);
  const publisher = publisherOf(url);
  const words = text.replace(/《[^《》]*》/g, "");
  return {
    publisher: publisher?.zh ?? null,
    publisherEn: publisher?.en ?? null,
    title: titleIn(text),
    titleEn: null,
    // A reprint's address dates the reprint, not the text it copies.
    date: firstDate(textDates, words) ?? (publisher?.copy ? null : firstDate(urlDates, url.pathname)),
    url: url.href,
    copy: publisher?.copy ?? false,
  };
}

/** Official sources first, then the press, then reprints; in the source's order within each. */
const rank = (citation: Citation) => (citation.copy ? 2 : citation.url && publisherOf(new URL(citation.url))?.official ? 0 : 1);

/**
 * The publications a free citation text names, as structured citations: one per http(s) URL,
 * its title from 《…》 and its date from the text beside it or else from the publisher's address, its
 * publisher from the publishers' table. A mirror whose aside names its original (`orig. http://…`)
 * is replaced by the original. Official sources come first and reprints last. The researchers'
 * asides stay in the text; a text without an address (the sample generator, GB/T 2260) cites none.
 */
export function citationsOf(source: string): Citation[] {
  const citations: Citation[] = [];
  for (const segment of segmentsOf(source)) {
    const parts = splitSource(segment);
    const links = parts.filter((part) => part.href !== undefined);
    const original = parts.find((part, index) => part.href !== undefined && index > 0 && originalMarker.test(parts[index - 1]!.text));
    const text = parts.map((part) => (part.href === undefined ? part.text : " ")).join("");
    for (const { href } of original ? [original] : links) {
      const citation = citationOf(href!, text);
      if (citation && !citations.some((cited) => cited.url === citation.url)) citations.push(citation);
    }
  }
  return citations
    .map((citation, index) => ({ citation, index }))
    .sort((a, b) => rank(a.citation) - rank(b.citation) || a.index - b.index)
    .map(({ citation }) => citation)
    .slice(0, 50);
}

/** A record's provenance fields from its citation text: the text as it is, and its citations. */
export function sourcedBy(source: string): { source: string; citations: Citation[] } {
  return { source, citations: citationsOf(source) };
}
