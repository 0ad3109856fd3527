import * as z from "zod/mini";

/**
 * Words for the issues the contract can raise. zod/mini ships without messages ("Invalid input");
 * its full English locale costs more bytes than every widget together, and setting it globally would
 * change zod for every other user of it on the page. A check that carries its own message keeps it.
 */
function describe(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, received ${issue.input === null ? "null" : typeof issue.input}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}`;
    case "invalid_format":
      return `must match ${issue.format === "regex" ? String(issue.pattern) : issue.format}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys.length > 1 ? "keys" : "key"} ${issue.keys.join(", ")}`;
    case "not_multiple_of":
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return "is invalid";
  }
}

/** `z.safeParse` with readable English messages, without touching zod's global configuration. */
export function safeParse<S extends z.ZodMiniType>(schema: S, value: unknown): ReturnType<typeof z.safeParse<S>> {
  return z.safeParse(schema, value, { error: describe });
}
