import type { Publisher } from "@chanjiao/sdk";
import { localeListeners } from "./i18n/registry.js";

let publisherOf: ((url: URL) => Publisher | null) | undefined;
let loading: Promise<void> | undefined;

/**
 * Fetches the publishers' table (about 2 KB gzip), which names the addresses of a citation text.
 * Records carry their citations named, so most pages never need it; widgets on the page re-render
 * when it arrives, and one whose data is citation texts (the board's sources) awaits it with its data.
 */
export function loadPublishers(): Promise<void> {
  return (loading ??= import("./publisher-table.js").then(
    (table) => {
      publisherOf = table.publisherOf;
      localeListeners.forEach((listener) => listener());
    },
    // Links stay named after their hosts; the next citation text asks again.
    () => {
      loading = undefined;
    },
  ));
}

/** The publisher of the page at a well-formed URL: `null` for a host the table does not know, `undefined` until the table has arrived. */
export function knownPublisher(url: URL): Publisher | null | undefined {
  if (publisherOf) return publisherOf(url);
  void loadPublishers();
  return undefined;
}
