import * as z from "zod/mini";
import { ValidationError } from "./errors.js";
import { safeParse } from "./validate.js";

/**
 * Validates the parameters of a call against their schema before anything is sent. Unknown keys
 * are refused rather than dropped: a misspelt filter would otherwise widen the query silently.
 */
export function validateQuery<S extends z.ZodMiniObject>(schema: S, input: unknown, subject: string): z.infer<S> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new ValidationError(subject, [{ path: "", message: "must be an object of parameters" }]);
  }
  const known = Object.keys(schema.shape);
  const unknown = Object.entries(input).filter(([key, value]) => value !== undefined && !known.includes(key));
  if (unknown.length > 0) {
    throw new ValidationError(
      subject,
      unknown.map(([key]) => ({ path: key, message: `is not a known parameter (expected one of ${known.join(", ")})` })),
    );
  }
  const result = safeParse(schema, input);
  if (!result.success) throw ValidationError.fromZod(subject, result.error.issues, { cause: result.error });
  return result.data;
}

/** Turns validated parameters, all scalars, into a query string, leaving out the absent ones. */
export function toSearchParams(parameters: Record<string, unknown>): URLSearchParams {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return search;
}
