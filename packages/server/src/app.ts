import { collections, endpoints } from "@chanjiao/sdk";
import { Hono } from "hono";
import { etag, RETAINED_304_HEADERS } from "hono/etag";
import type { Database } from "./db/open.js";
import { type AnswerCacheLimits, answerByDataVersion } from "./http/answer-cache.js";
import { compressAnswers } from "./http/compression.js";
import { type DirectReads, directReads } from "./http/direct-reads.js";
import { type AppEnv, readCacheControl } from "./http/env.js";
import { problemResponse } from "./http/problem.js";
import { requireApiKey } from "./http/auth.js";
import { defaultAuthFailureRate, defaultWriteRate, limitPerApiKey, type Rate } from "./http/rate-limit.js";
import { readCors } from "./http/read-cors.js";
import { requestIds } from "./http/request-id.js";
import { securityHeaders } from "./http/security-headers.js";
import { mountStatic, type StaticMounts } from "./http/static.js";
import { redirectToConsole } from "./http/console-mount.js";
import { refuseWrites, storageErrorResponse } from "./http/storage-errors.js";
import { limitUrlLength } from "./http/url-limit.js";
import { allowWritesFrom } from "./http/write-cors.js";
import { buildOpenApiDocument } from "./openapi.js";
import { registerAggregateRoutes } from "./routes/aggregates.js";
import { registerCollectionRoutes } from "./routes/collections.js";
import { registerConsortiumCountsRoute } from "./routes/consortium-counts.js";
import { registerMajorLeadsOnRoute } from "./routes/major-leads-on.js";
import { registerChangeRoutes } from "./routes/changes.js";
import { registerFragmentRoute } from "./routes/fragments.js";
import { registerHistoryRoutes } from "./routes/history.js";
import { registerKeyRoutes } from "./routes/keys.js";
import { registerImportRoutes } from "./routes/imports.js";
import { registerProvinceProfileRoute } from "./routes/province-profile.js";
import { registerPublishingRoutes } from "./routes/publishing.js";
import { registerRecordWriteRoutes } from "./routes/record-writes.js";
import { registerRootRoute } from "./routes/root.js";
import { defaultPendingPerRegion, defaultSubmissionRate, registerSubmissionRoutes, submissionCors } from "./routes/submissions.js";
import { registerTalentAnalysisRoutes, signalsDefaults } from "./routes/talent-analysis.js";

/** Options of the app beyond its database. */
export interface AppOptions {
  /** URL prefixes mapped to directories served as static files, each optionally with headers of its own. */
  static?: StaticMounts;
  /** Origins whose pages may write from a browser (CORS), such as `https://portal.example`; reads are open to all. */
  corsOrigins?: readonly string[];
  /** Writes allowed per API key; default 60 per minute. */
  writeRate?: Rate;
  /** Demand submissions (no key) allowed per client address; default 10 per hour. */
  submissionRate?: Rate;
  /** Pending demand submissions a region may hold before more are refused; default 200. */
  pendingSubmissionsPerRegion?: number;
  /** Failed authentications allowed per client address; default 20 per minute. */
  authFailureRate?: Rate;
  /** Bounds of the answers kept for the public reads (records, pages, gaps, signals, aggregates, counts). */
  answerCache?: AnswerCacheLimits;
  /** The last address of `X-Forwarded-For` is the client's (set only behind a proxy that appends it). */
  trustProxy?: boolean;
  /** The database is opened read-only: writes are answered with 503. */
  readOnly?: boolean;
  /** Sends `Strict-Transport-Security`; set only when clients reach the server over HTTPS. */
  hsts?: boolean;
}

/** Every path that takes writes: each collection and its records. */
const writePaths = Object.values(collections).flatMap(({ path }) => [`/v1/${path}`, `/v1/${path}/*`]);

/** The Hono app of the API over a migrated, seeded database. */
export function createApp(db: Database, options: AppOptions = {}): Hono<AppEnv> {
  return createServedApp(db, options).app;
}

