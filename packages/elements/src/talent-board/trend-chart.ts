import type { SizedChart } from "./sized-chart.js";
import { trendChartConfig, type TrendInput } from "./trend-config.js";

type ChartClass = typeof SizedChart;

/** chart.js and the board's use of it, fetched when a trend is first drawn; the class once it has arrived. */
let loading: Promise<ChartClass> | undefined;
let loaded: ChartClass | undefined;

function loadChart(): Promise<ChartClass> {
  loading ??= import("./sized-chart.js").then(
    (module) => (loaded = module.SizedChart),
    (error: unknown) => {
      // A failed fetch is tried again at the next draw.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The board's trend chart: drawn on the canvas of the latest render, redrawn when the data,
 * colours, locale or highlighted group change, and destroyed with the canvas it was drawn on.
 * chart.js arrives on its own after the board's first render, so the ranking above the trend is
 * drawn without waiting for it.
 */
export class TrendChart {
  private chart: SizedChart | undefined;
  private drawn: TrendInput | undefined;
  /** What to draw once chart.js has arrived. */
  private wanted: { canvas: HTMLCanvasElement; input: TrendInput } | undefined;
  /** Settles once the latest `sync` is drawn (or chart.js could not be fetched, leaving the canvas blank). */
  ready: Promise<void> = Promise.resolve();

  sync(canvas: HTMLCanvasElement | null, input: TrendInput): void {
    if (canvas === null) return this.destroy();
    if (loaded) return this.draw(loaded, canvas, input);
    this.wanted = { canvas, input };
    this.ready = loadChart().then(
      (chartClass) => {
        const { wanted } = this;
        this.wanted = undefined;
        if (wanted) this.draw(chartClass, wanted.canvas, wanted.input);
      },
      () => undefined,
    );
  }

  destroy(): void {
    this.wanted = undefined;
    this.chart?.destroy();
    this.chart = this.drawn = undefined;
  }

  private draw(chartClass: ChartClass, canvas: HTMLCanvasElement, input: TrendInput): void {
    if (this.chart?.canvas !== canvas) {
      this.chart?.destroy();
      this.chart = new chartClass(canvas, trendChartConfig(input));
    } else if (!sameInput(this.drawn, input)) {
      this.chart.update(trendChartConfig(input));
    }
    this.drawn = input;
  }
}

function sameInput(a: TrendInput | undefined, b: TrendInput): boolean {
  return a !== undefined && a.items === b.items && a.periods === b.periods && a.theme === b.theme && a.locale === b.locale && a.highlighted === b.highlighted;
}
