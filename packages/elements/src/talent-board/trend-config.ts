import type { ChartConfiguration } from "chart.js";
import type { Locale } from "../shared/i18n/messages.js";
import type { ChartTheme } from "./chart-theme.js";
import { hasSupply, type GapItem } from "./gap-table.js";

export interface TrendInput {
  /** The groups in the order shown. */
  items: readonly GapItem[];
  periods: readonly number[];
  theme: ChartTheme;
  locale: Locale;
  /** The index of the group drawn in colour; the others are grey. */
  highlighted: number;
  /** Called with the index of the group whose line was clicked. */
  onSelect(index: number): void;
  /** Called with the index of the group whose line the pointer is nearest. */
  onHighlight(index: number): void;
}

/**
 * Each group's line across the periods: the gap where supply is recorded (none where the group's
 * supply is not), otherwise the demand; a period without figures counts as zero.
 */
export function trendSeries(items: readonly GapItem[], periods: readonly number[]): Array<Array<number | null>> {
  const supplyKnown = hasSupply(items);
  return items.map((item) => {
    const byPeriod = new Map(item.trend.map((point) => [point.period, point]));
    return periods.map((period) => {
      const point = byPeriod.get(period);
      if (point === undefined) return 0;
      return supplyKnown ? (point.supply === null ? null : point.demand - point.supply) : point.demand;
    });
  });
}

/**
 * One line per group across the periods (the gap where supply is recorded, otherwise the demand):
 * the highlighted group in colour on top, the others grey behind it, so one story reads at a
 * time against the field; zero is drawn darker than the other grid lines. No tooltip.
 */
export function trendChartConfig(input: TrendInput): ChartConfiguration<"line"> {
  const { items, periods, theme } = input;
  const series = trendSeries(items, periods);
  const datasets = items.map((item, index) => {
    const data = series[index]!;
    const highlighted = index === input.highlighted;
    const colour = highlighted ? theme.highlight : theme.grid;
    return { label: item.label, data: data as number[], borderColor: colour, backgroundColor: colour, pointRadius: highlighted ? 3 : 0, borderWidth: highlighted ? 3 : 1.5, order: highlighted ? 0 : 1 };
  });
  const ticks = { color: theme.text };
  const event = (elements: Array<{ datasetIndex: number }>, then: (index: number) => void) => {
    const [element] = elements;
    if (element) then(element.datasetIndex);
  };
  return {
    type: "line",
    data: { labels: periods.map(String), datasets },
    options: {
      locale: input.locale,
      animation: false,
      interaction: { mode: "nearest", intersect: false, axis: "xy" },
      onClick: (_event, elements) => event(elements, input.onSelect),
      onHover: (_event, elements) => event(elements, input.onHighlight),
      // The highlighted group is named above the chart; a Tooltip registered by another widget of
      // the page (the geographic map's) would otherwise show every group's name on hover.
      plugins: { tooltip: { enabled: false } },
      scales: {
        // A year a tick, written as it is (a number format would group its digits: 2,025).
        x: { type: "linear", ticks: { ...ticks, stepSize: 1, callback: String }, grid: { display: false }, border: { color: theme.grid } },
        y: { ticks, border: { display: false }, grid: { color: (context) => (context.tick?.value === 0 ? theme.text : theme.grid) } },
      },
    },
  };
}
