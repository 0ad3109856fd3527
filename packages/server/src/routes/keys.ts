import { ApiKeyCreate, collections, type Session } from "@chanjiao/sdk";
import { Hono, type MiddlewareHandler } from "hono";
import { createApiKey, getApiKey, listApiKeys, revokeApiKey } from "../db/api-keys.js";
import { kindKeeps } from "../db/keepers.js";
import { mayReview } from "../db/submissions.js";
import { getRecord } from "../db/query.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { readJsonBody } from "../http/json-body.js";
import { problemResponse } from "../http/problem.js";
import { limitBody, writeResponse } from "../http/write-answers.js";
import { recordWriteCollections } from "./record-writes.js";

/** The collections a key may write, by path: every one for an admin key; for an editor, those an organisation of its kind keeps records of. */
const writablePaths = (role: string, kind: string) =>
  [...recordWriteCollections, "talentDemand" as const].filter((name) => role === "admin" || kindKeeps(kind, name)).map((name) => collections[name].path);

/** Refuses every key but an admin's, before anything else is read. */
const adminOnly: MiddlewareHandler<WriteEnv> = async (c, next) => {
  if (c.get("apiKey").role !== "admin") return problemResponse(c, 403, "API keys are managed with an admin key only.");
  await next();
};

/**
 * `GET /v1/me` (who a key is: any live key) and the API keys of every organisation for admin keys:
 * `GET /v1/keys`, `POST /v1/keys` (the secret is in this answer only) and `DELETE /v1/keys/{id}`
 * (revokes; the key stays listed). Nothing here is cached or offered to other origins: each answer is about the key that asks.
 */
export function registerKeyRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv>; limitWrites: MiddlewareHandler<WriteEnv> }): void {
  // Middleware per route, not `use`: mounted under /v1, `use` would also take hold of every public read.
  const routes = new Hono<WriteEnv>();

  routes.get("/me", writeResponse, options.authenticate, async (c) => {
    const db = c.get("db");
    const live = c.get("apiKey");
    const key = (await getApiKey(db, live.id))!;
    const data = await getRecord(db, "organisations", live.organisationId);
    const organisation = data === undefined ? { name: live.organisationId, kind: "" } : (JSON.parse(data) as { name: string; kind: string });
    const session: Session = {
      key,
      organisation: { id: live.organisationId, name: organisation.name },
      writes: writablePaths(live.role, organisation.kind),
      reviews: await mayReview(db, apiWriter(c)),
    };
    return c.json(session);
  });

  routes.get("/keys", writeResponse, options.authenticate, adminOnly, async (c) => c.json({ items: await listApiKeys(c.get("db")) }));

  routes.post("/keys", writeResponse, limitBody, options.authenticate, adminOnly, options.limitWrites, async (c) => {
    const db = c.get("db");
    const body = await readJsonBody(c, ApiKeyCreate, async (value) => {
      const organisationId = (value as { organisationId?: unknown } | null)?.organisationId;
      const known = typeof organisationId !== "string" || (await getRecord(db, "organisations", organisationId)) !== undefined;
      return known ? [] : [{ path: "organisationId", message: "is not a known record of /v1/organisations" }];
    });
    if (!body.ok) return body.response;
    const created = await createApiKey(db, { organisationId: body.data.organisationId, role: body.data.role, ...(body.data.name === undefined ? {} : { name: body.data.name }) });
    return c.json(created, 201, { Location: `/v1/keys/${encodeURIComponent(created.info.id)}` });
  });

  routes.delete("/keys/:id", writeResponse, options.authenticate, adminOnly, options.limitWrites, async (c) => {
    const db = c.get("db");
    const id = c.req.param("id");
    if ((await getApiKey(db, id)) === null) return problemResponse(c, 404, `No API key with id ${JSON.stringify(id)}.`);
    await revokeApiKey(db, id);
    return c.json((await getApiKey(db, id))!);
  });

  app.route("/v1", routes);
}
