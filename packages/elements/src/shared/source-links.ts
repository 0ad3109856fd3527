import { html, type TemplateResult } from "lit";
import type { Locale } from "./i18n/messages.js";
import { sampleGeneratorSeed } from "@chanjiao/sdk";
import { publisherAt, sampleGeneratorName } from "./publishers.js";

/** http(s) URLs as sources write them: inside parentheses, separated by `;`, in Chinese or Latin punctuation. */
const httpUrl = /https?:\/\/[^\s<>"'()（）;；,，、]+/gi;
const trailingPunctuation = new Set(".:!?。：！？");

export interface SourcePart {
  text: string;
  /** Set only for a well-formed http(s) URL. */
  href?: string;
}

/** Splits a source citation into plain text and the http(s) URLs in it; nothing else becomes a link. */
export function splitSource(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let textStart = 0;
  for (const match of source.matchAll(httpUrl)) {
    const candidate = withoutTrailingPunctuation(match[0]);
    const href = httpHref(candidate);
    if (href === undefined) continue;
    if (match.index > textStart) parts.push({ text: source.slice(textStart, match.index) });
    parts.push({ text: candidate, href });
    textStart = match.index + candidate.length;
  }
  if (textStart < source.length) parts.push({ text: source.slice(textStart) });
  return parts;
}

// A loop rather than a /[…]+$/ pattern, which backtracks quadratically over a long run of dots in hostile data.
function withoutTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && trailingPunctuation.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** The URL, normalised, when it is a well-formed http(s) one; nothing else may become a link. */
export function httpHref(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A citation as plain text for the page's language (a CSV's notes): the sample generator by its name there. */
export function sourceText(source: string, locale: Locale): string {
  const seed = sampleGeneratorSeed(source);
  return seed === null ? source : sampleGeneratorName(seed, locale);
}

/**
 * The citation as text, with each http(s) URL as a link named after its publisher in the page's
 * language (the address only in the link), opening apart from the host page, and marked when the
 * page there is a copy of another's; the sample generator is named in the page's language.
 */
export function renderSource(source: string, locale: Locale): Array<TemplateResult | string> {
  return splitSource(sourceText(source, locale)).map(({ text, href }) => {
    if (href === undefined) return text;
    const [name, copyMark] = publisherAt(href, locale);
    return html`<a href=${href} target="_blank" rel="noopener noreferrer">${name}</a>${copyMark ? html`<span class="copy">${copyMark}</span>` : ""}`;
  });
}
