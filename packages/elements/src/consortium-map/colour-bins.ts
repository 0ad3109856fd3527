/** A range of counts drawn in one colour; bin 0 is always exactly zero. */
export interface Bin {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** Colours of the sequential scale besides zero. */
const steps = 4;

/**
 * The bins of the colour scale for counts up to `max`: zero on its own, then up to four ranges of
 * equal width, so that one large count does not wash out the rest.
 */
export function colourBins(max: number): Bin[] {
  const bins: Bin[] = [{ index: 0, from: 0, to: 0 }];
  const width = Math.max(1, Math.ceil(max / steps));
  for (let from = 1, index = 1; from <= max && index <= steps; from += width, index += 1) {
    bins.push({ index, from, to: Math.min(max, from + width - 1) });
  }
  return bins;
}

/** The bin a count falls in. */
export function binOf(bins: readonly Bin[], count: number): Bin {
  return bins.find((bin) => count >= bin.from && count <= bin.to) ?? bins.at(-1)!;
}
