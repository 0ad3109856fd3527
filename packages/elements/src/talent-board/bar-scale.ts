/**
 * Where values sit along a bar, as percentages of the bar's box: zero where the smallest (or 0)
 * and the largest (or 0) value leave it, so a ranking of shortages only starts at the left edge
 * and one of shortages and surpluses splits at zero.
 */
export interface BarScale {
  /** Position of zero. */
  zero: number;
  /** Position of `value`. */
  at(value: number): number;
}

export function barScale(values: readonly number[]): BarScale {
  const low = Math.min(0, ...values);
  const span = Math.max(0, ...values) - low || 1;
  const at = (value: number) => ((value - low) / span) * 100;
  return { zero: at(0), at };
}

/** The `x` and `width` of a bar from zero to `value`, in percent. */
export function barExtent(scale: BarScale, value: number): { x: number; width: number } {
  const end = scale.at(value);
  return { x: Math.min(end, scale.zero), width: Math.abs(end - scale.zero) };
}
