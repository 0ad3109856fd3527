import type { Context } from "hono";
import * as z from "zod/mini";

/** A request parameter or field at fault; `chinese` is its message in Chinese where the check words it itself. */
export type ParameterError = { path: string; message: string; chinese?: string };

/** A readable message for an issue; zod/mini ships no locale, so its own message is often just "Invalid input". */
export function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map(String).join(", ")}`;
    case "invalid_type":
      return issue.expected === "number" ? "must be a number" : `must be of type ${issue.expected}`;
    case "invalid_format":
      return `must match ${issue.format === "regex" ? String(issue.pattern) : issue.format}`;
    default:
      return "is invalid";
  }
}

/**
 * Validates a query string against a filter schema: unknown and repeated parameters are errors too,
 * so a typo never silently widens a result.
 */
export function parseQuery<S extends z.ZodMiniObject>(c: Context, schema: S): { ok: true; data: z.output<S> } | { ok: false; errors: ParameterError[] } {
  const known = new Set(Object.keys(schema.def.shape));
  const raw: Record<string, string> = {};
  const errors: ParameterError[] = [];
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!known.has(name)) errors.push({ path: name, message: "is not a known parameter" });
    else if (values.length > 1) errors.push({ path: name, message: "must be given once" });
    else raw[name] = values[0]!;
  }
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    for (const issue of result.error.issues) errors.push({ path: issue.path.map(String).join(".") || "query", message: messageOf(issue) });
  }
  return errors.length || !result.success ? { ok: false, errors } : { ok: true, data: result.data };
}
