import type * as z from "zod/mini";
import type { ProblemStatus } from "../http/problem.js";
import { apiKeyScheme, type Components, type NamedSchema } from "./components.js";
import { pathParameters, queryParameters } from "./json-schema.js";

/** A read: `GET` of a path, with its filters and the schema of its answer. */
export interface ReadDescription {
  /** The path under the server URL, such as `/talent-demand/{id}`. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  /** Signed with an API key (`GET /audit`); public (`security: []`) when omitted. */
  signed?: boolean;
  /** False for a read that never touches the store (the index, this document), so that it never answers 503. */
  readsStore?: boolean;
  /** The filters, as query parameters. */
  query?: z.ZodMiniObject;
  /** The answer: JSON of a schema, or a file in one of `mediaTypes`. */
  answer: { description: string; schema: NamedSchema; mediaTypes?: readonly string[] };
  /** The problems of this read besides 503, which every read of the store may answer when it is out of reach. */
  problems: ProblemStatus[];
}

const readHeaders = {
  ETag: { description: "Strong validator of the body; send it back in If-None-Match.", schema: { type: "string" } },
  "Cache-Control": { description: "How long the answer may be reused.", schema: { type: "string" } },
  "X-Request-Id": { description: "The id of the request, as the server logs it.", schema: { type: "string" } },
};

/** The operation of a read: open to everyone (`security: []`) unless signed, revalidated with ETags. */
export function describeRead(components: Components, read: ReadDescription): object {
  const problems = [...new Set<ProblemStatus>([...read.problems, ...(read.readsStore === false ? [] : [503 as const])])].sort((a, b) => a - b);
  return {
    operationId: read.operationId,
    tags: [read.tag],
    summary: read.summary,
    ...(read.description ? { description: read.description } : {}),
    security: read.signed ? [{ [apiKeyScheme]: [] }] : [],
    parameters: [...pathParameters(read.path), ...(read.query ? queryParameters(read.query) : [])],
    responses: {
      200: {
        description: read.answer.description,
        headers: readHeaders,
        content: read.answer.mediaTypes
          ? Object.fromEntries(read.answer.mediaTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]))
          : { "application/json": { schema: components.schema(read.answer.schema) } },
      },
      304: { description: "Not modified (the If-None-Match ETag matches)." },
      ...Object.fromEntries(problems.map((status) => [status, components.problem(status)])),
    },
  };
}
