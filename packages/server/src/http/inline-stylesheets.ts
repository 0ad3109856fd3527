import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";

/**
 * The largest stylesheet put into a drawn page: a page's own small sheet costs a whole round trip
 * before the first paint (on a phone's 3G, over half a second for 333 bytes), far more than its
 * bytes in the page; a larger one is better fetched once and cached. Astro inlines below the same.
 */
export const inlineStylesheetBytes = 4 * 1024;

/** A `<link>` tag, its attribute values quoted or not. */
const linkTag = /<link\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const attribute = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

function attributesOf(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(attribute)) found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? "");
  return found;
}

/**
 * What may be put in a `<style>` as it is: no text that would end the element early, and nothing
 * that resolves against the stylesheet's own address (`url()`, `@import`), which would point
 * elsewhere from the page.
 */
function inlinable(css: string): boolean {
  return !/<\/style|url\s*\(|@import/i.test(css);
}

/** Where a script or a comment is, in which a `<link>` is text, not a tag. */
const notMarkup = /<script\b[\s\S]*?<\/script\s*>|<!--[\s\S]*?-->/gi;

/** The `<link>` tags of the page's head, outside scripts and comments. */
function headLinks(page: string): RegExpMatchArray[] {
  const headEnd = page.search(/<\/head\s*>/i);
  const head = page.slice(0, headEnd < 0 ? 0 : headEnd);
  const hidden = [...head.matchAll(notMarkup)].map((match) => [match.index, match.index + match[0].length] as const);
  return [...head.matchAll(linkTag)].filter((match) => !hidden.some(([start, end]) => match.index >= start && match.index < end));
}

/** The text of a stylesheet file small enough to put in a page, or undefined. */
async function smallStylesheet(path: string): Promise<string | undefined> {
  if (extname(path).toLowerCase() !== ".css") return undefined;
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() && info.size <= inlineStylesheetBytes ? readFile(path, "utf8") : undefined;
}

/**
 * The page with each plain stylesheet link of its head (`rel="stylesheet"` and `href`, nothing
 * more) replaced by a `<style>` holding the sheet, when `locate` finds its file (the caller decides
 * which addresses it serves) and the file is a stylesheet of {@link inlineStylesheetBytes} at most
 * that is {@link inlinable}; any other link is left as it is.
 */
export async function inlineStylesheets(page: string, locate: (href: string) => Promise<string | undefined>): Promise<string> {
  const replacements = await Promise.all(
    headLinks(page).map(async (match) => {
      const attributes = attributesOf(match[1]!);
      const plain = attributes.get("rel")?.toLowerCase() === "stylesheet" && attributes.has("href") && [...attributes.keys()].every((name) => name === "rel" || name === "href");
      const path = plain ? await locate(attributes.get("href")!) : undefined;
      const css = path === undefined ? undefined : await smallStylesheet(path);
      return css !== undefined && inlinable(css) ? { at: match.index!, length: match[0].length, with: `<style>${css}</style>` } : undefined;
    }),
  );
  let result = page;
  for (const replacement of replacements.reverse()) {
    if (replacement) result = result.slice(0, replacement.at) + replacement.with + result.slice(replacement.at + replacement.length);
  }
  return result;
}
