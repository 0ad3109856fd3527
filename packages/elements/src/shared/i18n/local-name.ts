import type { Locale } from "./messages.js";

/** Whether a language is Chinese, in which the data names its records first. */
export function isChinese(locale: Locale): boolean {
  return /^zh(?:-|$)/i.test(locale);
}

/**
 * A record's name for the page: its Chinese name on a Chinese page, else its English name where
 * the data gives one (the data names records in these two languages only).
 */
export function localName(locale: Locale, record: { name: string; nameEn?: string | null | undefined }): string {
  return localText(locale, record.name, record.nameEn);
}

/** A text the data gives in Chinese and English (`place` and `placeEn`), for the page: as `localName`. */
export function localText<T extends string | null>(locale: Locale, zh: T, en: string | null | undefined): T | string {
  return !isChinese(locale) && en ? en : zh;
}
