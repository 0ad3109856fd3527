import { ChangesQuery, type CollectionName, collections } from "@chanjiao/sdk";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { collectionNamed } from "../collection-names.js";
import { publicChanges, readChangeLog, withCreatedStates } from "../db/changes.js";
import type { LoggedCollection } from "../db/record-writes.js";
import type { WriteEnv } from "../http/auth.js";
import type { AppEnv } from "../http/env.js";
import { readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const defaultLimit = 100;

/**
 * `GET /v1/changes` (public: every write in order, each record as it is now or a tombstone) and
 * `GET /v1/audit` (admin keys only: who wrote, through which door, and the record before and after).
 */
export function registerChangeRoutes(app: Hono<AppEnv>, options: { authenticate: MiddlewareHandler<WriteEnv> }): void {
  const read = async (c: Context<any>, path: "/v1/changes" | "/v1/audit") => {
    const query = parseQuery(c, ChangesQuery);
    if (!query.ok) return { problem: problemResponse(c, 400, `The query of ${path} is not valid.`, query.errors) };
    const { after = 0, collection: collectionPath, limit = defaultLimit } = query.data;
    const audit = path === "/v1/audit";
    const collection: LoggedCollection | undefined = collectionPath === undefined ? undefined : audit && collectionPath === "submissions" ? "submissions" : collectionNamed(collectionPath);
    if (collectionPath !== undefined && collection === undefined) {
      return { problem: problemResponse(c, 400, `The query of ${path} is not valid.`, [{ path: "collection", message: "is not a collection of this API" }]) };
    }
    const page = await readChangeLog(c.get("db"), { after, limit, public: !audit, ...(collection ? { collection } : {}) });
    return { page, after };
  };

  app.get("/v1/changes", async (c) => {
    const result = await read(c, "/v1/changes");
    if ("problem" in result) return result.problem;
    const { page, after } = result;
    const items = await publicChanges(c.get("db"), page.rows);
    return c.json({ items, next: items.at(-1)?.seq ?? after, more: page.more }, 200, { "Cache-Control": readCacheControl });
  });

  const audit = app as unknown as Hono<WriteEnv>;
  audit.get("/v1/audit", options.authenticate, async (c) => {
    c.header("Cache-Control", "no-store");
    if (c.get("apiKey").role !== "admin") return problemResponse(c, 403, "The audit trail is for admin keys only.");
    const result = await read(c, "/v1/audit");
    if ("problem" in result) return result.problem;
    const { page, after } = result;
    const items = (await withCreatedStates(c.get("db"), page.rows)).map((row) => ({
      seq: Number(row.seq),
      collection: collections[row.collection as CollectionName]?.path ?? row.collection,
      id: row.record_id,
      kind: row.kind,
      at: row.at,
      organisationId: row.organisation_id,
      keyId: row.key_id,
      via: row.via,
      before: row.before === null ? null : JSON.parse(row.before),
      after: row.after === null ? null : JSON.parse(row.after),
    }));
    return c.json({ items, next: items.at(-1)?.seq ?? after, more: page.more });
  });
}
