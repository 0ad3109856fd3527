import type { Locale } from "./messages.js";

/** A record's name in the page's language: its English name on an English page, where it has one. */
export function localName(locale: Locale, record: { name: string; nameEn?: string | null | undefined }): string {
  return locale === "en" && record.nameEn ? record.nameEn : record.name;
}
