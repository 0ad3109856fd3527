// Render time of <cj-consortium-map> in headless Chromium: the tile grid with counts, and the
// geographic mode with a generated ~1 MB GeoJSON (one many-vertex polygon per province). Builds
// the page with Vite, serves it on 127.0.0.1, renders each mode several times in a fresh container
// and prints the medians. Run with `pnpm bench` (or `node --import tsx bench/map.bench.js`).
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
const out = await mkdtemp(join(tmpdir(), "chanjiao-map-bench-"));

/** Synthetic shapes, not boundaries: a circle of `vertices` points around each tile's place. */
function generatedGeoJson(codes, vertices) {
  return {
    type: "FeatureCollection",
    features: codes.map(({ code, row, col }) => {
      const [lon, lat] = [75 + col * 8, 50 - row * 5];
      const ring = Array.from({ length: vertices }, (_, index) => {
        // Clockwise, as d3-geo reads an exterior ring; a little noise keeps every vertex distinct.
        const angle = (-2 * Math.PI * index) / vertices;
        const radius = 2.2 + 0.15 * Math.sin(index * 0.7);
        return [+(lon + radius * Math.cos(angle)).toFixed(5), +(lat + radius * Math.sin(angle)).toFixed(5)];
      });
      ring.push(ring[0]);
      return { type: "Feature", properties: { code }, geometry: { type: "Polygon", coordinates: [ring] } };
    }),
  };
}

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
      input: { map: join(root, "bench/map.entry.js") },
      output: { format: "es", entryFileNames: "[name].js" },
      treeshake: { propertyReadSideEffects: false },
    },
  },
});
// The grid's own layout places the shapes; the script runs under tsx, which reads the .ts source.
const { tileGrid } = await import("../src/consortium-map/tile-grid.ts");
const geoJson = JSON.stringify(generatedGeoJson(tileGrid, 1500));
await writeFile(join(out, "geo.json"), geoJson);
await writeFile(
  join(out, "index.html"),
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="stylesheet" href="bench.css">
<script type="module" src="map.js"></script></head><body></body></html>`,
);
await writeFile(join(out, "bench.css"), "body{width:900px}");

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };
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
  await page.waitForFunction(() => window.renderTileGrid && window.renderGeoMap);
  const times = await page.evaluate(
    async ({ runs, warmUps }) => {
      const measure = async (render) => {
        const container = document.createElement("div");
        document.body.append(container);
        const start = performance.now();
        await render(container);
        const elapsed = performance.now() - start;
        container.remove();
        await new Promise((resolve) => setTimeout(resolve, 50));
        return elapsed;
      };
      const grid = [];
      const geo = [];
      for (let run = 0; run < warmUps + runs; run++) {
        const a = await measure(window.renderTileGrid);
        const b = await measure((container) => window.renderGeoMap(container, "/geo.json"));
        if (run >= warmUps) grid.push(a), geo.push(b);
      }
      return { grid, geo };
    },
    { runs, warmUps },
  );
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`<cj-consortium-map>, ${runs} runs after ${warmUps} warm-ups, median render time in Chromium:`);
  console.log(`  tile grid with counts (34 tiles):            ${median(times.grid).toFixed(1)} ms`);
  console.log(`  geographic mode, ${(geoJson.length / 1024 / 1024).toFixed(2)} MB GeoJSON (fetch, parse, draw): ${median(times.geo).toFixed(1)} ms`);
} finally {
  await browser.close();
  server.close();
  await rm(out, { recursive: true, force: true });
}
