import type { Context, MiddlewareHandler } from "hono";
import { type LiveKey, findLiveKey } from "../db/api-keys.js";
import type { Writer } from "../db/record-writes.js";
import { parseAuthorization } from "./bearer.js";
import { type ClientAddressOptions, clientAddress } from "./client-address.js";
import type { AppEnv } from "./env.js";
import { problemResponse } from "./problem.js";
import { type Rate, TokenBuckets, tooManyRequests } from "./rate-limit.js";

/** The context of a write: the API key that signed the request, with its organisation. */
export type WriteEnv = AppEnv & { Variables: AppEnv["Variables"] & { apiKey: LiveKey; organisationId: string } };

/** Options of {@link requireApiKey}. */
export interface AuthOptions extends ClientAddressOptions {
  /** Failed authentications allowed per client address before 429. */
  failureRate: Rate;
}

/**
 * Requires `Authorization: Bearer <key>` with a live key and records the key and its organisation.
 * A missing, malformed, unknown or revoked key gets 401 with a `WWW-Authenticate` challenge
 * (RFC 6750). Failures are counted per client address: past the allowed rate, the address is
 * answered 429 before any key is looked up, so that keys cannot be guessed at speed.
 */
export function requireApiKey(options: AuthOptions): MiddlewareHandler<WriteEnv> {
  const failures = new TokenBuckets(options.failureRate);
  return async (c, next) => {
    const address = clientAddress(c, options);
    const waitSeconds = failures.wait(address);
    if (waitSeconds > 0) return tooManyRequests(c, waitSeconds, "Too many failed authentications from this address.");
    const credentials = parseAuthorization(c.req.header("Authorization"));
    const key = credentials.kind === "bearer" ? await findLiveKey(c.get("db"), credentials.token) : null;
    if (key === null) {
      failures.take(address);
      const challenge = credentials.kind === "none" ? 'Bearer realm="chanjiao"' : 'Bearer realm="chanjiao", error="invalid_token"';
      c.header("WWW-Authenticate", challenge);
      const detail = {
        none: "Writes need an API key: send `Authorization: Bearer <key>`.",
        malformed: "The Authorization header is not `Bearer <key>`.",
        bearer: "The API key is unknown or revoked.",
      }[credentials.kind];
      return problemResponse(c, 401, detail);
    }
    c.set("apiKey", key);
    c.set("organisationId", key.organisationId);
    await next();
  };
}

/** The writer of a request that passed {@link requireApiKey}, as the change log records it. */
export function apiWriter(c: Context<WriteEnv>): Writer & { organisationId: string } {
  const key = c.get("apiKey");
  return { organisationId: key.organisationId, keyId: key.id, role: key.role, via: "api" };
}
