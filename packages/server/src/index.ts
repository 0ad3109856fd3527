import { createServer } from "node:http";
import { serve } from "@hono/node-server";
import { createServedApp } from "./app.js";
import { type AnswerCacheLimits, defaultAnswerCacheLimits } from "./http/answer-cache.js";
import { applyConnectionCap, type ConnectionLimits, defaultConnectionLimits, httpServerOptions } from "./http/connection-limits.js";
import type { StaticMounts } from "./http/static.js";
import { consoleMount } from "./http/console-mount.js";
import { describeStorage } from "./db/dialect.js";
import { openServedDatabase } from "./db/open-served.js";
import type { Rate } from "./http/rate-limit.js";
import { isEmpty, seedDatabase } from "./seed/load.js";

export { type AppOptions, createApp } from "./app.js";
export type { StaticMount, StaticMounts } from "./http/static.js";
export { mountStatic } from "./http/static.js";
export { type Database, openDatabase, openStorage } from "./db/open.js";
export type { StorageConfig } from "./db/dialect.js";
export { defaultAuthFailureRate, defaultWriteRate, parseRate, type Rate } from "./http/rate-limit.js";
export { type AnswerCacheLimits, defaultAnswerCacheLimits } from "./http/answer-cache.js";
export { type ConnectionLimits, defaultConnectionLimits } from "./http/connection-limits.js";
export { defaultMaxFileBytes } from "./http/static.js";
export { buildOpenApiDocument } from "./openapi.js";
export { drawExportedPages } from "./export/draw-pages.js";
export { type ExportSummary, exportStatic } from "./export/export-static.js";
export { type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey } from "./db/api-keys.js";
export { seedDatabase, writeRecords } from "./seed/load.js";
export type { SeedOptions, SeedRecords } from "./seed/records.js";
export { buildSeedRecords } from "./seed/records.js";
export { citationsOf } from "./seed/citations.js";
export * as generator from "./seed/generator.js";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /**
   * SQLite database file, or a PostgreSQL database as a `postgres://` or `postgresql://` URL (which
   * must exist); created (a file), migrated and seeded when missing or empty. Default `./chanjiao.db`.
   */
  db?: string;
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Re-seed even when the database already holds data. */
  seed?: boolean;
  /**
   * URL prefixes mapped to directories served as static files, such as `{ "/examples": "./examples" }`;
   * a directory may come with headers added to its responses: `{ "/app/": { dir: "./app", headers: { "Content-Security-Policy": "default-src 'self'" } } }`.
   */
  static?: StaticMounts;
  /** Origins whose pages may publish from a browser (CORS for writes); reads are open to every origin. */
  corsOrigins?: readonly string[];
  /** Writes allowed per API key before 429; default {@link defaultWriteRate}, 60 per minute. */
  writeRate?: Rate;
  /** Opens an existing database read-only: reads are served, writes answered with 503. */
  readOnly?: boolean;
  /** Sends `Strict-Transport-Security`: only when clients reach the server over HTTPS, as behind a TLS proxy. */
  hsts?: boolean;
  /** Failed authentications allowed per client address before 429; default 20 per minute. */
  authFailureRate?: Rate;
  /** Demand submissions (no key) allowed per client address; default 10 per hour. */
  submissionRate?: Rate;
  /** Pending demand submissions a region may hold before more are refused; default 200. */
  pendingSubmissionsPerRegion?: number;
  /**
   * Behind a proxy that appends the client's address to `X-Forwarded-For`: take the last address
   * there as the client's (for the limits on failed authentication). Off by default, since any client can send the header.
   */
  trustProxy?: boolean;
  /** Bounds of the answers kept for the public reads; default 32 MiB and 2,000 answers. */
  answerCache?: Partial<AnswerCacheLimits>;
  /** Timeouts and the connection cap; see {@link defaultConnectionLimits}. */
  connections?: Partial<ConnectionLimits>;
  /**
   * The folder of the built keepers' console (`consoleDir` of `@chanjiao/console`), served at
   * `/console/` on the API's origin; no console when omitted.
   */
  console?: string;
}

/** A running server. */
export interface RunningServer {
  /** The origin, such as `http://127.0.0.1:8787`; the API root is `${url}/v1`. */
  url: string;
  port: number;
  /** Stops accepting connections and closes the database. */
  close(): Promise<void>;
}

/** Opens (creating, migrating and seeding when needed) the database and serves the API over HTTP. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const location = options.db ?? "./chanjiao.db";
  const readOnly = options.readOnly ?? false;
  // Before the database: a console that is not built stops the start with nothing opened.
  const consoleFiles: StaticMounts = options.console ? { "/console/": await consoleMount(options.console) } : {};
  const db = await openServedDatabase(location, { readOnly });
  if (options.seed || (await isEmpty(db))) {
    if (readOnly) {
      await db.destroy();
      throw new Error(`Cannot seed the database ${describeStorage(location)} opened read-only: start once without --read-only${options.seed ? "" : " to seed it"}.`);
    }
    await seedDatabase(db);
  }
  const { app, directReads } = createServedApp(db, {
    static: { ...consoleFiles, ...options.static },
    readOnly,
    hsts: options.hsts ?? false,
    trustProxy: options.trustProxy ?? false,
    answerCache: { ...defaultAnswerCacheLimits, ...options.answerCache },
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.writeRate ? { writeRate: options.writeRate } : {}),
    ...(options.authFailureRate ? { authFailureRate: options.authFailureRate } : {}),
    ...(options.submissionRate ? { submissionRate: options.submissionRate } : {}),
    ...(options.pendingSubmissionsPerRegion !== undefined ? { pendingSubmissionsPerRegion: options.pendingSubmissionsPerRegion } : {}),
  });
  const connections = { ...defaultConnectionLimits, ...options.connections };
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    // Kept answers go out before Hono builds its Request, Response and Headers objects for them.
    const createDirectServer = ((serverOptions, listener) =>
      createServer(serverOptions, (request, response) => directReads(request, response, () => listener?.(request, response)))) as typeof createServer;
    const started = serve(
      { fetch: app.fetch, port: options.port ?? 8787, hostname: host, serverOptions: httpServerOptions(connections), createServer: createDirectServer },
      () => resolve(started),
    );
    applyConnectionCap(started, connections);
    started.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 8787);
  const urlHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open.
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await db.destroy();
    },
  };
}
