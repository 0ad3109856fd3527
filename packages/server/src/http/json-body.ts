import type { Context } from "hono";
import * as z from "zod/mini";
import { problemResponse } from "./problem.js";
import { messageOf, type ParameterError } from "./query.js";

/** Bodies larger than this are refused with 413 before they are read in full. */
export const maxBodyBytes = 64 * 1024;

/** Every field at fault, one entry per path; unknown keys are named one by one. */
export function bodyErrors(issues: readonly z.core.$ZodIssue[]): ParameterError[] {
  return issues.flatMap((issue) => {
    const base = issue.path.map(String).join(".");
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: "is not a known field" }));
    }
    return [{ path: base || "body", message: messageOf(issue) }];
  });
}

/** Checks of a body the schema cannot make (such as references to stored records); run on the parsed JSON even when the schema fails. */
export type BodyCheck = (value: unknown) => Promise<ParameterError[]>;

/**
 * Reads a JSON request body and validates it: 415 when it is not JSON, 400 when it does not parse,
 * 422 naming every bad field otherwise, those of `check` included. Returns the raw text too, for
 * idempotency hashing.
 */
export async function readJsonBody<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  check?: BodyCheck,
): Promise<{ ok: true; data: z.output<S>; text: string } | { ok: false; response: Response }> {
  const contentType = c.req.header("Content-Type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(contentType)) {
    return { ok: false, response: problemResponse(c, 415, "The body must be JSON, sent as `Content-Type: application/json`.") };
  }
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, response: problemResponse(c, 400, "The body is not valid JSON.") };
  }
  const result = z.safeParse(schema, value);
  const errors = result.success ? [] : bodyErrors(result.error.issues);
  for (const error of (await check?.(value)) ?? []) {
    if (!errors.some((known) => known.path === error.path)) errors.push(error);
  }
  if (!result.success || errors.length) return { ok: false, response: problemResponse(c, 422, "The body does not match the contract.", errors) };
  return { ok: true, data: result.data, text };
}
