import { ACCEPT_HEADER, readUrl } from "@chanjiao/sdk";
import { startEarlyRead } from "./shared/early-reads.js";
import { boardFirstRead } from "./talent-board/first-read.js";

/** The first read of each widget whose data a page waits for, by tag. */
const firstReads = new Map([["cj-talent-board", boardFirstRead]]);

/**
 * Starts the first read of every `tag` element in the document, the way its provider's client
 * will make it, so that its data and its code travel at once rather than one after the other; the
 * provider's shared requests hand the answer to the widget. A provider reading a static export,
 * or given its client by the page, is left to its widgets.
 */
export function startFirstReads(tag: string, root: Document = document): void {
  const firstRead = firstReads.get(tag);
  if (!firstRead) return;
  for (const element of root.querySelectorAll(tag)) {
    const provider = element.closest("cj-provider");
    const baseUrl = provider?.getAttribute("base-url")?.trim();
    if (!baseUrl || provider!.hasAttribute("static")) continue;
    const { path, query } = firstRead(element);
    let url: string;
    try {
      url = readUrl(new URL(baseUrl, root.baseURI).href, path, query);
    } catch {
      // A base-url no client can use: the provider says so when it arrives.
      continue;
    }
    startEarlyRead(url, ACCEPT_HEADER);
  }
}
