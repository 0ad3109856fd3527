const dateToken = /\b(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b/;

/**
 * A date as the sources write it ("2016-03-08", "2020-12 ('cloud unveiling' 2020-12-09 per
 * baike)", "Dec 3 (year inferred 2021 …)") split into the date to the precision it is certain
 * (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) and, when the text says more, the text itself as a note. A
 * date that does not open the text is only an aside: its year alone is kept.
 */
export function partialDate(text: string | null | undefined): { date: string | null; note: string | null } {
  if (!text) return { date: null, note: null };
  const match = dateToken.exec(text);
  if (!match) return { date: null, note: text };
  const [token, year, month, day] = match;
  const date = match.index > 0 ? year! : [year, month, day].filter(Boolean).join("-");
  return { date, note: text.trim() === token ? null : text };
}
