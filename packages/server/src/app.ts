import { Hono } from "hono";
import { cors } from "hono/cors";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { requestId } from "hono/request-id";
import type { Database } from "./db/open.js";
import { type AppEnv, readCacheControl } from "./http/env.js";
import { problemResponse } from "./http/problem.js";
import { mountStatic } from "./http/static.js";
import { buildOpenApiDocument } from "./openapi.js";
import { registerAggregateRoutes } from "./routes/aggregates.js";
import { registerCollectionRoutes } from "./routes/collections.js";
import { registerConsortiumCountsRoute } from "./routes/consortium-counts.js";
import { registerPublishingRoutes } from "./routes/publishing.js";
import { registerRootRoute } from "./routes/root.js";
import { registerTalentAnalysisRoutes } from "./routes/talent-analysis.js";

/** Options of the app beyond its database. */
export interface AppOptions {
  /** URL prefixes mapped to directories served as static files. */
  static?: Record<string, string>;
}

/** The Hono app of the API over a migrated, seeded database. */
export function createApp(db: Database, options: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Outermost, so a 304 keeps the headers the inner middleware set.
  app.use(etag({ retainedHeaders: [...RETAINED_304_HEADERS, "x-request-id", "access-control-allow-origin", "access-control-expose-headers"] }));
  app.use(requestId({ limitLength: 128 }));
  app.use(async (c, next) => {
    c.set("db", db);
    await next();
  });
  app.use("/v1/*", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: ["ETag", "X-Request-Id"], maxAge: 86400 }));
  app.use("/v1", cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders: ["ETag", "X-Request-Id"], maxAge: 86400 }));

  registerRootRoute(app);
  const openApiDocument = JSON.stringify(buildOpenApiDocument());
  app.get("/v1/openapi.json", (c) => c.body(openApiDocument, 200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": readCacheControl }));
  // Aggregates first: otherwise `/{id}` would take `aggregate` for an id.
  registerAggregateRoutes(app);
  registerConsortiumCountsRoute(app);
  registerTalentAnalysisRoutes(app);
  // Before the collections: it answers `GET /v1/talent-demand/{id}` with the ETag that writes check.
  registerPublishingRoutes(app);
  registerCollectionRoutes(app);
  // Only talent demand takes writes: any other method elsewhere is answered, not ignored.
  app.on(["POST", "PUT", "PATCH", "DELETE"], ["/v1", "/v1/*"], (c) => {
    c.header("Allow", "GET, HEAD, OPTIONS");
    return problemResponse(c, 405, `${c.req.method} is not supported at ${c.req.path}.`);
  });
  if (options.static) mountStatic(app, options.static);

  app.notFound((c) => problemResponse(c, 404, `No resource at ${c.req.path}.`));
  app.onError((error, c) => {
    console.error(`[${c.get("requestId")}]`, error);
    return problemResponse(c, 500, "The server failed to answer this request.");
  });
  return app;
}
