import { Problem } from "@chanjiao/sdk";
import type * as z from "zod/mini";
import type { ProblemStatus } from "../http/problem.js";
import { type JsonSchema, jsonSchema } from "./json-schema.js";
import { problemRef, problemResponses } from "./problems.js";

/** A schema under a component name: a contract (zod) schema, or a JSON Schema written here. */
export interface NamedSchema {
  name: string;
  schema: z.core.$ZodType | JsonSchema;
}

/** The security scheme writes require, by its key in `components.securitySchemes`. */
export const apiKeyScheme = "apiKey";

const securitySchemes = {
  [apiKeyScheme]: {
    type: "http",
    scheme: "bearer",
    bearerFormat: "cjk_…",
    description: "An organisation's API key (`cjk_…`), made by an operator with `chanjiao-server keys create`; send `Authorization: Bearer <key>`.",
  },
};

const isContractSchema = (schema: NamedSchema["schema"]): schema is z.core.$ZodType => "_zod" in schema;

/**
 * What operations refer to under `#/components`, gathered while they are described, so that the
 * document holds every schema and problem response it refers to and no other.
 */
export class Components {
  readonly #schemas = new Map<string, JsonSchema>();
  readonly #problems = new Set<ProblemStatus>();

  /** A reference to a named schema, added the first time it is named (contract schemas in their `io` form). */
  schema({ name, schema }: NamedSchema, io: "input" | "output" = "output"): { $ref: string } {
    if (!this.#schemas.has(name)) this.#schemas.set(name, isContractSchema(schema) ? jsonSchema(schema, io) : schema);
    return { $ref: `#/components/schemas/${name}` };
  }

  /** A reference to the problem response of a status, added the first time it is used. */
  problem(status: ProblemStatus): { $ref: string } {
    this.#problems.add(status);
    return problemRef(status);
  }

  toJSON() {
    const problemSchema = this.#problems.size ? this.schema({ name: "Problem", schema: Problem }) : undefined;
    return {
      securitySchemes,
      schemas: Object.fromEntries(this.#schemas),
      ...(problemSchema ? { responses: problemResponses(this.#problems, problemSchema) } : {}),
    };
  }
}
