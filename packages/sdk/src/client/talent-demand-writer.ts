import { talentDemand } from "../schemas/resources.js";
import { TalentDemand } from "../schemas/talent.js";
import { TalentDemandCreate, TalentDemandPatch } from "../schemas/talent-demand-write.js";
import { recordPath } from "./record-path.js";
import type { RequestOptions, Transport } from "./transport.js";
import { type ChangeOptions, checked, type CreateOptions, type Created, readVersioned, sendChange, sendCreate, sendRemove, type Versioned } from "./writes.js";

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
  /**
   * Removes a posting, if it is still as it was when `ifMatch` was read: it leaves lists, gaps and
   * signals at once (withdraw it instead to keep it listed). Sent exactly once.
   *
   * @example
   * const { etag } = await client.talentDemand.getWithEtag(id);
   * await client.talentDemand.remove(id, { ifMatch: etag });
   */
  remove(id: string, options: ChangeOptions): Promise<void>;
}

/** Builds the write methods of talent demand over a transport. */
export function talentDemandWriter(transport: Transport): TalentDemandWriter {
  const { path } = talentDemand;
  // Each method is async so that invalid input rejects the promise instead of throwing at the call.
  return {
    async getWithEtag(id, options) {
      return readVersioned(transport, recordPath(path, id, "id of talentDemand.getWithEtag"), TalentDemand, options);
    },
    async create(body, options = {}) {
      return sendCreate(transport, path, checked(TalentDemandCreate, body, "body of talentDemand.create"), TalentDemand, options);
    },
    async update(id, patch, options) {
      const json = checked(TalentDemandPatch, patch, "patch of talentDemand.update");
      return sendChange(transport, { method: "PATCH", path: recordPath(path, id, "id of talentDemand.update"), json }, TalentDemand, options);
    },
    async withdraw(id, options) {
      return sendChange(transport, { method: "POST", path: `${recordPath(path, id, "id of talentDemand.withdraw")}/withdraw` }, TalentDemand, options);
    },
    async remove(id, options) {
      await sendRemove(transport, recordPath(path, id, "id of talentDemand.remove"), options);
    },
  };
}
