import type { Locale } from "./messages.js";

/** Joins names the way the locale does: "A、B和C" or "A, B, and C". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(items);
}

const isoDate = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * Formats an ISO date, year-month or year in the locale. Sources also give free text such as
 * `2020 (online)`; that is shown as it is rather than guessed at.
 */
export function formatPartialDate(locale: Locale, value: string): string {
  const match = isoDate.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    year: "numeric",
    ...(month ? { month: "long" } : {}),
    ...(day ? { day: "numeric" } : {}),
  }).format(date);
}
