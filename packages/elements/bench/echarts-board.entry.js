// The Apache ECharts side of the benchmark: the same board (demand/supply bars, a trend line per
// group, the ranked gap list), from the same client, resolved once both charts have finished.
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { talentGaps } from "@chanjiao/sdk";
import { benchClient } from "./bench-data.js";

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

function chartBox(container) {
  const box = document.createElement("div");
  box.className = "chart";
  container.append(box);
  return box;
}

function finished(chart) {
  return new Promise((resolve) => chart.on("finished", resolve));
}

window.renderEchartsBoard = async (container) => {
  const data = await benchClient().read(talentGaps, { groupBy: "majorCategory", period: "2021-2025" });
  const items = [...data.items].sort((a, b) => b.gap - a.gap);
  const format = new Intl.NumberFormat("zh-CN");
  const bars = echarts.init(chartBox(container));
  const trend = echarts.init(chartBox(container));
  const done = Promise.all([finished(bars), finished(trend)]);
  bars.setOption({
    animation: false,
    legend: {},
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: items.map((item) => item.label) },
    yAxis: { type: "value" },
    series: [
      { name: "需求", type: "bar", data: items.map((item) => item.demand) },
      { name: "供给", type: "bar", data: items.map((item) => item.supply) },
    ],
  });
  trend.setOption({
    animation: false,
    legend: {},
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: data.periods.map(String) },
    yAxis: { type: "value" },
    series: items.map((item) => ({ name: item.label, type: "line", data: item.trend.map((point) => point.demand - point.supply) })),
  });
  const list = document.createElement("ol");
  for (const item of items) {
    const entry = document.createElement("li");
    entry.textContent = `${item.label} ${format.format(item.gap)} ${item.ratio.toFixed(2)}`;
    list.append(entry);
  }
  container.append(list);
  await done;
};
