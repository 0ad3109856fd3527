// Render time of <cj-talent-board> against an equivalent Apache ECharts board, 20 groups × 5
// years, in one headless Chromium run. Builds both pages with Vite, serves them on 127.0.0.1,
// renders each board several times (alternating, each in a fresh container) and prints the
// medians and their ratio. Run with `pnpm bench`.
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, defaultClientConditions } from "vite";

const runs = Number(process.env.BENCH_RUNS ?? 15);
const warmUps = 3;
const root = fileURLToPath(new URL("..", import.meta.url));
const out = await mkdtemp(join(tmpdir(), "chanjiao-bench-"));

process.env.NODE_ENV = "production";
await build({
  configFile: false,
  root,
  logLevel: "warn",
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: {
    outDir: out,
    emptyOutDir: false,
    chunkSizeWarningLimit: 4096,
    minify: true,
    rolldownOptions: {
      input: { board: join(root, "bench/talent-board.entry.js"), echarts: join(root, "bench/echarts-board.entry.js") },
      output: { format: "es", entryFileNames: "[name].js" },
      treeshake: { propertyReadSideEffects: false },
    },
  },
});
await writeFile(
  join(out, "index.html"),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="bench.css">
<script type="module" src="board.js"></script><script type="module" src="echarts.js"></script></head><body></body></html>`,
);
await writeFile(join(out, "bench.css"), "body{width:900px} .chart{height:320px}");

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };
const server = createServer(async (request, response) => {
  try {
    const path = new URL(request.url, "http://127.0.0.1").pathname;
    const body = await readFile(join(out, path === "/" ? "index.html" : path));
    response.writeHead(200, { "content-type": types[extname(path) || ".html"] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => window.renderTalentBoard && window.renderEchartsBoard);
  const times = await page.evaluate(
    async ({ runs, warmUps }) => {
      const measure = async (render) => {
        const container = document.createElement("div");
        document.body.append(container);
        const start = performance.now();
        await render(container);
        const elapsed = performance.now() - start;
        container.remove();
        // Let the removed board's teardown and any garbage collection happen outside the next run.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return elapsed;
      };
      const board = [];
      const echarts = [];
      for (let run = 0; run < warmUps + runs; run++) {
        const a = await measure(window.renderTalentBoard);
        const b = await measure(window.renderEchartsBoard);
        if (run >= warmUps) board.push(a), echarts.push(b);
      }
      return { board, echarts };
    },
    { runs, warmUps },
  );
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const board = median(times.board);
  const echarts = median(times.echarts);
  console.log(`20 groups × 5 years, ${runs} runs after ${warmUps} warm-ups, median render time in Chromium:`);
  console.log(`  <cj-talent-board> (chart.js): ${board.toFixed(1)} ms`);
  console.log(`  Apache ECharts board:         ${echarts.toFixed(1)} ms`);
  console.log(`  ratio board / ECharts:        ${(board / echarts).toFixed(2)}`);
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
