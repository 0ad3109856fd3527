import { type CollectionName, collections, DemandAggregateQuery, Problem, SupplyAggregateQuery, TalentAggregate } from "@chanjiao/sdk";
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
  const schemas: Record<string, JsonSchema> = { Problem: jsonSchema(Problem), TalentAggregate: jsonSchema(TalentAggregate) };
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
      schemas,
      responses: { Problem: { description: "Problem details (RFC 9457).", content: { "application/problem+json": { schema: ref("Problem") } } } },
    },
  };
}
