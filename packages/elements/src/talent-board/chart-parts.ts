import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

let registered = false;

/**
 * Registers the chart.js pieces the board draws, and nothing else: chart.js/auto would add every
 * chart type to the bundle.
 */
export function registerChartParts(): void {
  if (registered) return;
  Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
  registered = true;
}

export { Chart };
