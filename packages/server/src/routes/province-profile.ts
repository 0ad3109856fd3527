import { provinceProfile } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { computeProvinceProfile } from "../db/province-profile.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const path = `/v1/${provinceProfile.path}`;

/** `GET /v1/province-profile?province={code}`: a province's reform records and figures in one answer. */
export function registerProvinceProfileRoute(app: Hono<AppEnv>): void {
  app.get(path, async (c) => {
    const query = parseQuery(c, provinceProfile.query);
    if (!query.ok) return problemResponse(c, 400, `The query of ${path} is not valid.`, query.errors);
    const body = await computeProvinceProfile(c.get("db"), query.data.province);
    if (body === undefined) return problemResponse(c, 404, `No province with code ${JSON.stringify(query.data.province)}.`);
    return c.json(body, 200, { "Cache-Control": readCacheControl });
  });
}
