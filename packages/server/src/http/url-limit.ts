import type { MiddlewareHandler } from "hono";
import { problemResponse } from "./problem.js";

/** The longest query string accepted, in characters as sent (percent-encoded): every filter fits many times over. */
export const maxQueryLength = 2048;
/** The longest path accepted, likewise: ids are short, so a longer path is never a record. */
export const maxPathLength = 2048;

/** Refuses a request whose path or query string is longer than the limits with 414, before any routing or parsing. */
export const limitUrlLength: MiddlewareHandler = async (c, next) => {
  const url = c.req.url;
  const pathStart = url.indexOf("/", url.indexOf("//") + 2);
  const queryStart = url.indexOf("?", pathStart);
  const pathLength = (queryStart === -1 ? url.length : queryStart) - pathStart;
  const queryLength = queryStart === -1 ? 0 : url.length - queryStart - 1;
  if (queryLength > maxQueryLength) return problemResponse(c, 414, `The query string exceeds ${maxQueryLength} characters.`);
  if (pathLength > maxPathLength) return problemResponse(c, 414, `The path exceeds ${maxPathLength} characters.`);
  await next();
};
