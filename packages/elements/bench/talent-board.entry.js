// The <cj-talent-board> side of the benchmark: renders the board and resolves once its trend chart,
// drawn after the SVG bars, is drawn.
import { Chart } from "chart.js";
import "../src/provider/define.ts";
import "../src/talent-board/define.ts";
import { benchClient } from "./bench-data.js";

let onDrawn = () => {};
// A global plugin: chart.js calls it after every chart it draws.
Chart.register({ id: "bench-drawn", afterRender: (chart) => onDrawn(chart) });

window.renderTalentBoard = (container) =>
  new Promise((resolve) => {
    onDrawn = () => resolve();
    const provider = document.createElement("cj-provider");
    provider.client = benchClient();
    const board = document.createElement("cj-talent-board");
    board.setAttribute("period", "2021-2025");
    provider.append(board);
    container.append(provider);
  });
