/** A range of values drawn in one colour. */
export interface Bin {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** Colours of the sequential scale besides zero. */
const steps = 4;

/**
 * The bins of the sequential scale for amounts up to `max`: zero on its own (bin 0), then up to
 * four ranges of equal width, so that one large amount does not wash out the rest.
 */
export function colourBins(max: number): Bin[] {
  const bins: Bin[] = [{ index: 0, from: 0, to: 0 }];
  const width = Math.max(1, Math.ceil(max / steps));
  for (let from = 1, index = 1; from <= max && index <= steps; from += width, index += 1) {
    bins.push({ index, from, to: Math.min(max, from + width - 1) });
  }
  return bins;
}

/**
 * The five bins of the diverging scale for values between `-reach` and `reach`: zero in the
 * middle (bin 2), below it the negative halves, above it the positive ones, equally wide on both
 * sides so that a colour means the same size of gap whichever way it goes.
 */
export function divergingBins(reach: number): Bin[] {
  const half = Math.max(1, Math.ceil(reach / 2));
  const top = Math.max(reach, half + 1);
  return [
    { index: 0, from: -top, to: -half },
    { index: 1, from: -half + 1, to: -1 },
    { index: 2, from: 0, to: 0 },
    { index: 3, from: 1, to: half - 1 },
    { index: 4, from: half, to: top },
  ].filter((bin) => bin.from <= bin.to);
}

/** The bin a value falls in; values beyond the ends go to the nearest end. */
export function binOf(bins: readonly Bin[], value: number): Bin {
  return bins.find((bin) => value >= bin.from && value <= bin.to) ?? (value < bins[0]!.from ? bins[0]! : bins.at(-1)!);
}
