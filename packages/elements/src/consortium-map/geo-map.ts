// Loaded with a dynamic import() only when a map has a `geo-src`, so that the tile grid's bundle
// carries neither chart.js nor chartjs-chart-geo.
import { Chart, type ChartEvent, type ScriptableContext, Tooltip } from "chart.js";
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale, topojson } from "chartjs-chart-geo";
import { tooltipLineLength, tooltipLines } from "../shared/tooltip-lines.js";
import { codeOf, type GeoSource } from "./geo-source.js";

// A GeoJSON feature; its types belong to chartjs-chart-geo's own dependencies.
type Feature = object;

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale, Tooltip);

export interface GeoMapOptions {
  codeProperty: string | undefined;
  /** The count shown for a region code, `undefined` for a code with no data. */
  countOf(code: string): number | undefined;
  /** The fill of a count, from the same colour scale as the tile grid. */
  colourOf(count: number): string;
  /** The label of a region in the tooltip. */
  labelOf(code: string, count: number): string;
  onSelect(code: string): void;
}

/** A choropleth drawn on a canvas from the site's features; `update` re-colours it, `destroy` frees it. */
export interface GeoMap {
  update(options: GeoMapOptions): void;
  destroy(): void;
  /** The region codes drawn, in drawing order. */
  readonly codes: readonly string[];
}

function featuresOf(source: GeoSource): Feature[] {
  if (source.type === "geojson") return source.features as unknown as Feature[];
  const collection = topojson.feature(source.topology as never, source.topology.objects[source.object] as never) as unknown as { features: Feature[] };
  return collection.features;
}

export function drawGeoMap(canvas: HTMLCanvasElement, source: GeoSource, initial: GeoMapOptions): GeoMap {
  let options = initial;
  const drawn = featuresOf(source)
    .map((feature) => ({ feature, code: codeOf(feature as never, options.codeProperty) }))
    .filter((item): item is { feature: Feature; code: string } => item.code !== undefined);
  const codes = drawn.map((item) => item.code);
  const countAt = (index: number) => options.countOf(codes[index]!) ?? 0;

  const chart = new Chart(canvas, {
    type: "choropleth",
    data: {
      labels: codes,
      datasets: [
        {
          data: drawn.map((item, index) => ({ feature: item.feature, value: countAt(index) })),
          // The projection fits these shapes, not the whole globe (chartjs-chart-geo's default).
          outline: drawn.map((item) => item.feature),
          backgroundColor: (context: ScriptableContext<"choropleth">) => options.colourOf(countAt(context.dataIndex)),
          borderColor: "rgba(0, 0, 0, 0.35)",
          borderWidth: 1,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: true,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: { label: (item) => tooltipLines(options.labelOf(codes[item.dataIndex]!, countAt(item.dataIndex)), tooltipLineLength(Math.min(item.chart.width, window.innerWidth))) },
        },
      },
      scales: {
        projection: { axis: "x", projection: "mercator" },
        color: { axis: "x", display: false },
      },
      onClick: (_event: ChartEvent, elements) => {
        const [first] = elements;
        if (first) options.onSelect(codes[first.index]!);
      },
    },
  });

  return {
    codes,
    update(next) {
      options = next;
      chart.data.datasets[0]!.data = drawn.map((item, index) => ({ feature: item.feature, value: countAt(index) }));
      chart.update();
    },
    destroy: () => chart.destroy(),
  };
}
