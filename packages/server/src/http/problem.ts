import type { Problem } from "@chanjiao/sdk";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { inChinese } from "./problem-chinese.js";
import type { ParameterError } from "./query.js";
import { asksForChinese } from "./request-language.js";
import { varyOn } from "./vary.js";

/** Problem types, each a stable URI (RFC 9457 `type`): a URN, since no web address is promised to resolve. */
export const problemTypes = {
  400: { type: "urn:chanjiao:problem:invalid-request", title: "Invalid request" },
  401: { type: "urn:chanjiao:problem:unauthenticated", title: "API key required" },
  403: { type: "urn:chanjiao:problem:forbidden", title: "Forbidden" },
  404: { type: "urn:chanjiao:problem:not-found", title: "Not found" },
  405: { type: "urn:chanjiao:problem:method-not-allowed", title: "Method not allowed" },
  409: { type: "urn:chanjiao:problem:conflict", title: "Conflict" },
  412: { type: "urn:chanjiao:problem:precondition-failed", title: "Precondition failed" },
  413: { type: "urn:chanjiao:problem:body-too-large", title: "Request body too large" },
  414: { type: "urn:chanjiao:problem:uri-too-long", title: "Request URI too long" },
  415: { type: "urn:chanjiao:problem:unsupported-media-type", title: "Unsupported media type" },
  422: { type: "urn:chanjiao:problem:invalid-body", title: "Invalid request body" },
  428: { type: "urn:chanjiao:problem:precondition-required", title: "Precondition required" },
  429: { type: "urn:chanjiao:problem:too-many-requests", title: "Too many requests" },
  500: { type: "urn:chanjiao:problem:internal-error", title: "Internal error" },
  503: { type: "urn:chanjiao:problem:unavailable", title: "Service unavailable" },
} as const;

export type ProblemStatus = keyof typeof problemTypes;

/**
 * An `application/problem+json` response carrying the request id, and any members of the problem's
 * own (`extra`). Its `detail` and error messages are in Chinese when the request asks for Chinese
 * (an error's own `chinese` first), in English otherwise.
 */
export function problemResponse(c: Context, status: ProblemStatus, detail?: string, errors?: readonly ParameterError[], extra: Record<string, unknown> = {}): Response {
  const chinese = asksForChinese(c);
  const body: Problem & Record<string, unknown> = {
    ...extra,
    ...problemTypes[status],
    status,
    ...(detail === undefined ? {} : { detail: chinese ? inChinese(detail) : detail }),
    ...(errors === undefined ? {} : { errors: errors.map((error) => ({ path: error.path, message: chinese ? (error.chinese ?? inChinese(error.message)) : error.message })) }),
    instance: c.req.path,
    requestId: c.get("requestId"),
  };
  const response = c.body(JSON.stringify(body), status as ContentfulStatusCode, { "Content-Type": "application/problem+json" });
  varyOn(response.headers, "Accept-Language");
  return response;
}
