import { type CollectionName, collections } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { getRecord, listRecords } from "../db/query.js";
import { recordEtag } from "../db/record-writes.js";
import type { AnswerCache } from "../http/answer-cache.js";
import { decodeCursor, encodeCursor } from "../http/cursor.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const defaultLimit = 50;

/**
 * `GET /v1/<path>` (a page of records) and `GET /v1/<path>/{id}` (one record) for every collection,
 * answered from memory while the data version stays the same.
 */
export function registerCollectionRoutes(app: Hono<AppEnv>, answers: AnswerCache): void {
  for (const name of Object.keys(collections) as CollectionName[]) {
    const { path, filters } = collections[name];

    app.get(`/v1/${path}`, answers.forCollectionPage(path, filters), async (c) => {
      const query = parseQuery(c, filters);
      if (!query.ok) return problemResponse(c, 400, `The query of /v1/${path} is not valid.`, query.errors);
      const { cursor, limit, ...rest } = query.data as { cursor?: string; limit?: number } & Record<string, string | number | undefined>;
      const afterId = cursor === undefined ? null : decodeCursor(cursor);
      if (cursor !== undefined && afterId === null) {
        return problemResponse(c, 400, "The cursor is not one this server issued.", [{ path: "cursor", message: "is not a valid cursor" }]);
      }
      const pageSize = limit ?? defaultLimit;
      const { rows, more } = await listRecords(c.get("db"), name, rest, { afterId, limit: pageSize });
      const nextCursor = more ? JSON.stringify(encodeCursor(rows.at(-1)!.id)) : "null";
      // Records are stored as validated JSON text, so the page is assembled without re-parsing them.
      const body = `{"items":[${rows.map((row) => row.data).join(",")}],"nextCursor":${nextCursor}}`;
      return c.body(body, 200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": readCacheControl });
    });

    app.get(`/v1/${path}/:id`, answers.forRecord(), async (c) => {
      const id = c.req.param("id");
      const data = await getRecord(c.get("db"), name, id);
      if (data === undefined) return problemResponse(c, 404, `No record with id ${JSON.stringify(id)} in /v1/${path}.`);
      return c.body(data, 200, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": readCacheControl, ETag: recordEtag(data) });
    });
  }
}
