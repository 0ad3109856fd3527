import * as z from "zod/mini";

/** An RFC 9457 problem details body, as every error response carries. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** The request parameters or body fields at fault. */
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
  requestId: z.optional(z.string()),
});
export type Problem = z.infer<typeof Problem>;
