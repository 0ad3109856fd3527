import type { ChartConfiguration } from "chart.js";
import { barChartConfig, trendChartConfig, type ChartInput } from "./chart-configs.js";
import { SizedChart } from "./sized-chart.js";

/** The canvases the board rendered; `null` where that chart is not shown. */
export interface BoardCanvases {
  bar: HTMLCanvasElement | null;
  trend: HTMLCanvasElement | null;
}

/**
 * The board's bar and trend charts: drawn on the canvases of the latest render, redrawn when the
 * data, colours or locale change, and destroyed with the canvases they were drawn on.
 */
export class BoardCharts {
  private bar: SizedChart | undefined;
  private trend: SizedChart | undefined;
  private drawn: ChartInput | undefined;

  sync(canvases: BoardCanvases, input: ChartInput): void {
    const changed = !sameInput(this.drawn, input);
    this.drawn = input;
    this.bar = syncChart(this.bar, canvases.bar, changed, () => barChartConfig(input) as ChartConfiguration);
    this.trend = syncChart(this.trend, canvases.trend, changed, () => trendChartConfig(input) as ChartConfiguration);
  }

  destroy(): void {
    this.bar?.destroy();
    this.trend?.destroy();
    this.bar = this.trend = this.drawn = undefined;
  }
}

function syncChart(current: SizedChart | undefined, canvas: HTMLCanvasElement | null, changed: boolean, config: () => ChartConfiguration): SizedChart | undefined {
  if (canvas === null) {
    current?.destroy();
    return undefined;
  }
  if (current?.canvas !== canvas) {
    current?.destroy();
    return new SizedChart(canvas, config());
  }
  if (changed) current.update(config());
  return current;
}

function sameInput(a: ChartInput | undefined, b: ChartInput): boolean {
  return a !== undefined && a.items === b.items && a.periods === b.periods && a.theme === b.theme && a.locale === b.locale && a.labels === b.labels;
}
