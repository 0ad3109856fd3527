import * as z from "zod/mini";
import { Id } from "./common.js";

/** What a key may write: `admin`, every record and collection; `editor`, the records its organisation keeps. */
export const KeyRole = z.enum(["admin", "editor"]);

/** An API key as listed: never its secret, which is shown once, when it is made. */
export const ApiKey = z.object({
  id: z.string(),
  /** The first characters of the key (`cjk_` and six more), to tell keys apart. */
  prefix: z.string(),
  organisationId: Id,
  role: KeyRole,
  /** What the key is for, as its maker named it. */
  name: z.nullable(z.string()),
  createdAt: z.string(),
  /** When the key was revoked; `null` while it is live. */
  revokedAt: z.nullable(z.string()),
});

/** The body of `POST /v1/keys` (admin keys only): a key for an organisation. */
export const ApiKeyCreate = z.strictObject({
  organisationId: Id,
  role: KeyRole,
  name: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(100))),
});

/** A key just made: its secret, shown this once, and the key as listed. */
export const CreatedApiKey = z.object({ key: z.string(), info: ApiKey });

/** Every key, oldest first: `GET /v1/keys`. */
export const ApiKeyList = z.object({ items: z.array(ApiKey) });

/**
 * Who a key is: `GET /v1/me`. The key (never its secret), its organisation by id and name, and the
 * collections (by path) it may write: every one for an admin key; for an editor key, those an organisation of its kind keeps records of.
 */
export const Session = z.object({
  key: ApiKey,
  organisation: z.object({ id: Id, name: z.string() }),
  writes: z.array(z.string()),
  /** True when the key reviews demand submissions (`GET /v1/submissions`): an admin key, or a key of a region's consortium office or government organisation. */
  reviews: z.boolean(),
});

export type KeyRole = z.infer<typeof KeyRole>;
export type ApiKey = z.infer<typeof ApiKey>;
export type ApiKeyCreate = z.input<typeof ApiKeyCreate>;
export type CreatedApiKey = z.infer<typeof CreatedApiKey>;
export type ApiKeyList = z.infer<typeof ApiKeyList>;
export type Session = z.infer<typeof Session>;
