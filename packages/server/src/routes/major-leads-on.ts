import { majorLeadsOn } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { leadsOn } from "../db/leads-on.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const path = `/v1/${majorLeadsOn.path}`;

/** `GET /v1/majors/leads-on?code=`: the majors a major leads on to. Register before `/v1/majors/{id}`. */
export function registerMajorLeadsOnRoute(app: Hono<AppEnv>): void {
  app.get(path, async (c) => {
    const query = parseQuery(c, majorLeadsOn.query);
    if (!query.ok) return problemResponse(c, 400, `The query of ${path} is not valid.`, query.errors);
    const body = await leadsOn(c.get("db"), query.data.code);
    if (body === undefined) return problemResponse(c, 404, `No major with code ${JSON.stringify(query.data.code)}.`);
    return c.json(body, 200, { "Cache-Control": readCacheControl });
  });
}
