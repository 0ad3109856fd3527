import { maxBodyBytes } from "../http/json-body.js";
import { type ProblemStatus, problemTypes } from "../http/problem.js";
import type { JsonSchema } from "./json-schema.js";

interface ProblemAnswer {
  /** The name of its response under `#/components/responses`. */
  name: string;
  description: string;
  headers?: Record<string, { description: string; required?: boolean; schema: JsonSchema }>;
}

const retryAfter = (description: string, required: boolean) => ({ "Retry-After": { description, required, schema: { type: "integer", minimum: 1 } } });

/** What each problem status means in this API, and the headers the server sends with it (see src/http/ and src/routes/). */
const problemAnswers: Record<ProblemStatus, ProblemAnswer> = {
  400: {
    name: "BadRequest",
    description: "The request is malformed: a query parameter or header outside the contract (`errors` names each one), an unknown cursor, or a body that is not valid JSON.",
  },
  401: {
    name: "Unauthenticated",
    description: "No API key was sent, or the key is unknown or revoked.",
    headers: { "WWW-Authenticate": { description: "The Bearer challenge (RFC 6750).", required: true, schema: { type: "string" } } },
  },
  403: {
    name: "Forbidden",
    description: "The API key may not do this: the record is kept by another organisation, the collection is reference data that only admin keys write, or the read is for admin keys only.",
  },
  404: { name: "NotFound", description: "No record with this id (or, for counts, no province with this code)." },
  405: { name: "MethodNotAllowed", description: "The method is not supported at this path." },
  409: { name: "Conflict", description: "A record with this id already exists, or the record's state allows no change (a withdrawn posting)." },
  412: {
    name: "PreconditionFailed",
    description: "`If-Match` does not name the record's current version: it changed since it was read. Read it again and reapply the change.",
    headers: { ETag: { description: "The record's current version.", schema: { type: "string" } } },
  },
  413: { name: "ContentTooLarge", description: `The body exceeds ${maxBodyBytes / 1024} KB.` },
  414: { name: "UriTooLong", description: "The path or query string is too long." },
  415: { name: "UnsupportedMediaType", description: "The body is not sent as JSON (`Content-Type: application/json`)." },
  422: {
    name: "UnprocessableContent",
    description: "The body does not match the contract (`errors` names every field at fault, references to records that do not exist included), or an `Idempotency-Key` is reused with another body.",
  },
  428: { name: "PreconditionRequired", description: "`If-Match` is missing: a change must name the version of the record it was made against." },
  429: {
    name: "TooManyRequests",
    description: "The API key sent more writes than its rate allows, or the client's address failed authentication too often.",
    headers: retryAfter("Seconds until a request is allowed again.", true),
  },
  500: { name: "InternalError", description: "The server failed to answer the request." },
  503: {
    name: "ServiceUnavailable",
    description: "The store cannot serve the request now: it is read-only (writes only), busy, out of reach, or full.",
    headers: retryAfter("Seconds after which a retry may succeed, when the cause is passing.", false),
  },
};

/** The `$ref` of a problem's response. */
export const problemRef = (status: ProblemStatus) => ({ $ref: `#/components/responses/${problemAnswers[status].name}` });

/** The response of a problem status: an RFC 9457 `application/problem+json` body whose `type` and `status` are those of the status. */
export function problemResponse(status: ProblemStatus, problemSchema: object) {
  const { description, headers } = problemAnswers[status];
  const schema = { allOf: [problemSchema, { properties: { type: { const: problemTypes[status].type }, status: { const: status } } }] };
  return { description, ...(headers ? { headers } : {}), content: { "application/problem+json": { schema } } };
}

/** The component names of the given problem statuses' responses, each with its response. */
export function problemResponses(statuses: Iterable<ProblemStatus>, problemSchema: object): Record<string, object> {
  return Object.fromEntries([...statuses].sort((a, b) => a - b).map((status) => [problemAnswers[status].name, problemResponse(status, problemSchema)]));
}
