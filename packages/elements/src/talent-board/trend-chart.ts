import { SizedChart } from "./sized-chart.js";
import { trendChartConfig, type TrendInput } from "./trend-config.js";

/**
 * The board's trend chart: drawn on the canvas of the latest render, redrawn when the data,
 * colours, locale or highlighted group change, and destroyed with the canvas it was drawn on.
 */
export class TrendChart {
  private chart: SizedChart | undefined;
  private drawn: TrendInput | undefined;

  sync(canvas: HTMLCanvasElement | null, input: TrendInput): void {
    if (canvas === null) return this.destroy();
    if (this.chart?.canvas !== canvas) {
      this.chart?.destroy();
      this.chart = new SizedChart(canvas, trendChartConfig(input));
    } else if (!sameInput(this.drawn, input)) {
      this.chart.update(trendChartConfig(input));
    }
    this.drawn = input;
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = this.drawn = undefined;
  }
}

function sameInput(a: TrendInput | undefined, b: TrendInput): boolean {
  return a !== undefined && a.items === b.items && a.periods === b.periods && a.theme === b.theme && a.locale === b.locale && a.highlighted === b.highlighted;
}
