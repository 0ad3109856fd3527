import type { ChartConfiguration } from "chart.js";
import type { Locale } from "../shared/i18n/messages.js";
import type { ChartTheme } from "./chart-theme.js";
import { hasSupply, type GapItem } from "./gap-table.js";

export interface ChartInput {
  /** The groups in the order shown. */
  items: readonly GapItem[];
  periods: readonly number[];
  theme: ChartTheme;
  locale: Locale;
  labels: { demand: string; supply: string };
  /** Called with the index of the group whose bar was clicked. */
  onSelect(index: number): void;
}

function scales(theme: ChartTheme) {
  const axis = { ticks: { color: theme.text }, grid: { color: theme.grid }, border: { color: theme.grid } };
  return { x: axis, y: { ...axis, beginAtZero: true } };
}

function legend(theme: ChartTheme) {
  return { labels: { color: theme.text, boxWidth: 12 } };
}

/** Demand and supply per group as bars (supply left out where no group records it). */
export function barChartConfig(input: ChartInput): ChartConfiguration<"bar"> {
  const { items, theme } = input;
  const datasets: ChartConfiguration<"bar">["data"]["datasets"] = [
    { label: input.labels.demand, data: items.map((item) => item.demand), backgroundColor: theme.demand, borderColor: theme.demand },
  ];
  if (hasSupply(items)) {
    // A group without recorded supply gets no bar (null), not a bar of zero.
    datasets.push({ label: input.labels.supply, data: items.map((item) => item.supply) as number[], backgroundColor: theme.supply, borderColor: theme.supply });
  }
  return {
    type: "bar",
    data: { labels: items.map((item) => item.label), datasets },
    options: {
      locale: input.locale,
      animation: false,
      // A click anywhere in a group's column chooses that group.
      interaction: { mode: "index", intersect: false },
      onClick: (_event, elements) => {
        const [element] = elements;
        if (element) input.onSelect(element.index);
      },
      scales: scales(theme),
      plugins: { legend: legend(theme) },
    },
  };
}

/**
 * One line per group across the periods: the gap where supply is recorded, otherwise the demand.
 */
export function trendChartConfig(input: ChartInput): ChartConfiguration<"line"> {
  const { items, periods, theme } = input;
  const supplyKnown = hasSupply(items);
  const datasets = items.map((item, index) => {
    const colour = theme.series[index % theme.series.length] ?? theme.demand;
    const byPeriod = new Map(item.trend.map((point) => [point.period, point]));
    const data = periods.map((period) => {
      const point = byPeriod.get(period);
      if (point === undefined) return 0;
      return supplyKnown ? (point.supply === null ? null : point.demand - point.supply) : point.demand;
    });
    return { label: item.label, data: data as number[], borderColor: colour, backgroundColor: colour, pointRadius: 2, borderWidth: 2 };
  });
  return {
    type: "line",
    data: { labels: periods.map(String), datasets },
    options: {
      locale: input.locale,
      animation: false,
      interaction: { mode: "nearest", intersect: false },
      onClick: (_event, elements) => {
        const [element] = elements;
        if (element) input.onSelect(element.datasetIndex);
      },
      scales: { ...scales(theme), y: { ...scales(theme).y, beginAtZero: false } },
      plugins: { legend: legend(theme) },
    },
  };
}
