import type * as z from "zod/mini";
import { TalentDemand } from "../schemas/talent.js";
import { TalentDemandCreate, TalentDemandPatch } from "../schemas/talent-demand-write.js";
import { ValidationError } from "./errors.js";
import type { RequestOptions, Transport } from "./transport.js";
import { safeParse } from "./validate.js";

/** A record with the ETag it was read or written with; pass `etag` as `ifMatch` to change it. */
export interface Versioned<T> {
  record: T;
  etag: string;
}

/** Options of a write: no `retry`, since a write is sent exactly once. */
export type WriteOptions = Omit<RequestOptions, "retry">;

/** Options of `create`. */
export interface CreateOptions extends WriteOptions {
  /**
   * Makes the call safe to repeat: a second call with the same key and body returns the first
   * posting instead of publishing another. Generated when absent; to retry after a failure whose
   * outcome is unknown (a timeout, a dropped connection), pass the same key again.
   */
  idempotencyKey?: string;
}

/** Options of `update` and `withdraw`. */
export interface ChangeOptions extends WriteOptions {
  /** The ETag of the posting as last read; a posting changed since then rejects with an HttpError of status 412. */
  ifMatch: string;
}

/** The answer to `create`. */
export interface Created<T> extends Versioned<T> {
  /** True when the server returned the answer to an earlier call with the same idempotency key. */
  replayed: boolean;
  /** The idempotency key sent, given or generated. */
  idempotencyKey: string;
}

/**
 * Publishing talent demand with an API key (the client's `apiKey` option). Failures reject with an
 * HttpError carrying the server's problem: 401 (no or revoked key), 403 (another organisation's
 * posting), 404, 409 (withdrawn), 412 (stale `ifMatch`), 422 (every bad field in `problem.errors`).
 */
export interface TalentDemandWriter {
  /** Reads a posting with its ETag, ready for `update` or `withdraw`. */
  getWithEtag(id: string, options?: RequestOptions): Promise<Versioned<TalentDemand>>;
  /**
   * Publishes a posting for the key's organisation. An invalid body rejects with a
   * ValidationError before any request.
   *
   * @example
   * const { record, etag } = await client.talentDemand.create({ region: "320500", industry: "新材料", occupation: "材料检测员",
   *   majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2026 });
   */
  create(body: TalentDemandCreate, options?: CreateOptions): Promise<Created<TalentDemand>>;
  /**
   * Changes fields of a posting, if it is still as it was when `ifMatch` was read.
   *
   * @example
   * const { record, etag } = await client.talentDemand.getWithEtag(id);
   * await client.talentDemand.update(id, { headcount: record.headcount + 5 }, { ifMatch: etag });
   */
  update(id: string, patch: TalentDemandPatch, options: ChangeOptions): Promise<Versioned<TalentDemand>>;
  /** Withdraws a posting: it stays listed with status `withdrawn` and no longer counts as demand. */
  withdraw(id: string, options: ChangeOptions): Promise<Versioned<TalentDemand>>;
}

// getRandomValues, unlike randomUUID, also exists on pages served over plain http.
function newIdempotencyKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function checked<S extends z.ZodMiniType>(schema: S, value: unknown, subject: string): z.infer<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw ValidationError.fromZod(subject, result.error.issues, { cause: result.error });
  return result.data;
}

function versioned(answer: { data: TalentDemand; headers: Headers }, url: string): Versioned<TalentDemand> {
  const etag = answer.headers.get("etag");
  if (!etag) throw new ValidationError(`response from ${url}`, [{ path: "", message: "has no ETag header" }], { url, requestId: answer.headers.get("x-request-id") ?? undefined });
  return { record: answer.data, etag };
}

/** Builds the write methods of talent demand over a transport. */
export function talentDemandWriter(transport: Transport): TalentDemandWriter {
  const recordPath = (id: string) => `talent-demand/${encodeURIComponent(id)}`;
  // Each method is async so that invalid input rejects the promise instead of throwing at the call.
  return {
    async getWithEtag(id, options) {
      const path = recordPath(id);
      return versioned(await transport.exchange({ method: "GET", path }, TalentDemand, options), path);
    },
    async create(body, options = {}) {
      const { idempotencyKey = newIdempotencyKey(), ...call } = options;
      const json = checked(TalentDemandCreate, body, "body of talentDemand.create");
      const answer = await transport.exchange({ method: "POST", path: "talent-demand", json, headers: { "idempotency-key": idempotencyKey } }, TalentDemand, call);
      return { ...versioned(answer, "talent-demand"), replayed: answer.headers.get("idempotent-replayed") === "true", idempotencyKey };
    },
    async update(id, patch, { ifMatch, ...call }) {
      const json = checked(TalentDemandPatch, patch, "patch of talentDemand.update");
      const path = recordPath(id);
      return versioned(await transport.exchange({ method: "PATCH", path, json, headers: { "if-match": ifMatch } }, TalentDemand, call), path);
    },
    async withdraw(id, { ifMatch, ...call }) {
      const path = `${recordPath(id)}/withdraw`;
      return versioned(await transport.exchange({ method: "POST", path, headers: { "if-match": ifMatch } }, TalentDemand, call), path);
    },
  };
}
