import { createHash } from "node:crypto";
import { type CollectionName, collections, createBodyOf, patchBodyOf } from "@chanjiao/sdk";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { keepAnswer, priorAnswer } from "../db/idempotency.js";
import { editorsKeep } from "../db/keepers.js";
import { createRecord, removeRecord, updateRecord, type WriteOutcome } from "../db/record-writes.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { readJsonBody } from "../http/json-body.js";
import { problemResponse } from "../http/problem.js";
import { idempotencyKeyPattern, limitBody, writeResponse } from "../http/write-answers.js";

const jsonType = "application/json; charset=utf-8";

/** Collections written through these routes: every one but talent demand, which publishers write through routes of its own. */
export const recordWriteCollections = (Object.keys(collections) as CollectionName[]).filter((name) => name !== "talentDemand");

/** The answer to a write's outcome, the same for every collection. */
function answer(c: Context<WriteEnv>, collection: CollectionName, outcome: WriteOutcome): Response {
  const path = collections[collection].path;
  switch (outcome.kind) {
    case "created":
      return c.body(outcome.data, 201, { "Content-Type": jsonType, Location: `/v1/${path}/${encodeURIComponent(outcome.id)}`, ETag: outcome.etag });
    case "updated":
      return c.body(outcome.data, 200, { "Content-Type": jsonType, ETag: outcome.etag });
    case "removed":
      return c.body(null, 204);
    case "invalid":
      return problemResponse(c, 422, "The record does not match the contract.", outcome.errors);
    case "forbidden":
      return problemResponse(c, 403, outcome.detail);
    case "not-found":
      return problemResponse(c, 404, `No record with id ${JSON.stringify(c.req.param("id"))} in /v1/${path}.`);
    case "conflict":
      return problemResponse(c, 409, outcome.detail, outcome.errors);
    case "exists":
      return problemResponse(c, 409, `A record with id ${JSON.stringify(outcome.id)} already exists in /v1/${path}; change it with PATCH.`);
    case "stale":
      c.header("ETag", outcome.etag);
      return problemResponse(c, 412, "The record changed since this ETag was read; read it again and reapply the change.");
  }
}

function requireIfMatch(c: Context<WriteEnv>): string | Response {
  return c.req.header("If-Match") ?? problemResponse(c, 428, "Send the record's ETag in If-Match, so that a concurrent change is not overwritten.");
}

/**
 * `POST /v1/<collection>` (create, with `Idempotency-Key`), `PATCH /v1/<collection>/{id}` and
 * `DELETE /v1/<collection>/{id}` (with `If-Match`) for every collection but talent demand. Each
 * write is one transaction: the body against the contract, references and the writer's right to
 * the record; the record stored; the change logged; the data version advanced.
 */
export function registerRecordWriteRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv>; limitWrites: MiddlewareHandler<WriteEnv> }): void {
  const guard = [writeResponse, limitBody, options.authenticate, options.limitWrites] as const;
  for (const collection of recordWriteCollections) {
    const { path, schema } = collections[collection];
    const createBody = createBodyOf(schema);
    const patchBody = patchBodyOf(schema);
    // Middleware per route, not `use`: mounted under the collection's path, `use` would also guard its public reads.
    const writes = new Hono<WriteEnv>();
    // An editor learns it may not write reference data before anything is read of its body.
    const keptByEditors: MiddlewareHandler<WriteEnv> = async (c, next) => {
      if (c.get("apiKey").role !== "admin" && !editorsKeep(collection)) return problemResponse(c, 403, `/v1/${path} is reference data: only an admin key writes it.`);
      await next();
    };

    writes.post("/", ...guard, keptByEditors, async (c) => {
      const idempotencyKey = c.req.header("Idempotency-Key");
      if (idempotencyKey !== undefined && !idempotencyKeyPattern.test(idempotencyKey)) return problemResponse(c, 400, "Idempotency-Key must be 1 to 255 visible ASCII characters.");
      const body = await readJsonBody(c, createBody);
      if (!body.ok) return body.response;
      const writer = apiWriter(c);
      const idempotency = idempotencyKey === undefined ? null : { key: idempotencyKey, requestHash: createHash("sha256").update(`${collection} ${body.text}`).digest("hex") };
      const outcome = await c.get("db").transaction().execute(async (trx) => {
        const prior = idempotency && (await priorAnswer(trx, writer.organisationId, idempotency.key, idempotency.requestHash));
        if (prior) return prior;
        const written = await createRecord(trx, writer, collection, body.data as Record<string, unknown>);
        if (idempotency && written.kind === "created") await keepAnswer(trx, writer.organisationId, idempotency, { id: written.id, status: 201, data: written.data, etag: written.etag });
        return written;
      });
      if (outcome.kind === "key-reused") return problemResponse(c, 422, "This Idempotency-Key was already used with a different body; use a new key for a new record.");
      if (outcome.kind === "replayed") {
        return c.body(outcome.data, outcome.status as ContentfulStatusCode, { "Content-Type": jsonType, Location: `/v1/${path}/${encodeURIComponent(outcome.id)}`, ETag: outcome.etag, "Idempotent-Replayed": "true" });
      }
      return answer(c, collection, outcome);
    });

    writes.patch("/:id", ...guard, keptByEditors, async (c) => {
      const ifMatch = requireIfMatch(c);
      if (ifMatch instanceof Response) return ifMatch;
      const body = await readJsonBody(c, patchBody);
      if (!body.ok) return body.response;
      const outcome = await c.get("db").transaction().execute((trx) => updateRecord(trx, apiWriter(c), collection, c.req.param("id"), body.data as Record<string, unknown>, ifMatch));
      return answer(c, collection, outcome);
    });

    writes.delete("/:id", ...guard, keptByEditors, async (c) => {
      const ifMatch = requireIfMatch(c);
      if (ifMatch instanceof Response) return ifMatch;
      const outcome = await c.get("db").transaction().execute((trx) => removeRecord(trx, apiWriter(c), collection, c.req.param("id"), ifMatch));
      return answer(c, collection, outcome);
    });

    app.route(`/v1/${path}`, writes);
  }
}
