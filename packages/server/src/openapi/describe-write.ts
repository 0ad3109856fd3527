import type { ProblemStatus } from "../http/problem.js";
import { apiKeyScheme, type Components, type NamedSchema } from "./components.js";
import { pathParameters } from "./json-schema.js";
import type { Method } from "./paths.js";

/** A header of a request or response, as OpenAPI describes it. */
export interface Header {
  description: string;
  required?: boolean;
  schema: Record<string, unknown>;
}

/** A write: one row of the table the document's write operations are described from. */
export interface WriteDescription {
  method: Exclude<Method, "get">;
  /** The path under the server URL; the parameters its template names (`{id}`) are described from it. */
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  /** Taken without an API key (`security: []`, no 401), as a public form's submission is. */
  public?: boolean;
  /** What the write does and who may make it, at more length than the summary. */
  description?: string;
  /** The JSON body, in its input form; omitted for a write that takes none. */
  body?: NamedSchema;
  /** A file sent as the body, in one of these media types, instead of JSON. */
  upload?: { mediaTypes: readonly string[]; description: string };
  /** Request headers the write reads, such as `If-Match`. */
  headers?: Record<string, Header>;
  /** Query parameters the write reads, such as `dryRun`. */
  query?: Record<string, Header>;
  /** The success answer. */
  answer: { status: 200 | 201 | 202 | 204; description: string; schema?: NamedSchema; headers?: Record<string, Header> };
  /** The problems of this write besides those every write has and, with a body, those of reading it. */
  problems?: ProblemStatus[];
}

/** What every write may answer: no or a bad API key (401), the key's rate spent (429), the store read-only or out of reach (503). */
export const everyWriteProblems: readonly ProblemStatus[] = [401, 429, 503];
/** What reading a JSON body may answer: not JSON (400), too large (413), not sent as JSON (415), not the contract (422). */
export const bodyProblems: readonly ProblemStatus[] = [400, 413, 415, 422];
/** What reading an uploaded file may answer: too large (413), no media type (415), bad rows or not what it says (422). */
export const uploadProblems: readonly ProblemStatus[] = [413, 415, 422];

/** The operation of a write: signed with an organisation's API key unless public, with its body and every problem it may answer. */
export function describeWrite(components: Components, write: WriteDescription): object {
  const problems = new Set([...everyWriteProblems.filter((status) => !(write.public && status === 401)), ...(write.body ? bodyProblems : []), ...(write.upload ? uploadProblems : []), ...(write.problems ?? [])]);
  const headerParameters = Object.entries(write.headers ?? {}).map(([name, header]) => ({ name, in: "header", required: false, ...header }));
  const queryParameters = Object.entries(write.query ?? {}).map(([name, parameter]) => ({ name, in: "query", required: false, ...parameter }));
  const upload = write.upload && {
    requestBody: { required: true, description: write.upload.description, content: Object.fromEntries(write.upload.mediaTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }])) },
  };
  const { status, description, schema, headers } = write.answer;
  return {
    operationId: write.operationId,
    tags: [write.tag],
    summary: write.summary,
    ...(write.description ? { description: write.description } : {}),
    security: write.public ? [] : [{ [apiKeyScheme]: [] }],
    parameters: [...pathParameters(write.path), ...headerParameters, ...queryParameters],
    ...(write.body ? { requestBody: { required: true, content: { "application/json": { schema: components.schema(write.body, "input") } } } } : {}),
    ...upload,
    responses: {
      [status]: {
        description,
        ...(headers ? { headers } : {}),
        ...(schema ? { content: { "application/json": { schema: components.schema(schema) } } } : {}),
      },
      ...Object.fromEntries([...problems].sort((a, b) => a - b).map((problem) => [problem, components.problem(problem)])),
    },
  };
}
