import { serve } from "@hono/node-server";
import { createApp } from "./app.js";
import { openDatabase } from "./db/open.js";
import { isEmpty, seedDatabase } from "./seed/load.js";

export { type AppOptions, createApp } from "./app.js";
export { type Database, openDatabase, openStorage } from "./db/open.js";
export type { StorageConfig } from "./db/dialect.js";
export { buildOpenApiDocument } from "./openapi.js";
export { type ApiKeyInfo, createApiKey, listApiKeys, revokeApiKey } from "./db/api-keys.js";
export { seedDatabase } from "./seed/load.js";
export type { SeedOptions } from "./seed/records.js";
export { buildSeedRecords } from "./seed/records.js";
export * as generator from "./seed/generator.js";

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** SQLite database file; created, migrated and seeded when missing or empty. Default `./chanjiao.db`. */
  db?: string;
  /** Port to listen on; 0 picks a free one. Default 8787. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Re-seed even when the database already holds data. */
  seed?: boolean;
  /** URL prefixes mapped to directories served as static files, such as `{ "/examples": "./examples" }`. */
  static?: Record<string, string>;
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
  const db = await openDatabase(options.db ?? "./chanjiao.db");
  if (options.seed || (await isEmpty(db))) await seedDatabase(db);
  const app = createApp(db, { static: options.static ?? {} });
  const host = options.host ?? "127.0.0.1";
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const started = serve({ fetch: app.fetch, port: options.port ?? 8787, hostname: host }, () => resolve(started));
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
