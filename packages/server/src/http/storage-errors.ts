import type { Context } from "hono";
import { problemResponse } from "./problem.js";

/** What a database error means for the client, when it is the store's state and not a fault of the server. */
function unavailability(error: unknown): { detail: string; retryAfter?: number } | null {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code.startsWith("SQLITE_READONLY") || code === "25006") return { detail: "The store is read-only: it serves reads but cannot take writes now." };
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED")) return { detail: "The store is busy; retry shortly.", retryAfter: 1 };
  if (code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN")) {
    return { detail: "The store cannot be written or read now; retry later.", retryAfter: 30 };
  }
  return null;
}

/** A 503 problem for an error of the store's state (read-only, busy, disk full), or null for any other error. */
export function storageErrorResponse(c: Context, error: unknown): Response | null {
  const cause = unavailability(error);
  if (!cause) return null;
  if (cause.retryAfter !== undefined) c.header("Retry-After", String(cause.retryAfter));
  return problemResponse(c, 503, cause.detail);
}

/** Answers every write with 503 while the store is opened read-only; reads pass. */
export const refuseWrites: (c: Context) => Response = (c) =>
  problemResponse(c, 503, "The store is read-only: this server serves reads only and takes no writes.");
