import { consortiumCounts } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { countConsortia } from "../db/consortium-counts.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const path = `/v1/${consortiumCounts.path}`;

/** `GET /v1/consortia/counts`: consortia per province and city, by kind, for maps. Register before `/v1/consortia/{id}`. */
export function registerConsortiumCountsRoute(app: Hono<AppEnv>): void {
  app.get(path, async (c) => {
    const query = parseQuery(c, consortiumCounts.query);
    if (!query.ok) return problemResponse(c, 400, `The query of ${path} is not valid.`, query.errors);
    const body = await countConsortia(c.get("db"), query.data);
    if (body === undefined) return problemResponse(c, 404, `No province with code ${JSON.stringify(query.data.province)}.`);
    return c.json(body, 200, { "Cache-Control": readCacheControl });
  });
}
