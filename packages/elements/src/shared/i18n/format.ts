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

/**
 * The number formats made so far, by locale and decimals. Making one costs far more than using it
 * (about a millisecond on a slow phone), and a chart labels dozens of figures in one render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the locale's grouping (`2,000,000,000`) and at most `fractionDigits` decimals. */
export function formatNumber(locale: Locale, value: number, fractionDigits = 0): string {
  const key = `${locale} ${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

const fullIsoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A range of full dates as Chinese writes it, naming the year and month once when both ends share
 * them: 2024年11月20日至22日, 2024年11月30日至12月2日. (Chromium's Intl gives 2024/11/20 – 2024/11/22.)
 */
function chineseDateRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split("-").map(Number) as [number, number, number];
  const tail = y1 !== y2 ? `${y2}年${m2}月${d2}日` : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
  return `${y1}年${m1}月${d1}日至${tail}`;
}

/**
 * Formats the days an event runs: one day, or, when both ends are full dates, one range in the
 * locale's own range format ("November 20 – 22, 2024", "2024年11月20日至22日"). Partial or
 * free-text ends are each formatted as they are and joined with a dash.
 */
export function formatDateRange(locale: Locale, start: string, end: string | null): string {
  if (end === null || end === start) return formatPartialDate(locale, start);
  if (fullIsoDate.test(start) && fullIsoDate.test(end)) {
    if (locale === "zh-CN") return chineseDateRange(start, end);
    const format = new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
    return format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
  }
  return `${formatPartialDate(locale, start)} – ${formatPartialDate(locale, end)}`;
}

/** A share from 0 to 1 as a percentage: 0.625 → "62.5%" (at most one decimal). */
export function formatPercent(locale: Locale, share: number): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}
