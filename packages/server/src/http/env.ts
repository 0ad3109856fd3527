import type { Database } from "../db/open.js";

/** What every handler can read from the context. */
export type AppEnv = { Variables: { requestId: string; db: Database } };

/** Reads are public and change only on re-seed, so shared caches may keep them briefly. */
export const readCacheControl = "public, max-age=60";
