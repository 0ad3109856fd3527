// The page of the first-chart benchmark built the way portals build it today: a Vue 3 app fetches
// the talent gaps from the API with fetch and draws the board's first graphic, the gaps ranked from
// the largest shortage, with ECharts (core, bar chart, grid, tooltip, canvas renderer). It marks
// ECharts' first `finished` as the board marks its first graphic.
import { BarChart } from "echarts/charts";
import { GridComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { createApp, h, onMounted, ref } from "vue";

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

const App = {
  setup() {
    const box = ref(null);
    // Fetched as the app starts, before it is mounted, as early as such a page can.
    const gaps = fetch(`/v1/talent/gaps?${document.documentElement.dataset.query}`).then((response) => response.json());
    onMounted(async () => {
      const { items } = await gaps;
      const ranked = [...items].sort((a, b) => b.gap - a.gap);
      const chart = echarts.init(box.value);
      const finished = () => {
        chart.off("finished", finished);
        performance.mark("echarts:finished");
      };
      chart.on("finished", finished);
      chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        grid: { containLabel: true, left: 8, right: 24 },
        xAxis: { type: "value" },
        yAxis: { type: "category", inverse: true, data: ranked.map((item) => item.label) },
        series: [{ type: "bar", data: ranked.map((item) => item.gap) }],
      });
    });
    return () => h("section", [h("h3", "人才供需缺口"), h("div", { ref: box, class: "chart" })]);
  },
};

createApp(App).mount("#app");