/** The app, and the reads answered before it sees them when it runs in node:http (see direct-reads.ts). */
export function createServedApp(db: Database, options: AppOptions = {}): { app: Hono<AppEnv>; directReads: DirectReads } {
  const app = new Hono<AppEnv>();
  // Outside the ETag middleware, so that its 304s get the headers too.
  app.use(securityHeaders({ hsts: options.hsts ?? false }));
  // Outermost but one, so a 304 keeps the headers the inner middleware set (a static file's own security headers too).
  const retained = ["x-request-id", "access-control-allow-origin", "access-control-expose-headers", "content-security-policy", "x-frame-options", "referrer-policy"];
  app.use(etag({ retainedHeaders: [...RETAINED_304_HEADERS, ...retained] }));
  app.use(requestIds);
  app.use(limitUrlLength);
  app.use(async (c, next) => {
    c.set("db", db);
    await next();
  });
  // Before the read policy, which would otherwise answer a write's preflight.
  if (options.corsOrigins?.length) for (const path of writePaths) app.use(path, allowWritesFrom(options.corsOrigins));
  app.use("/v1/submissions", submissionCors);
  app.use("/v1/*", readCors);
  app.use("/v1", readCors);
  app.use("/v1/*", compressAnswers);
  app.use("/v1", compressAnswers);

  registerRootRoute(app);
  const openApiDocument = JSON.stringify(buildOpenApiDocument());
  app.get("/v1/openapi.json", (c) => c.body(openApiDocument, 200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": readCacheControl }));
  // The endpoints besides the collections are the reads computed from many records.
  const answers = answerByDataVersion(options.answerCache);
  for (const endpoint of Object.values(endpoints)) {
    app.get(`/v1/${endpoint.path}`, answers.forEndpoint(endpoint, endpoint === endpoints.majorSignals ? signalsDefaults : {}));
  }
  // Aggregates first: otherwise `/{id}` would take `aggregate` for an id.
  registerAggregateRoutes(app);
  registerConsortiumCountsRoute(app);
  registerMajorLeadsOnRoute(app);
  registerTalentAnalysisRoutes(app);
  registerProvinceProfileRoute(app);
  // Before the collections: it answers `GET /v1/talent-demand/{id}` with the ETag that writes check.
  if (options.readOnly) app.on(["POST", "PATCH", "DELETE"], writePaths, refuseWrites);
  const authenticate = requireApiKey({ trustProxy: options.trustProxy ?? false, failureRate: options.authFailureRate ?? defaultAuthFailureRate });
  const limitWrites = limitPerApiKey(options.writeRate ?? defaultWriteRate);
  registerPublishingRoutes(app, { authenticate, limitWrites });
  if (options.readOnly) app.on("POST", ["/v1/submissions", "/v1/submissions/*"], refuseWrites);
  registerSubmissionRoutes(app, {
    authenticate,
    limitWrites,
    trustProxy: options.trustProxy ?? false,
    rate: options.submissionRate ?? defaultSubmissionRate,
    pendingPerRegion: options.pendingSubmissionsPerRegion ?? defaultPendingPerRegion,
  });
  registerRecordWriteRoutes(app, { authenticate, limitWrites });
  registerImportRoutes(app, { authenticate, limitWrites });
  registerChangeRoutes(app, { authenticate });
  registerKeyRoutes(app, { authenticate, limitWrites });
  registerHistoryRoutes(app, { authenticate });
  registerCollectionRoutes(app, answers);
  registerFragmentRoute(app, answers);
  // Any other method elsewhere is answered, not ignored.
  app.on(["POST", "PUT", "PATCH", "DELETE"], ["/v1", "/v1/*"], (c) => {
    c.header("Allow", "GET, HEAD, OPTIONS");
    return problemResponse(c, 405, `${c.req.method} is not supported at ${c.req.path}.`);
  });
  if (options.static) {
    if ("/console/" in options.static) redirectToConsole(app);
    mountStatic(app, options.static, answers);
  }

  app.notFound((c) => problemResponse(c, 404, `No resource at ${c.req.path}.`));
  app.onError((error, c) => {
    const unavailable = storageErrorResponse(c, error);
    if (unavailable) return unavailable;
    console.error(`[${c.get("requestId")}]`, error);
    return problemResponse(c, 500, "The server failed to answer this request.");
  });
  return { app, directReads: directReads(db, answers, { hsts: options.hsts ?? false }) };
}
