#!/usr/bin/env node
import { parseArgs } from "node:util";
import { parseRate, type ServerOptions, startServer } from "./index.js";
import { runExportCommand } from "./export/cli.js";
import { runKeysCommand } from "./keys-cli.js";
import { runTemplateCommand } from "./files/template-cli.js";
import { runImportCommand } from "./import/import-cli.js";

const usage = `Usage: chanjiao-server [--db FILE|URL] [--port N] [--host H] [--seed] [--read-only]
                       [--cors-origin URLS] [--write-rate N/minute] [--hsts] [--trust-proxy]
                       [--auth-failure-rate N/minute] [--cache-size MB] [--max-connections N]
                       [--headers-timeout S] [--request-timeout S] [--keep-alive-timeout S]
       chanjiao-server keys create|list|revoke ...   (see chanjiao-server keys --help)
       chanjiao-server export --out DIR [--db FILE|URL]  (see chanjiao-server export --help)
       chanjiao-server template COLLECTION --format csv|xlsx [--lang zh-CN|en] [--out FILE]
       chanjiao-server import COLLECTION FILE [--db FILE|URL] [--dry-run] ...  (see chanjiao-server import --help)

Serves the Chanjiao open data API under /v1.

  --db FILE   SQLite database file, created and seeded on first start (default ./chanjiao.db)
  --db URL    or a PostgreSQL database, postgres://user:password@host:5432/name: the database
              must exist; its tables are created and it is seeded when empty
  --port N    port to listen on, 0 for any free port (default 8787)
  --host H    interface to listen on (default 127.0.0.1)
  --seed      re-seed the database before serving
  --read-only open an existing database read-only: serve reads, answer writes with 503
  --cors-origin URLS    comma-separated origins whose pages may write from a browser
                        (such as https://a.example,https://b.example); reads are open to all
  --write-rate N/UNIT   writes allowed per API key, per second, minute or hour (default 60/minute)
  --hsts      send Strict-Transport-Security: only when clients connect over HTTPS
  --trust-proxy         behind a proxy that appends the client's address to X-Forwarded-For:
                        count failed authentications by the last address there (default off)
  --auth-failure-rate N/UNIT  failed authentications allowed per client address (default 20/minute)
  --cache-size MB       memory for kept answers of public reads (default 32)
  --max-connections N   connections open at once (default 1000)
  --headers-timeout S   seconds a client has to send a request's head (default 10)
  --request-timeout S   seconds a client has to send a whole request (default 60)
  --keep-alive-timeout S  seconds an idle connection stays open (default 5)
  --help      show this help`;

/** A whole number setting given in `unit`s (such as seconds given as ms); undefined when not given. */
function numberSetting(values: Record<string, unknown>, name: string, unit: number): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (typeof text !== "string" || !/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value * unit)) {
    throw new RangeError(`Invalid --${name} ${JSON.stringify(text)}: expected a whole number.`);
  }
  return value * unit;
}

/** The object without its undefined values, as exactOptionalPropertyTypes requires. */
function definedOnly<T extends object>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/** The commands besides serving, each answering its exit code. */
const subcommands = new Map<string, (args: string[]) => Promise<number>>([
  ["keys", runKeysCommand],
  ["template", runTemplateCommand],
  ["import", runImportCommand],
  ["export", runExportCommand],
]);

async function main(): Promise<void> {
  const subcommand = subcommands.get(process.argv[2] ?? "");
  if (subcommand) {
    process.exitCode = await subcommand(process.argv.slice(3));
    return;
  }
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "./chanjiao.db" },
      port: { type: "string", default: "8787" },
      host: { type: "string", default: "127.0.0.1" },
      seed: { type: "boolean", default: false },
      "read-only": { type: "boolean", default: false },
      "cors-origin": { type: "string" },
      "write-rate": { type: "string" },
      hsts: { type: "boolean", default: false },
      "trust-proxy": { type: "boolean", default: false },
      "auth-failure-rate": { type: "string" },
      "cache-size": { type: "string" },
      "max-connections": { type: "string" },
      "headers-timeout": { type: "string" },
      "request-timeout": { type: "string" },
      "keep-alive-timeout": { type: "string" },
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
  let settings: Pick<ServerOptions, "writeRate" | "authFailureRate" | "answerCache" | "connections">;
  try {
    const rate = (text: string | undefined) => (text === undefined ? undefined : parseRate(text));
    const seconds = (name: string) => numberSetting(values, name, 1_000);
    settings = definedOnly({
      writeRate: rate(values["write-rate"]),
      authFailureRate: rate(values["auth-failure-rate"]),
      answerCache: definedOnly({ maxBytes: numberSetting(values, "cache-size", 1024 * 1024) }),
      connections: definedOnly({
        maxConnections: numberSetting(values, "max-connections", 1),
        headersTimeoutMs: seconds("headers-timeout"),
        requestTimeoutMs: seconds("request-timeout"),
        keepAliveTimeoutMs: seconds("keep-alive-timeout"),
      }),
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const corsOrigins = (values["cors-origin"] ?? "").split(",").map((origin) => origin.trim()).filter(Boolean);
  const badOrigin = corsOrigins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  if (badOrigin !== undefined) {
    console.error(`Invalid --cors-origin ${JSON.stringify(badOrigin)}: an origin is scheme://host[:port], without a path.\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  const server = await startServer({
    db: values.db,
    port,
    host: values.host,
    seed: values.seed,
    readOnly: values["read-only"],
    hsts: values.hsts,
    trustProxy: values["trust-proxy"],
    corsOrigins,
    ...settings,
  });
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
