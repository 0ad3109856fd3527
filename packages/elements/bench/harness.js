// What the render benchmarks share: build their entries with Vite, serve them on 127.0.0.1, open
// the page in headless Chromium and time render functions the entries put on `window`, alternating,
// each in a fresh container.
import { createServer } from "node:http";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, defaultClientConditions } from "vite";

export const runs = Number(process.env.BENCH_RUNS ?? 15);
export const warmUps = 3;
const root = fileURLToPath(new URL("..", import.meta.url));
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

/** The middle value. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Builds `entries` (name → module under bench/), writes `files` beside them, serves the result and
 * opens it in Chromium; `use(page)` does the measuring. Everything is stopped and removed after.
 *
 * @param {{ entries: Record<string, string>; files?: Record<string, string>; css: string; use: (page: import("playwright-core").Page) => Promise<void> }} options
 */
export async function withBenchPage({ entries, files = {}, css, use }) {
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
        input: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, join(root, "bench", file)])),
        output: { format: "es", entryFileNames: "[name].js" },
        treeshake: { propertyReadSideEffects: false },
      },
    },
  });
  const scripts = Object.keys(entries).map((name) => `<script type="module" src="${name}.js"></script>`).join("");
  await writeFile(join(out, "index.html"), `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="bench.css">${scripts}</head><body></body></html>`);
  await writeFile(join(out, "bench.css"), css);
  for (const [name, content] of Object.entries(files)) await writeFile(join(out, name), content);

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
    await use(page);
  } finally {
    await browser.close();
    server.close();
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * Times each render function (`window[name](container, ...args)`) `warmUps + runs` times,
 * alternating between them, and answers the times after the warm-ups, per name.
 *
 * @param {import("playwright-core").Page} page
 * @param {Array<{ name: string; args?: unknown[] }>} renders
 * @returns {Promise<number[][]>}
 */
export async function timeRenders(page, renders) {
  await page.waitForFunction((names) => names.every((name) => typeof window[name] === "function"), renders.map((render) => render.name));
  return page.evaluate(
    async ({ renders, runs, warmUps }) => {
      const measure = async ({ name, args = [] }) => {
        const container = document.createElement("div");
        document.body.append(container);
        const start = performance.now();
        await window[name](container, ...args);
        const elapsed = performance.now() - start;
        container.remove();
        // Let the removed widget's teardown and any garbage collection happen outside the next run.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return elapsed;
      };
      const times = renders.map(() => []);
      for (let run = 0; run < warmUps + runs; run++) {
        for (const [index, render] of renders.entries()) {
          const elapsed = await measure(render);
          if (run >= warmUps) times[index].push(elapsed);
        }
      }
      return times;
    },
    { renders, runs, warmUps },
  );
}
