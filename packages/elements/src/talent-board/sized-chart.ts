import type { ChartConfiguration } from "chart.js";
import { Chart, registerChartParts } from "./chart-parts.js";

/**
 * A chart that follows the size of its canvas's container. chart.js's own responsive mode watches
 * for the canvas being attached through the document, which misses canvases in shadow roots, and
 * keeps a stale size when the chart was drawn in a hidden (display: none) tab; here a
 * ResizeObserver on the container sizes the chart whenever the container has a size.
 */
export class SizedChart {
  readonly chart: Chart;
  private readonly observer: ResizeObserver;

  constructor(
    readonly canvas: HTMLCanvasElement,
    config: ChartConfiguration,
  ) {
    registerChartParts();
    this.chart = new Chart(canvas, fixedSize(config));
    this.observer = new ResizeObserver(([entry]) => {
      if (entry) this.fit(entry.contentRect.width, entry.contentRect.height);
    });
    const container = canvas.parentElement;
    if (container) {
      this.fit(container.clientWidth, container.clientHeight);
      this.observer.observe(container);
    }
  }

  /** Draws new data, options or colours on the same canvas. */
  update(config: ChartConfiguration): void {
    const { data, options } = fixedSize(config);
    this.chart.data = data;
    if (options) this.chart.options = options;
    this.chart.update();
  }

  destroy(): void {
    this.observer.disconnect();
    this.chart.destroy();
  }

  private fit(width: number, height: number): void {
    // A hidden container measures 0 × 0; the chart keeps its size until it is shown again.
    if (width <= 0 || height <= 0) return;
    const w = Math.floor(width);
    const h = Math.floor(height);
    if (w !== this.chart.width || h !== this.chart.height) this.chart.resize(w, h);
  }
}

// The size is set by fit(), so chart.js must not measure or keep an aspect ratio itself.
function fixedSize(config: ChartConfiguration): ChartConfiguration {
  return { ...config, options: { ...config.options, responsive: false, maintainAspectRatio: false } };
}
