import { createHash } from "node:crypto";
import { CatalogueLevel, TalentDemandCreate, TalentDemandPatch } from "@chanjiao/sdk";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { createDemand, type DemandChange, demandEtag, getDemandRow, removeDemand, type RemoveOutcome, type UpdateOutcome, updateDemand } from "../db/demand-writes.js";
import type { Database } from "../db/open.js";
import { classOfRecordFaults, faultErrors } from "../db/catalogue-structure.js";
import { getRecord, recordExists } from "../db/query.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { type BodyCheck, readJsonBody } from "../http/json-body.js";
import { idempotencyKeyPattern, limitBody, writeResponse } from "../http/write-answers.js";
import { problemResponse } from "../http/problem.js";
import type { ParameterError } from "../http/query.js";

const jsonType = "application/json; charset=utf-8";
const recordPath = (id: string) => `/v1/talent-demand/${encodeURIComponent(id)}`;

/**
 * References a body makes that the database must hold, where given as text (a posting's, a
 * submission's): the region, the major category, and the 专业类, which must be the catalogue's at
 * the body's level and in its category (a patch naming only some of them is checked whole when written).
 */
export function referenceCheck(db: Database): BodyCheck {
  return async (value) => {
    const body = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
    const errors: ParameterError[] = [];
    if (typeof body.region === "string" && !(await recordExists(db, "regions", body.region))) {
      errors.push({ path: "region", message: "is not a known region" });
    }
    if (typeof body.majorCategoryId === "string" && !(await recordExists(db, "majorCategories", body.majorCategoryId))) {
      errors.push({ path: "majorCategoryId", message: "is not a known major category" });
    }
    const { classCode, level, majorCategoryId } = body;
    const known = (CatalogueLevel.options as readonly unknown[]).includes(level);
    if (typeof classCode === "string" && known && typeof majorCategoryId === "string" && !errors.length) {
      const faults = await classOfRecordFaults({ data: (collection, id) => getRecord(db, collection, id) }, { classCode, level: level as CatalogueLevel, majorCategoryId });
      errors.push(...faultErrors(faults));
    }
    return errors;
  };
}

async function createPosting(c: Context<WriteEnv>): Promise<Response> {
  const idempotencyKey = c.req.header("Idempotency-Key");
  if (idempotencyKey !== undefined && !idempotencyKeyPattern.test(idempotencyKey)) {
    return problemResponse(c, 400, "Idempotency-Key must be 1 to 255 visible ASCII characters.");
  }
  const db = c.get("db");
  const body = await readJsonBody(c, TalentDemandCreate, referenceCheck(db));
  if (!body.ok) return body.response;
  const requestHash = createHash("sha256").update(body.text).digest("hex");
  const outcome = await createDemand(db, apiWriter(c), body.data, idempotencyKey === undefined ? null : { key: idempotencyKey, requestHash });
  if (outcome.kind === "key-reused") {
    return problemResponse(c, 422, "This Idempotency-Key was already used with a different body; use a new key for a new posting.");
  }
  const headers: Record<string, string> = { "Content-Type": jsonType, Location: recordPath(outcome.id), ETag: outcome.etag };
  if (outcome.kind === "created") return c.body(outcome.data, 201, headers);
  headers["Idempotent-Replayed"] = "true";
  return c.body(outcome.data, outcome.status as ContentfulStatusCode, headers);
}

const requireIfMatch = (c: Context<WriteEnv>) =>
  c.req.header("If-Match") ?? problemResponse(c, 428, "Send the posting's ETag in If-Match, so that a concurrent change is not overwritten.");

async function changePosting(c: Context<WriteEnv>, change: (c: Context<WriteEnv>) => Promise<DemandChange | Response>): Promise<Response> {
  const ifMatch = requireIfMatch(c);
  if (ifMatch instanceof Response) return ifMatch;
  const requested = await change(c);
  if (requested instanceof Response) return requested;
  return answer(c, await updateDemand(c.get("db"), c.req.param("id")!, apiWriter(c), ifMatch, requested));
}

/** `DELETE /v1/talent-demand/{id}`: the posting leaves lists, gaps and signals at once; the change feed keeps a tombstone. */
async function removePosting(c: Context<WriteEnv>): Promise<Response> {
  const ifMatch = requireIfMatch(c);
  if (ifMatch instanceof Response) return ifMatch;
  return answer(c, await removeDemand(c.get("db"), c.req.param("id")!, apiWriter(c), ifMatch));
}

function answer(c: Context<WriteEnv>, outcome: UpdateOutcome | RemoveOutcome): Response {
  const id = c.req.param("id")!;
  switch (outcome.kind) {
    case "not-found":
      return problemResponse(c, 404, `No record with id ${JSON.stringify(id)} in /v1/talent-demand.`);
    case "forbidden":
      return problemResponse(c, 403, "This posting belongs to another organisation.");
    case "withdrawn":
      return problemResponse(c, 409, "This posting is withdrawn and can no longer change.");
    case "stale":
      if (outcome.etag) c.header("ETag", outcome.etag);
      return problemResponse(c, 412, "The posting changed since this ETag was read; read it again and reapply the change.");
    case "invalid":
      return problemResponse(c, 422, "The posting this change would leave does not match the contract.", outcome.errors);
    case "updated":
      return c.body(outcome.data, 200, { "Content-Type": jsonType, ETag: outcome.etag });
    case "removed":
      return c.body(null, 204);
  }
}

async function patchBody(c: Context<WriteEnv>): Promise<DemandChange | Response> {
  const body = await readJsonBody(c, TalentDemandPatch, referenceCheck(c.get("db")));
  return body.ok ? { patch: body.data } : body.response;
}

/**
 * Publishing talent demand (clause 4's 人才需求发布制度): `POST /v1/talent-demand`,
 * `PATCH /v1/talent-demand/{id}`, `POST /v1/talent-demand/{id}/withdraw` and
 * `DELETE /v1/talent-demand/{id}`, each signed with an
 * organisation's API key; and `GET /v1/talent-demand/{id}` with the ETag those writes expect.
 * Register before the collection routes, which would otherwise answer the GET. `authenticate`
 * checks the key; `limitWrites` runs once the key is known good (the per-key rate limit).
 */
export function registerPublishingRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv>; limitWrites: MiddlewareHandler<WriteEnv> }): void {
  app.get("/v1/talent-demand/:id", async (c) => {
    const id = c.req.param("id");
    const row = await getDemandRow(c.get("db"), id);
    if (!row) return problemResponse(c, 404, `No record with id ${JSON.stringify(id)} in /v1/talent-demand.`);
    return c.body(row.data, 200, { "Content-Type": jsonType, "Cache-Control": readCacheControl, ETag: demandEtag(row.version, row.data) });
  });

  // Middleware per route, not `use`: mounted under the collection's path, `use` would also guard its public reads.
  const writes = new Hono<WriteEnv>();
  const { authenticate, limitWrites } = options;
  writes.post("/", writeResponse, limitBody, authenticate, limitWrites, createPosting);
  writes.patch("/:id", writeResponse, limitBody, authenticate, limitWrites, (c) => changePosting(c, patchBody));
  writes.post("/:id/withdraw", writeResponse, limitBody, authenticate, limitWrites, (c) => changePosting(c, async () => ({ status: "withdrawn" })));
  writes.delete("/:id", writeResponse, limitBody, authenticate, limitWrites, removePosting);
  app.route("/v1/talent-demand", writes);
}
