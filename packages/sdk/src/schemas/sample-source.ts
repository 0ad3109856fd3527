/**
 * The citation every record of the reference server's sample generator carries. It is one fixed
 * form, so that a page can name the generator in its own language (widgets do) and tell its
 * records from sourced ones without parsing prose; the seed says which run made them.
 */
export function sampleGeneratorSource(seed: number): string {
  return `Chanjiao sample generator (seed ${seed})`;
}

const sampleGeneratorCitation = /^Chanjiao sample generator \(seed (\d{1,10})\)$/;

/** The seed of a sample generator's citation; `null` for any other source. */
export function sampleGeneratorSeed(source: string): number | null {
  const seed = sampleGeneratorCitation.exec(source)?.[1];
  return seed === undefined ? null : Number(seed);
}
