import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";

/** The longest request id taken from a client. */
export const maxRequestIdLength = 128;

/**
 * The request id of an answer: the client's `X-Request-Id` when it is a short token (letters,
 * digits, `_`, `-`, `=`), so that it can follow a request through proxies and logs; otherwise a new one.
 */
export function requestIdFor(given: string | undefined): string {
  return given && given.length <= maxRequestIdLength && !/[^\w\-=]/.test(given) ? given : randomUUID();
}

/** Gives every request its id, in the context and in the `X-Request-Id` header of its answer. */
export const requestIds: MiddlewareHandler<AppEnv> = async (c, next) => {
  const id = requestIdFor(c.req.header("X-Request-Id"));
  c.set("requestId", id);
  c.header("X-Request-Id", id);
  await next();
};
