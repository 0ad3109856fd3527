import type * as z from "zod/mini";
import {
  Submission,
  SubmissionCreate,
  type SubmissionReceipt,
  SubmissionRef,
  SubmissionRejection,
  SubmissionsPage,
  SubmissionsQuery,
  SubmissionState,
  submitDemand,
} from "../schemas/submission.js";
import type { ActionSender } from "./action.js";
import { toSearchParams, validateQuery } from "./query.js";
import type { RequestOptions, Transport } from "./transport.js";
import { checked, type WriteOptions } from "./writes.js";

/**
 * Talent demand submitted by enterprises without a key, and its review: `client.submissions`.
 * Reviewing needs a key of an organisation that reviews the submission's region (the consortium's
 * lead organisations or a government organisation of the region) or an admin key. Failures reject
 * with an HttpError carrying the server's problem: 401, 403 (another region's submission), 404,
 * 409 (already reviewed), 422 (every bad field in `problem.errors`), 429 (`Retry-After`).
 */
export interface SubmissionsClient {
  /**
   * Submits a talent demand for review; the same submission sent again answers the same reference.
   * An invalid body rejects with a ValidationError before any request.
   *
   * @example
   * const { ref } = await client.submissions.submit({ enterpriseName: "苏州精工材料有限公司", creditCode: "91350100M000100Y43",
   *   contactName: "王敏", contact: "0512-6688 1234", region: "320500", industry: "新材料", occupation: "材料检测员",
   *   majorCategoryId: "mc-43", level: "高职专科", headcount: 12, period: 2026 });
   */
  submit(body: SubmissionCreate, options?: WriteOptions): Promise<SubmissionReceipt>;
  /** Where a submission stands, by its reference: pending, approved, or rejected with the reason. No key needed. */
  status(ref: string, options?: RequestOptions): Promise<z.infer<typeof SubmissionState>>;
  /** A page of the submissions of the regions the key reviews, oldest first; `pending` unless `status` says otherwise. */
  list(query?: z.input<typeof SubmissionsQuery>, options?: RequestOptions): Promise<z.infer<typeof SubmissionsPage>>;
  /** Approves a pending submission: it is published as a talent demand posting of the enterprise. */
  approve(ref: string, options?: WriteOptions): Promise<z.infer<typeof Submission>>;
  /** Rejects a pending submission with a reason, which the submitter reads by the reference. */
  reject(ref: string, body: z.input<typeof SubmissionRejection>, options?: WriteOptions): Promise<z.infer<typeof Submission>>;
}

function refPath(ref: string, subject: string): string {
  return `submissions/${checked(SubmissionRef, ref, subject)}`;
}

/** Builds `client.submissions` over a transport and the client's action sender. */
export function submissionsClient(transport: Transport, send: ActionSender): SubmissionsClient {
  // Each method is async so that invalid input rejects the promise instead of throwing at the call.
  return {
    async submit(body, options) {
      return send(submitDemand, checked(SubmissionCreate, body, "body of submissions.submit"), options);
    },
    async status(ref, options) {
      return transport.read(refPath(ref, "ref of submissions.status"), undefined, SubmissionState, options);
    },
    async list(query = {}, options) {
      return transport.read("submissions", toSearchParams(validateQuery(SubmissionsQuery, query, "query of submissions.list")), SubmissionsPage, options);
    },
    async approve(ref, options) {
      return (await transport.exchange({ method: "POST", path: `${refPath(ref, "ref of submissions.approve")}/approve` }, Submission, options)).data;
    },
    async reject(ref, body, options) {
      const json = checked(SubmissionRejection, body, "body of submissions.reject");
      return (await transport.exchange({ method: "POST", path: `${refPath(ref, "ref of submissions.reject")}/reject`, json }, Submission, options)).data;
    },
  };
}
