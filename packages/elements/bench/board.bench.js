// Render time of <cj-talent-board> against an equivalent Apache ECharts board, 20 groups × 5
// years, in one headless Chromium run: medians and their ratio. Run with `pnpm bench`.
import { median, runs, timeRenders, warmUps, withBenchPage } from "./harness.js";

await withBenchPage({
  entries: { board: "talent-board.entry.js", echarts: "echarts-board.entry.js" },
  css: "body{width:900px} .chart{height:320px}",
  async use(page) {
    const [boardTimes, echartsTimes] = await timeRenders(page, [{ name: "renderTalentBoard" }, { name: "renderEchartsBoard" }]);
    const board = median(boardTimes);
    const echarts = median(echartsTimes);
    console.log(`20 groups × 5 years, ${runs} runs after ${warmUps} warm-ups, median render time in Chromium:`);
    console.log(`  <cj-talent-board> (chart.js): ${board.toFixed(1)} ms`);
    console.log(`  Apache ECharts board:         ${echarts.toFixed(1)} ms`);
    console.log(`  ratio board / ECharts:        ${(board / echarts).toFixed(2)}`);
  },
});
