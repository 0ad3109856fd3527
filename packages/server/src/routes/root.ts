import { collections } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { type AppEnv, readCacheControl } from "../http/env.js";

/** `GET /v1`: an index of the collections and documents of the API. */
export function registerRootRoute(app: Hono<AppEnv>): void {
  app.get("/v1", (c) =>
    c.json(
      {
        name: "Chanjiao open data API",
        openapi: "/v1/openapi.json",
        collections: Object.entries(collections).map(([name, { path }]) => ({ name, path: `/v1/${path}` })),
        aggregates: ["/v1/talent-demand/aggregate", "/v1/talent-supply/aggregate", "/v1/consortia/counts", "/v1/majors/leads-on", "/v1/talent/gaps", "/v1/talent/signals", "/v1/province-profile"],
      },
      200,
      { "Cache-Control": readCacheControl },
    ),
  );
}
