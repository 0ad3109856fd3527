import type { MiddlewareHandler } from "hono";
import { varyOn } from "./vary.js";

const writeMethods = new Set(["POST", "PATCH", "DELETE"]);

/**
 * CORS for writes, offered only to the configured origins (reads stay open to every origin): a
 * preflight for POST or PATCH from one of them is answered with that origin, and so is the write.
 * Any other origin falls through to the read policy, whose preflight offers no write method.
 */
export function allowWritesFrom(origins: readonly string[]): MiddlewareHandler {
  const allowed = new Set(origins);
  return async (c, next) => {
    const origin = c.req.header("Origin");
    if (origin === undefined || !allowed.has(origin)) return next();
    if (c.req.method === "OPTIONS") {
      const requested = c.req.header("Access-Control-Request-Method")?.toUpperCase() ?? "";
      if (!writeMethods.has(requested)) return next();
      return c.body(null, 204, {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": "GET, HEAD, POST, PATCH, DELETE, OPTIONS",
        "Access-Control-Allow-Headers": "Authorization, Content-Type, Idempotency-Key, If-Match",
        "Access-Control-Max-Age": "86400",
        Vary: "Origin",
      });
    }
    await next();
    if (writeMethods.has(c.req.method)) {
      c.res.headers.set("Access-Control-Allow-Origin", origin);
      c.res.headers.set("Access-Control-Expose-Headers", "ETag, Location, X-Request-Id, Idempotent-Replayed, Retry-After");
      varyOn(c.res.headers, "Origin");
    }
  };
}
