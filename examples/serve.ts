/**
 * The demo: the reference API server on its embedded SQLite database, seeded on first start,
 * also serving the example pages and the CDN build of the widgets (see demo-site.ts for what is served).
 *
 *   node --conditions source --import tsx serve.ts [--port 8787] [--db ../.data/chanjiao.db]
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import { consoleDir } from "@chanjiao/console";
import { startServer } from "@chanjiao/server";
import { demoDatabase, demoKeys, demoMounts } from "./demo-site.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "8787" },
    host: { type: "string", default: "127.0.0.1" },
    db: { type: "string", default: demoDatabase },
  },
});

mkdirSync(dirname(values.db), { recursive: true });
const server = await startServer({
  db: values.db,
  port: Number(values.port),
  host: values.host,
  static: demoMounts,
  console: consoleDir,
});
const keys = await demoKeys(values.db);

console.log(`Chanjiao demo: ${server.url}/`);
console.log(`API: ${server.url}/v1 (OpenAPI at ${server.url}/v1/openapi.json)`);
console.log(`Console: ${server.url}/console/`);
console.log(`  editor key of ${keys.editor.organisation}: ${keys.editor.key}`);
console.log(`  admin key: ${keys.admin.key}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
