// First chart from navigation: a page that loads the CDN loader and shows <cj-talent-board>, against
// the page portals build today (Vue 3 + ECharts, bench/first-chart-echarts.entry.js) fetching the
// same API answer and drawing the same ranked bars. Both are production builds served gzipped from
// 127.0.0.1 with the seeded API behind the same origin. Each load is a fresh browser context with the
// HTTP cache off, the two pages alternating; the time is from navigation start to the first complete
// draw (the board's `cj-talent-board:first-graphic` mark; ECharts' first `finished`). Then the same
// with 4× CPU slowdown and DevTools' fast 3G. Writes its table into docs/performance.md.
// Run with `pnpm bench` (or `node --import tsx --conditions source bench/first-chart.bench.js`;
// BENCH_LOADS sets the loads per page, 30 by default).
import { request as forward, createServer } from "node:http";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startServer } from "../../server/src/index.ts";
import { chromium } from "playwright-core";
import { build } from "vite";
import { slowPhone, throttledPage } from "./browser-profiles.ts";
import { machine, markdownTable, writeSection } from "../../server/bench/performance-doc.ts";
import { loaderConfig } from "../vite.config.js";

const loads = Number(process.env.BENCH_LOADS ?? 30);
const root = fileURLToPath(new URL("..", import.meta.url));
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".map": "application/json" };
// The board of the province portal example: 江苏's major categories over five years.
const board = { groupBy: "majorCategory", region: "320000", period: "2021-2025" };
const query = new URLSearchParams(board).toString();

const profiles = [
  { name: "unthrottled", cpu: 1, network: undefined },
  { name: "4× CPU, fast 3G", ...slowPhone },
];

const pages = {
  board: {
    label: "CDN loader + `<cj-talent-board>`",
    mark: "cj-talent-board:first-graphic",
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>人才供需</title><script type="module" src="/cdn/chanjiao.js"></script></head><body><cj-provider base-url="/v1"><cj-talent-board region="${board.region}" period="${board.period}" group-by="major-category"></cj-talent-board></cj-provider></body></html>`,
  },
  echarts: {
    label: "Vue 3 + ECharts",
    mark: "echarts:finished",
    html: `<!doctype html><html lang="zh-CN" data-query="${query}"><head><meta charset="utf-8"><title>人才供需</title><style>.chart{height:40rem}</style><script type="module" src="/echarts/index.js"></script></head><body><div id="app"></div></body></html>`,
  },
};

/** Builds the CDN loader into out/cdn and the ECharts page into out/echarts, for production. */
async function buildPages(out) {
  process.env.NODE_ENV = "production";
  const cdn = loaderConfig();
  await build({ ...cdn, configFile: false, root, logLevel: "warn", build: { ...cdn.build, outDir: join(out, "cdn") } });
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    define: { __VUE_OPTIONS_API__: "false", __VUE_PROD_DEVTOOLS__: "false", __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: "false" },
    build: {
      outDir: join(out, "echarts"),
      emptyOutDir: false,
      chunkSizeWarningLimit: 4096,
      minify: true,
      rolldownOptions: {
        input: join(root, "bench", "first-chart-echarts.entry.js"),
        output: { format: "es", entryFileNames: "index.js", codeSplitting: false },
      },
    },
  });
  for (const [name, { html }] of Object.entries(pages)) await writeFile(join(out, `${name}.html`), html);
}

/** Every file under `dir`, gzipped once, by URL path. */
async function gzippedFiles(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`/${relative(dir, path).split("\\").join("/")}`, { type: types[extname(path)] ?? "application/octet-stream", body: gzipSync(await readFile(path)) });
  }
  return files;
}

/** Serves `files` gzipped and passes /v1 on to the API, on 127.0.0.1; answers its origin and a stop. */
async function servePages(files, api) {
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url, "http://127.0.0.1").pathname;
    if (path.startsWith("/v1/")) {
      const upstream = forward(new URL(incoming.url, api), { method: incoming.method, headers: incoming.headers }, (answer) => {
        outgoing.writeHead(answer.statusCode, answer.headers);
        answer.pipe(outgoing);
      });
      upstream.on("error", () => outgoing.writeHead(502).end());
      incoming.pipe(upstream);
      return;
    }
    const file = files.get(path);
    if (!file) return outgoing.writeHead(404).end();
    outgoing.writeHead(200, { "content-type": file.type, "content-encoding": "gzip", "cache-control": "no-cache" }).end(file.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}

/** Loads `url` in a fresh context under `profile`, cache off, and answers the mark's time from navigation start. */
async function timeLoad(browser, url, mark, profile) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  try {
    const page = await throttledPage(context, profile);
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForFunction((name) => performance.getEntriesByName(name, "mark").length > 0, mark, { timeout: 120_000 });
    return await page.evaluate((name) => performance.getEntriesByName(name, "mark")[0].startTime, mark);
  } finally {
    await context.close();
  }
}

/** The value below which a fraction `q` of `values` lies, interpolated between neighbours. */
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = Math.floor(at);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (at - below);
}

const summary = (times) => ({ median: quantile(times, 0.5), q1: quantile(times, 0.25), q3: quantile(times, 0.75) });
const ms = (value) => Math.round(value).toLocaleString("en");

const out = await mkdtemp(join(tmpdir(), "chanjiao-first-chart-"));
const api = await startServer({ db: join(out, "chanjiao.db"), port: 0, host: "127.0.0.1", seed: true });
let site;
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  await buildPages(out);
  site = await servePages(await gzippedFiles(out), api.url);
  const rows = [];
  for (const profile of profiles) {
    const times = { board: [], echarts: [] };
    // One load of each first, unmeasured, so that neither pays for the browser's own start.
    for (const [name, page] of Object.entries(pages)) await timeLoad(browser, `${site.origin}/${name}.html`, page.mark, profile);
    for (let load = 0; load < loads; load++) {
      for (const [name, page] of Object.entries(pages)) times[name].push(await timeLoad(browser, `${site.origin}/${name}.html`, page.mark, profile));
    }
    const board = summary(times.board);
    const echarts = summary(times.echarts);
    const ratio = board.median / echarts.median;
    rows.push([profile.name, `${ms(board.median)} (${ms(board.q1)}–${ms(board.q3)})`, `${ms(echarts.median)} (${ms(echarts.q1)}–${ms(echarts.q3)})`, ratio.toFixed(2)]);
    console.log(`${profile.name}: board ${ms(board.median)} ms (IQR ${ms(board.q1)}–${ms(board.q3)}), Vue + ECharts ${ms(echarts.median)} ms (IQR ${ms(echarts.q1)}–${ms(echarts.q3)}), ratio ${ratio.toFixed(2)}`);
  }
  const table = markdownTable(["profile", `${pages.board.label}, median ms (IQR)`, `${pages.echarts.label}, median ms (IQR)`, "ratio"], rows);
  writeSection("first-chart", `Measured on ${machine()}; ${loads} loads of each page, alternating, in Chromium.\n\n${table}`);
} finally {
  await browser.close();
  await site?.stop();
  await api.close();
  await rm(out, { recursive: true, force: true });
}
