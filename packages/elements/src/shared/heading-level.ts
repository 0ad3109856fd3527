/** `aria-level` for a heading level set by the page: 1 to 6, and 3 for anything unusable. */
export function headingLevel(level: number): string {
  return String(Math.min(6, Math.max(1, Math.round(level) || 3)));
}
