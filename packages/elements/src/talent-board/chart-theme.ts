/** The colours the charts take from the widget's `--cj-*` custom properties. */
export interface ChartTheme {
  demand: string;
  supply: string;
  text: string;
  grid: string;
  /** One colour per trend line, used in turn. */
  series: string[];
}

export const seriesCount = 8;

/**
 * Reads the colours from the host's computed style. The private `--_*` copies already hold the
 * page's `--cj-*` value or the light/dark default, with `var()` resolved.
 */
export function readChartTheme(host: Element): ChartTheme {
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    demand: read("--_demand"),
    supply: read("--_supply"),
    text: read("--_muted"),
    grid: read("--_border"),
    series: Array.from({ length: seriesCount }, (_, index) => read(`--_series-${index + 1}`)),
  };
}

export function sameTheme(a: ChartTheme | undefined, b: ChartTheme): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
