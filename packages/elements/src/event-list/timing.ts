import type { Event as EventRecord } from "@chanjiao/sdk";

const leadingDate = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/**
 * The last day an event may run, as `YYYY-MM-DD`: its end, or else its start, widened to the end
 * of the month or year when the source gives no day. `undefined` when no date is known.
 */
export function lastDay(event: Pick<EventRecord, "start" | "end">): string | undefined {
  const match = leadingDate.exec(event.end ?? event.start ?? "");
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (day) return `${year}-${month}-${day}`;
  if (!month) return `${year}-12-31`;
  const daysInMonth = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(daysInMonth).padStart(2, "0")}`;
}

/** `now` as a local calendar day, `YYYY-MM-DD`. */
export function localDay(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Events still to come or running on `today` (soonest first) and those already over (latest
 * first). Events without a known date are listed last among the past ones.
 */
export function splitByDate(events: readonly EventRecord[], today: string): { upcoming: EventRecord[]; past: EventRecord[] } {
  const upcoming: EventRecord[] = [];
  const past: EventRecord[] = [];
  for (const event of events) {
    const end = lastDay(event);
    (end !== undefined && end >= today ? upcoming : past).push(event);
  }
  // ISO dates sort as text; an unknown start sorts before every date.
  const startOf = (event: EventRecord) => event.start ?? "";
  upcoming.sort((a, b) => startOf(a).localeCompare(startOf(b)));
  past.sort((a, b) => startOf(b).localeCompare(startOf(a)));
  return { upcoming, past };
}
