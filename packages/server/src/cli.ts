#!/usr/bin/env node
import { parseArgs } from "node:util";
import { startServer } from "./index.js";
import { runKeysCommand } from "./keys-cli.js";

const usage = `Usage: chanjiao-server [--db FILE] [--port N] [--host H] [--seed]
       chanjiao-server keys create|list|revoke ...   (see chanjiao-server keys --help)

Serves the Chanjiao open data API under /v1.

  --db FILE   SQLite database file, created and seeded on first start (default ./chanjiao.db)
  --port N    port to listen on, 0 for any free port (default 8787)
  --host H    interface to listen on (default 127.0.0.1)
  --seed      re-seed the database before serving
  --help      show this help`;

async function main(): Promise<void> {
  if (process.argv[2] === "keys") {
    process.exitCode = await runKeysCommand(process.argv.slice(3));
    return;
  }
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "./chanjiao.db" },
      port: { type: "string", default: "8787" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid --port ${values.port}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const server = await startServer({ db: values.db, port, host: values.host, seed: values.seed });
  console.log(`Chanjiao API listening on ${server.url}/v1`);
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
