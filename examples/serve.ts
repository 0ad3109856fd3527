/**
 * The demo: the reference API server on its embedded SQLite database, seeded on first start,
 * also serving the example pages and the CDN build of the widgets.
 *
 *   node --conditions source --import tsx serve.ts [--port 8787] [--db .data/chanjiao.db]
 */
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startServer } from "@chanjiao/server";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8787" },
    host: { type: "string", default: "127.0.0.1" },
    db: { type: "string", default: resolve(here, ".data/chanjiao.db") },
  },
});

// The policy of a site that allows only its own scripts and styles and requires Trusted Types.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

mkdirSync(dirname(values.db), { recursive: true });
const server = await startServer({
  db: values.db,
  port: Number(values.port),
  host: values.host,
  static: {
    "/cdn/": resolve(here, "../packages/elements/dist/cdn"),
    // The React app as `pnpm build` leaves it (vite build of react/).
    "/react/": resolve(here, "react/dist"),
    "/strict-csp/": { dir: resolve(here, "strict-csp"), headers: { "Content-Security-Policy": strictPolicy } },
    "/": here,
  },
});

console.log(`Chanjiao demo: ${server.url}/`);
console.log(`API: ${server.url}/v1 (OpenAPI at ${server.url}/v1/openapi.json)`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
