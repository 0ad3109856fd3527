/** The colours the charts take from the widget's `--cj-*` custom properties. */
export interface ChartTheme {
  demand: string;
  supply: string;
  /** The highlighted trend line. */
  highlight: string;
  /** Axis labels. */
  text: string;
  /** Grid lines and the trend lines behind the highlighted one. */
  grid: string;
  /** Titles and figures of a downloaded graphic. */
  ink: string;
  /** The background of a downloaded graphic. */
  surface: string;
}

/**
 * Reads the colours from the host's computed style. The private `--_*` copies already hold the
 * page's `--cj-*` value or the light/dark default, with `var()` resolved.
 */
export function readChartTheme(host: Element): ChartTheme {
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(`--_${name}`).trim();
  return { demand: read("demand"), supply: read("supply"), highlight: read("highlight"), text: read("muted"), grid: read("border"), ink: read("text"), surface: read("surface") };
}

export function sameTheme(a: ChartTheme | undefined, b: ChartTheme): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
