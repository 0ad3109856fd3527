import { type CollectionName, collections, ConsortiumCounts, consortiumCounts, DemandAggregateQuery, Problem, SupplyAggregateQuery, TalentAggregate } from "@chanjiao/sdk";
import { MajorSignals, majorSignals, TalentDemandCreate, TalentDemandPatch, TalentGaps, talentGaps } from "@chanjiao/sdk";
import * as z from "zod/mini";
import { problemTypes } from "./http/problem.js";

type JsonSchema = Record<string, unknown>;

/** A JSON Schema of a contract schema, as OpenAPI 3.1 embeds it (without its own `$schema`). */
function jsonSchema(schema: z.core.$ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** Query parameters from a filter schema: each property of its input JSON Schema. */
function queryParameters(filters: z.ZodMiniObject) {
  const schema = jsonSchema(filters, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const problemRef = { $ref: "#/components/responses/Problem" };
const json = (schema: object) => ({ "application/json": { schema } });
const readHeaders = {
  ETag: { description: "Strong validator of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { schema: { type: "string" } },
  "X-Request-Id": { schema: { type: "string" } },
};
/** The component name of a collection's record: `majorCategories` → `MajorCategory`. */
const schemaName = (name: CollectionName) =>
  (name.charAt(0).toUpperCase() + name.slice(1)).replace(/ies$/, "y").replace(/ia$/, "ium").replace(/s$/, "");

/**
 * The OpenAPI 3.1 document of the API, generated from the contract: record schemas, filter
 * parameters and responses all come from the same zod schemas the server validates with.
 */
export function buildOpenApiDocument(serverUrl = "/v1") {
  const schemas: Record<string, JsonSchema> = { Problem: jsonSchema(Problem), TalentAggregate: jsonSchema(TalentAggregate), ConsortiumCounts: jsonSchema(ConsortiumCounts) };
  const paths: Record<string, object> = {};
  for (const [name, collection] of Object.entries(collections) as Array<[CollectionName, (typeof collections)[CollectionName]]>) {
    const recordName = schemaName(name);
    schemas[recordName] = jsonSchema(collection.schema);
    schemas[`${recordName}Page`] = {
      type: "object",
      properties: { items: { type: "array", items: ref(recordName) }, nextCursor: { type: ["string", "null"] } },
      required: ["items", "nextCursor"],
      additionalProperties: false,
    };
    paths[`/${collection.path}`] = {
      get: {
        operationId: `list${recordName}`,
        tags: [collection.path],
        summary: `List ${collection.path}`,
        parameters: queryParameters(collection.filters),
        responses: {
          200: { description: "A page of records, ordered by id.", headers: readHeaders, content: json(ref(`${recordName}Page`)) },
          304: { description: "Not modified (the If-None-Match ETag matches)." },
          400: problemRef,
        },
      },
    };
    paths[`/${collection.path}/{id}`] = {
      get: {
        operationId: `get${recordName}`,
        tags: [collection.path],
        summary: `Get one record of ${collection.path}`,
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          200: { description: "The record.", headers: readHeaders, content: json(ref(recordName)) },
          304: { description: "Not modified (the If-None-Match ETag matches)." },
          404: problemRef,
        },
      },
    };
  }
  for (const [path, query, measure] of [
    ["talent-demand", DemandAggregateQuery, "Demand"],
    ["talent-supply", SupplyAggregateQuery, "Supply"],
  ] as const) {
    paths[`/${path}/aggregate`] = {
      get: {
        operationId: `aggregate${measure}`,
        tags: [path],
        summary: `Totals of ${path} per group, over the filtered records`,
        parameters: queryParameters(query),
        responses: {
          200: { description: "Totals per group.", headers: readHeaders, content: json(ref("TalentAggregate")) },
          304: { description: "Not modified (the If-None-Match ETag matches)." },
          400: problemRef,
        },
      },
    };
  }
  paths[`/${consortiumCounts.path}`] = {
    get: {
      operationId: "countConsortia",
      tags: ["consortia"],
      summary: "Consortia per province and city, by kind; industry communities count in every province of their lead and council organisations",
      parameters: queryParameters(consortiumCounts.query),
      responses: {
        200: { description: "Counts per province (all provinces, zeros included) and per city.", headers: readHeaders, content: json(ref("ConsortiumCounts")) },
        304: { description: "Not modified (the If-None-Match ETag matches)." },
        400: problemRef,
        404: problemRef,
      },
    },
  };
  Object.assign(schemas, talentSchemas());
  addTalentPaths(paths);
  return {
    openapi: "3.1.0",
    info: {
      title: "Chanjiao open data API",
      version: "1.0.0",
      description:
        "Open data of the modern vocational education system reform (中办发〔2022〕65号). Every record names its source; generated figures carry `sample: true`. Errors are RFC 9457 problem details; problem types: " +
        Object.values(problemTypes)
          .map((problem) => problem.type)
          .join(", "),
    },
    servers: [{ url: serverUrl }],
    paths,
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key made with `chanjiao-server keys create`." } },
      schemas,
      responses: { Problem: { description: "Problem details (RFC 9457).", content: { "application/problem+json": { schema: ref("Problem") } } } },
    },
  };
}

function talentSchemas(): Record<string, JsonSchema> {
  return {
    TalentGaps: jsonSchema(TalentGaps),
    MajorSignals: jsonSchema(MajorSignals),
    TalentDemandCreate: jsonSchema(TalentDemandCreate, "input"),
    TalentDemandPatch: jsonSchema(TalentDemandPatch, "input"),
  };
}

/** The gaps and signals reads, and the writes of talent demand with their auth and preconditions. */
function addTalentPaths(paths: Record<string, object>): void {
  const notModified = { description: "Not modified (the If-None-Match ETag matches)." };
  const read = (operationId: string, summary: string, query: z.ZodMiniObject, schema: string) => ({
    get: {
      operationId,
      tags: ["talent"],
      summary,
      parameters: queryParameters(query),
      responses: { 200: { description: summary, headers: readHeaders, content: json(ref(schema)) }, 304: notModified, 400: problemRef },
    },
  });
  paths[`/${talentGaps.path}`] = read("talentGaps", "Talent demand against supply per group, with the trend per period", talentGaps.query, "TalentGaps");
  paths[`/${majorSignals.path}`] = read("majorSignals", "Major categories in persistent shortage or surplus over the last periods", majorSignals.query, "MajorSignals");

  const security = [{ apiKey: [] }];
  const etagHeader = { ETag: { description: "The posting's version; send it in If-Match to change it.", schema: { type: "string" } } };
  const ifMatch = { name: "If-Match", in: "header", required: true, description: "The ETag of the posting as last read.", schema: { type: "string" } };
  const id = { name: "id", in: "path", required: true, schema: { type: "string" } };
  const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((status) => [status, problemRef]));
  const changed = { description: "The changed posting.", headers: etagHeader, content: json(ref("TalentDemand")) };
  const change = (operationId: string, summary: string, requestBody?: object) => ({
    operationId,
    tags: ["talent-demand"],
    summary,
    security,
    parameters: [id, ifMatch],
    ...(requestBody ? { requestBody } : {}),
    responses: { 200: changed, ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 503) },
  });
  paths["/talent-demand"] = {
    ...paths["/talent-demand"],
    post: {
      operationId: "createTalentDemand",
      tags: ["talent-demand"],
      summary: "Publish a talent demand posting for the organisation of the API key",
      security,
      parameters: [
        {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          description: "A retry with the same key and body returns the first answer (with `Idempotent-Replayed: true`) instead of a second posting.",
          schema: { type: "string", minLength: 1, maxLength: 255 },
        },
      ],
      requestBody: { required: true, content: json(ref("TalentDemandCreate")) },
      responses: {
        201: { description: "The posting.", headers: { ...etagHeader, Location: { schema: { type: "string" } } }, content: json(ref("TalentDemand")) },
        ...problems(400, 401, 413, 415, 422, 429, 503),
      },
    },
  };
  paths["/talent-demand/{id}"] = {
    ...paths["/talent-demand/{id}"],
    patch: change("updateTalentDemand", "Change fields of a posting", { required: true, content: json(ref("TalentDemandPatch")) }),
  };
  paths["/talent-demand/{id}/withdraw"] = { post: change("withdrawTalentDemand", "Withdraw a posting: it stays listed with status withdrawn and no longer counts as demand") };
}
