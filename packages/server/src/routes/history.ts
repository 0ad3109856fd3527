import { type CollectionName, collections, Id } from "@chanjiao/sdk";
import { Hono, type MiddlewareHandler } from "hono";
import * as z from "zod/mini";
import { recordHistory } from "../db/record-history.js";
import type { WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { writeResponse } from "../http/write-answers.js";

/**
 * `GET /v1/<collection>/{id}/history`: a record's writes from the audit trail, newest first (who,
 * when, through which door, which fields), for admin keys and for the editor keys of the
 * organisation that keeps the record. Unlike `GET /v1/audit` it carries no values: only field names.
 */
export function registerHistoryRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv> }): void {
  for (const collection of Object.keys(collections) as CollectionName[]) {
    const { path } = collections[collection];
    const routes = new Hono<WriteEnv>();
    routes.get("/:id/history", writeResponse, options.authenticate, async (c) => {
      const id = c.req.param("id");
      if (!z.safeParse(Id, id).success) return problemResponse(c, 400, "The record id is not valid.", [{ path: "id", message: "must be 1 to 200 characters" }]);
      const key = c.get("apiKey");
      const items = await recordHistory(c.get("db"), collection, id, { role: key.role, organisationId: key.organisationId });
      if (items === null) return problemResponse(c, 404, `No record with id ${JSON.stringify(id)} in /v1/${path}, now or before.`);
      if (items === "forbidden") return problemResponse(c, 403, "This record is kept by another organisation: its history is not yours to read.");
      return c.json({ items });
    });
    app.route(`/v1/${path}`, routes);
  }
}
