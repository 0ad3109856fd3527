import { ApiKey, ApiKeyCreate, ApiKeyList, CreatedApiKey, type CollectionName, collections, ImportTemplateQuery, RecordHistory, Session } from "@chanjiao/sdk";
import { importCollections } from "../routes/imports.js";
import type { ReadDescription } from "./describe-read.js";
import type { WriteDescription } from "./describe-write.js";
import { recordSchemaName } from "./records.js";

/** The reads of the keepers' console: who a key is, the keys, each record's history, import templates (src/routes/keys.ts, history.ts, imports.ts). */
export function keepingReads(): ReadDescription[] {
  const signed = { signed: true, tag: "keys" } as const;
  return [
    {
      ...signed,
      path: "/me",
      operationId: "getSession",
      summary: "Who the API key is: the key (never its secret), its organisation and the collections it may write",
      description: "Any live key. Answered with `Cache-Control: no-store`.",
      answer: { description: "The key's session.", schema: { name: "Session", schema: Session } },
      problems: [401, 429],
    },
    {
      ...signed,
      path: "/keys",
      operationId: "listApiKeys",
      summary: "Every API key, oldest first, never with its secret",
      description: "For admin keys only (403 for an editor key).",
      answer: { description: "The keys.", schema: { name: "ApiKeyList", schema: ApiKeyList } },
      problems: [401, 403, 429],
    },
    ...(Object.keys(collections) as CollectionName[]).map(
      (name): ReadDescription => ({
        signed: true,
        tag: collections[name].path,
        path: `/${collections[name].path}/{id}/history`,
        operationId: `get${recordSchemaName(name)}History`,
        summary: "A record's writes from the audit trail, newest first: when, by whom, through which door, which fields",
        description:
          "For admin keys, and for editor keys of the organisation that keeps the record (403 otherwise). Field names only, never values; an editor sees the organisation and key prefix of its own organisation's writes, and only the role of others'. Answered with `Cache-Control: no-store`.",
        answer: { description: "The record's history.", schema: { name: "RecordHistory", schema: RecordHistory } },
        problems: [400, 401, 403, 404, 429],
      }),
    ),
    ...importCollections.map(
      (name): ReadDescription => ({
        signed: true,
        tag: collections[name].path,
        path: `/${collections[name].path}/imports/template`,
        operationId: `get${recordSchemaName(name)}ImportTemplate`,
        summary: "The empty import file of the collection, with column names in a language",
        description: "As xlsx it also holds a sheet per nested list, a guide sheet explaining every column and an example from the data; as CSV, the header row.",
        query: ImportTemplateQuery,
        answer: {
          description: "The template, as an attachment.",
          schema: { name: "ImportTemplate", schema: { type: "string" } },
          mediaTypes: ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        },
        problems: [400, 401, 429],
      }),
    ),
  ];
}

/** The key writes of admin keys: src/routes/keys.ts. */
export const keyWrites: WriteDescription[] = [
  {
    method: "post",
    path: "/keys",
    operationId: "createApiKey",
    tag: "keys",
    summary: "Make an API key for an organisation; the secret is in this answer only",
    description: "For admin keys only. The secret is stored as a hash and cannot be read again.",
    body: { name: "ApiKeyCreate", schema: ApiKeyCreate },
    answer: { status: 201, description: "The key's secret and the key as listed.", schema: { name: "CreatedApiKey", schema: CreatedApiKey } },
    problems: [403],
  },
  {
    method: "delete",
    path: "/keys/{id}",
    operationId: "revokeApiKey",
    tag: "keys",
    summary: "Revoke an API key: requests signed with it get 401 from now on",
    description: "For admin keys only. The key stays listed, with the time it was revoked.",
    answer: { status: 200, description: "The key as listed.", schema: { name: "ApiKey", schema: ApiKey } },
    problems: [403, 404],
  },
];
