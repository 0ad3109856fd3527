import { Chart, LinearScale, LineController, LineElement, PointElement } from "chart.js";

let registered = false;

/**
 * Registers the chart.js pieces of the trend chart, and nothing else: chart.js/auto would add every
 * chart type to the bundle. The bars are drawn in SVG; labels and legends are the board's own text.
 * The periods are years, on a linear scale: no category scale either.
 */
export function registerChartParts(): void {
  if (registered) return;
  Chart.register(LineController, LineElement, PointElement, LinearScale);
  registered = true;
}

export { Chart };
