import type { MiddlewareHandler } from "hono";
import { organisationOfKey } from "../db/api-keys.js";
import type { AppEnv } from "./env.js";
import { problemResponse } from "./problem.js";

/** The context of a write: the organisation whose API key signed the request. */
export type WriteEnv = AppEnv & { Variables: AppEnv["Variables"] & { organisationId: string } };

/**
 * Requires `Authorization: Bearer <key>` with a live key and records its organisation. A missing,
 * unknown or revoked key gets 401 with a `WWW-Authenticate` challenge (RFC 6750).
 */
export const requireApiKey: MiddlewareHandler<WriteEnv> = async (c, next) => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
  const organisationId = match ? await organisationOfKey(c.get("db"), match[1]!) : null;
  if (organisationId === null) {
    const challenge = match ? 'Bearer realm="chanjiao", error="invalid_token"' : 'Bearer realm="chanjiao"';
    c.header("WWW-Authenticate", challenge);
    return problemResponse(c, 401, match ? "The API key is unknown or revoked." : "Writes need an API key: send `Authorization: Bearer <key>`.");
  }
  c.set("organisationId", organisationId);
  await next();
};
