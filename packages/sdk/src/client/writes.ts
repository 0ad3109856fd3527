import type * as z from "zod/mini";
import { ValidationError } from "./errors.js";
import type { ExchangeAnswer, RequestOptions, Transport } from "./transport.js";
import { safeParse } from "./validate.js";

/** A record with the ETag it was read or written with; pass `etag` as `ifMatch` to change it. */
export interface Versioned<T> {
  record: T;
  etag: string;
}

/** Options of a write that is sent exactly once: no `retry`. */
export type WriteOptions = Omit<RequestOptions, "retry">;

/** Options of `create`. */
export interface CreateOptions extends WriteOptions {
  /**
   * Makes the call safe to repeat: a second call with the same key and body returns the first
   * record instead of creating another. Generated when absent; to retry after a failure whose
   * outcome is unknown (a timeout, a dropped connection), pass the same key again. A create
   * carrying a key of your own is also retried on its own, like a read, after a network error or
   * a transient status (408, 429, 500, 502, 503, 504); one with a generated key is sent once.
   */
  idempotencyKey?: string;
  /** Retries of a create carrying your own `idempotencyKey` (default: the client's); ignored without one. */
  retry?: number;
}

/** Options of the writes that change a record (`update`, `remove`, `withdraw`). */
export interface ChangeOptions extends WriteOptions {
  /** The ETag of the record as last read; a record changed since then rejects with an HttpError of status 412. */
  ifMatch: string;
}

/** The answer to `create`. */
export interface Created<T> extends Versioned<T> {
  /** True when the server returned the answer to an earlier call with the same idempotency key. */
  replayed: boolean;
  /** The idempotency key sent, given or generated. */
  idempotencyKey: string;
}

/** `value` parsed by `schema`, or a ValidationError about `subject` (such as `body of programmes.create`) naming every bad field. */
export function checked<S extends z.ZodMiniType>(schema: S, value: unknown, subject: string): z.infer<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw ValidationError.fromZod(subject, result.error.issues, { cause: result.error });
  return result.data;
}

// getRandomValues, unlike randomUUID, also exists on pages served over plain http.
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function versioned<T>(answer: ExchangeAnswer<T>, url: string): Versioned<T> {
  const etag = answer.headers.get("etag");
  if (!etag) throw new ValidationError(`response from ${url}`, [{ path: "", message: "has no ETag header" }], { url, requestId: answer.headers.get("x-request-id") ?? undefined });
  return { record: answer.data, etag };
}

/** GETs the record at `path` with its ETag; retried like any read. */
export async function readVersioned<S extends z.ZodMiniType>(transport: Transport, path: string, record: S, options: RequestOptions | undefined): Promise<Versioned<z.infer<S>>> {
  return versioned(await transport.exchange({ method: "GET", path }, record, options), path);
}

/**
 * POSTs a checked body to `path` with an `Idempotency-Key` (the caller's, or a new one) and answers
 * the record the server made, or made the first time the key was sent.
 */
export async function sendCreate<S extends z.ZodMiniType>(transport: Transport, path: string, json: unknown, record: S, options: CreateOptions): Promise<Created<z.infer<S>>> {
  const { idempotencyKey: given, ...call } = options;
  const idempotencyKey = given ?? newIdempotencyKey();
  const request = { method: "POST", path, json, headers: { "idempotency-key": idempotencyKey }, repeatable: given !== undefined } as const;
  const answer = await transport.exchange(request, record, call);
  return { ...versioned(answer, path), replayed: answer.headers.get("idempotent-replayed") === "true", idempotencyKey };
}

/** Sends a change of the record at `path` guarded by `If-Match`, exactly once, and answers the record as it is now. */
export async function sendChange<S extends z.ZodMiniType>(
  transport: Transport,
  request: { method: "POST" | "PATCH"; path: string; json?: unknown },
  record: S,
  { ifMatch, ...call }: ChangeOptions,
): Promise<Versioned<z.infer<S>>> {
  return versioned(await transport.exchange({ ...request, headers: { "if-match": ifMatch } }, record, call), request.path);
}

/** Sends a removal of the record at `path` guarded by `If-Match`, exactly once. */
export async function sendRemove(transport: Transport, path: string, { ifMatch, ...call }: ChangeOptions): Promise<void> {
  await transport.exchange({ method: "DELETE", path, headers: { "if-match": ifMatch } }, null, call);
}
