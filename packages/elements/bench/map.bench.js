// Render time of <cj-consortium-map> in headless Chromium: the tile grid with counts, and the
// geographic mode with a generated ~1 MB GeoJSON (one many-vertex polygon per province): medians.
// Run with `pnpm bench` (or `node --import tsx bench/map.bench.js`).
import { median, runs, timeRenders, warmUps, withBenchPage } from "./harness.js";

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

// The grid's own layout places the shapes; the script runs under tsx, which reads the .ts source.
const { tileGrid } = await import("../src/consortium-map/tile-grid.ts");
const geoJson = JSON.stringify(generatedGeoJson(tileGrid, 1500));

await withBenchPage({
  entries: { map: "map.entry.js" },
  files: { "geo.json": geoJson },
  css: "body{width:900px}",
  async use(page) {
    const [grid, geo] = await timeRenders(page, [{ name: "renderTileGrid" }, { name: "renderGeoMap", args: ["/geo.json"] }]);
    console.log(`<cj-consortium-map>, ${runs} runs after ${warmUps} warm-ups, median render time in Chromium:`);
    console.log(`  tile grid with counts (34 tiles):            ${median(grid).toFixed(1)} ms`);
    console.log(`  geographic mode, ${(geoJson.length / 1024 / 1024).toFixed(2)} MB GeoJSON (fetch, parse, draw): ${median(geo).toFixed(1)} ms`);
  },
});
