import * as z from "zod/mini";

export type JsonSchema = Record<string, unknown>;

/** A JSON Schema of a contract schema, as OpenAPI 3.1 embeds it (without its own `$schema`). */
export function jsonSchema(schema: z.core.$ZodType, io: "input" | "output" = "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

/** Query parameters from a filter schema: each property of its input JSON Schema. */
export function queryParameters(filters: z.ZodMiniObject) {
  const schema = jsonSchema(filters, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: schema.required?.includes(name) ?? false,
    schema: property,
  }));
}

/** The path parameters a path template names: `/talent-demand/{id}` → `id`, a string. */
export function pathParameters(path: string) {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name: name!, in: "path", required: true, schema: { type: "string" } }));
}
