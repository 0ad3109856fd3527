import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { maxBodyBytes } from "./json-body.js";
import { problemResponse } from "./problem.js";

/** Writes are never cached and are not offered to other origins: the read CORS policy (`*`) is taken back. */
export const writeResponse: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set("Cache-Control", "no-store");
  c.res.headers.delete("Access-Control-Allow-Origin");
  c.res.headers.delete("Access-Control-Expose-Headers");
};

/** Refuses a body over the limit with 413 before it is read in full. */
export const limitBody = bodyLimit({ maxSize: maxBodyBytes, onError: (c) => problemResponse(c, 413, `The body exceeds ${maxBodyBytes / 1024} KB.`) });

/** What an `Idempotency-Key` may be: 1 to 255 visible ASCII characters. */
export const idempotencyKeyPattern = /^[\x21-\x7e]{1,255}$/;
