import type { Context } from "hono";
import { problemResponse } from "./problem.js";

/**
 * PostgreSQL out of reach: connection failures (class 08), the server starting or in recovery
 * (57P03), too many connections (53300), the database closed to connections (55000), and what
 * Node and `pg` report when no connection can be made.
 */
const postgresUnreachable = /^(08...|57P03|53300|55000|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/;
/** A connection lost under a query (terminated, the server shut down or reset): the pool connects afresh for the next one. */
const postgresConnectionLost = /^(57P0[12]|ECONNRESET|EPIPE)$/;
const lostMessage = /^Connection terminated/;

/** What a database error means for the client, when it is the store's state and not a fault of the server. */
function unavailability(error: unknown): { detail: string; retryAfter?: number } | null {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code.startsWith("SQLITE_READONLY") || code === "25006") return { detail: "The store is read-only: it serves reads but cannot take writes now." };
  // Lock waits, and PostgreSQL's serialization failures and deadlocks, which a retry resolves.
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED") || ["40001", "40P01", "55P03"].includes(code)) {
    return { detail: "The store is busy; retry shortly.", retryAfter: 1 };
  }
  if (postgresConnectionLost.test(code) || (error instanceof Error && code === "" && lostMessage.test(error.message))) {
    return { detail: "The connection to the store was lost; retry.", retryAfter: 1 };
  }
  if (postgresUnreachable.test(code) || (error instanceof Error && code === "" && error.message.startsWith("timeout exceeded when trying to connect"))) {
    return { detail: "The store cannot be reached now; retry shortly.", retryAfter: 5 };
  }
  // Out of disk or memory (SQLite's, PostgreSQL's class 53).
  if (code.startsWith("SQLITE_FULL") || code.startsWith("SQLITE_IOERR") || code.startsWith("SQLITE_CANTOPEN") || code.startsWith("53")) {
    return { detail: "The store cannot be written or read now; retry later.", retryAfter: 30 };
  }
  return null;
}

/** A 503 problem for an error of the store's state (read-only, busy, out of reach, disk full), or null for any other error. */
export function storageErrorResponse(c: Context, error: unknown): Response | null {
  const cause = unavailability(error);
  if (!cause) return null;
  if (cause.retryAfter !== undefined) c.header("Retry-After", String(cause.retryAfter));
  return problemResponse(c, 503, cause.detail);
}

/** Answers every write with 503 while the store is opened read-only; reads pass. */
export const refuseWrites: (c: Context) => Response = (c) =>
  problemResponse(c, 503, "The store is read-only: this server serves reads only and takes no writes.");
