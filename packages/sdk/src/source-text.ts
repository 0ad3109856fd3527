/** http(s) URLs as sources write them: inside parentheses, separated by `;`, in Chinese or Latin punctuation. */
const httpUrl = /https?:\/\/[^\s<>"'()（）;；,，、]+/gi;
const trailingPunctuation = new Set(".:!?。：！？");

/** A run of a citation text: plain text, or an http(s) URL with its normalised address in `href`. */
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
