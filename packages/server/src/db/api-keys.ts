import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Selectable } from "kysely";
import type { Database } from "./open.js";
import type { ApiKeyRow } from "./tables.js";

/** Marks a string as a Chanjiao key, so that secret scanners and people can recognise one. */
const keyPrefix = "cjk_";
/** Characters of the key kept in the clear, to tell keys apart in `keys list`. */
const shownLength = keyPrefix.length + 6;

/** What a key may write: `admin`, every record and collection; `editor`, the records its organisation keeps. */
export type KeyRole = "admin" | "editor";

export const keyRoles: readonly KeyRole[] = ["admin", "editor"];

/** A key as listed: never the secret. */
export interface ApiKeyInfo {
  id: string;
  prefix: string;
  organisationId: string;
  role: KeyRole;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

/** SHA-256 suits keys of 256 random bits: no guessing is feasible, so no slow hash is needed. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

/** Creates a key for an organisation. The returned secret is not stored and cannot be shown again. */
export async function createApiKey(db: Database, options: { organisationId: string; role?: KeyRole; name?: string }): Promise<{ key: string; info: ApiKeyInfo }> {
  const key = `${keyPrefix}${randomBytes(32).toString("base64url")}`;
  const info: ApiKeyInfo = {
    id: `key-${randomUUID()}`,
    prefix: key.slice(0, shownLength),
    organisationId: options.organisationId,
    role: options.role ?? "editor",
    name: options.name ?? null,
    createdAt: new Date().toISOString(),
    revokedAt: null,
  };
  await db
    .insertInto("api_keys")
    .values({ id: info.id, prefix: info.prefix, hash: hashApiKey(key), organisation_id: info.organisationId, role: info.role, name: info.name, created_at: info.createdAt, revoked_at: null })
    .execute();
  return { key, info };
}

const listedColumns = ["id", "prefix", "organisation_id", "role", "name", "created_at", "revoked_at"] as const;

function listed(row: Pick<Selectable<ApiKeyRow>, (typeof listedColumns)[number]>): ApiKeyInfo {
  return { id: row.id, prefix: row.prefix, organisationId: row.organisation_id, role: row.role as KeyRole, name: row.name, createdAt: row.created_at, revokedAt: row.revoked_at };
}

/** Every key, oldest first. */
export async function listApiKeys(db: Database): Promise<ApiKeyInfo[]> {
  return (await db.selectFrom("api_keys").select(listedColumns).orderBy("created_at").orderBy("id").execute()).map(listed);
}

/** A key as listed, revoked or not; `null` when there is no such key. */
export async function getApiKey(db: Database, id: string): Promise<ApiKeyInfo | null> {
  const row = await db.selectFrom("api_keys").select(listedColumns).where("id", "=", id).executeTakeFirst();
  return row ? listed(row) : null;
}

/** Revokes a key; false when there is no such key or it was already revoked. */
export async function revokeApiKey(db: Database, id: string): Promise<boolean> {
  const result = await db.updateTable("api_keys").set({ revoked_at: new Date().toISOString() }).where("id", "=", id).where("revoked_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A key that may sign requests: its id (never the secret), its organisation and role. */
export interface LiveKey {
  id: string;
  organisationId: string;
  role: KeyRole;
}

/** The live key a presented secret belongs to, or `null` for an unknown or revoked one. */
export async function findLiveKey(db: Database, key: string): Promise<LiveKey | null> {
  const row = await db.selectFrom("api_keys").select(["id", "organisation_id", "role"]).where("hash", "=", hashApiKey(key)).where("revoked_at", "is", null).executeTakeFirst();
  return row ? { id: row.id, organisationId: row.organisation_id, role: row.role as KeyRole } : null;
}
