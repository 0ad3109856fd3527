import * as z from "zod/mini";
import { Id, page } from "./common.js";
import { editableDemandFields } from "./talent-demand-write.js";

/** The form of a 统一社会信用代码 (GB 32100-2015): 18 characters of its alphabet (no I, O, Z, S or V), the third to eighth an administrative division code. */
const creditCodeForm = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

/** The 31 characters of a 统一社会信用代码, in the order their values run: no I, O, Z, S or V. */
const creditCodeAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const creditCodeWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * True when `code` is a 统一社会信用代码 (GB 32100-2015): 18 characters of its alphabet, the third
 * to eighth an administrative division code, and the last the check character over the first 17.
 */
export function isCreditCode(code: string): boolean {
  if (!creditCodeForm.test(code)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += creditCodeAlphabet.indexOf(code[index]!) * creditCodeWeights[index]!;
  return creditCodeAlphabet[(31 - (sum % 31)) % 31] === code[17];
}

/** An enterprise's 统一社会信用代码 (unified social credit code), upper case, its check character verified. */
export const CreditCode = /* @__PURE__ */ z.string().check((payload) => {
  // A check function rather than z.refine: it needs no more of zod than every page already loads.
  if (!isCreditCode(payload.value)) payload.issues.push({ code: "custom", input: payload.value, message: "must be an 18-character unified social credit code (统一社会信用代码) whose check character matches" });
});

/** Text a person types: not blank, at most `max` characters. */
// @__NO_SIDE_EFFECTS__
function typed(max: number) {
  return z.string().check(z.maxLength(max), z.regex(/\S/, "must not be blank"));
}

/** A telephone number (mobile or landline, digits with `+`, `-` or spaces) or an e-mail address. */
export const PhoneOrEmail = /* @__PURE__ */ z.string().check(
  z.maxLength(254),
  z.regex(/^(\+?\d[\d -]{5,18}\d|[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+)$/, "must be a telephone number or an e-mail address"),
);

/**
 * The fields of a submission: a talent demand an enterprise submits without an API key, with who
 * it is and how a reviewer reaches its contact person. What `<cj-demand-form>` checks before it
 * sends; unknown fields are dropped here, and refused by {@link SubmissionCreate}.
 */
export const SubmissionFields = /* @__PURE__ */ z.object({
  ...editableDemandFields,
  enterpriseName: typed(200),
  creditCode: CreditCode,
  contactName: typed(100),
  /** The contact person's telephone number or e-mail address: shown only to the reviewers of the region. */
  contact: PhoneOrEmail,
});

/**
 * The body of `POST /v1/submissions`: {@link SubmissionFields}, unknown fields refused. Apart from
 * them so that a page that only sends submissions carries no more of zod than every page loads.
 */
export const SubmissionCreate = /* @__PURE__ */ z.strictObject(SubmissionFields.shape);

/** Where a submission stands: `pending` until a reviewer approves (it is then published) or rejects it. */
export const SubmissionStatus = z.enum(["pending", "approved", "rejected"]);

/** A submission's reference number, as `POST /v1/submissions` gives it, such as `7K3M-9QX2-HD4P`. */
export const SubmissionRef = /* @__PURE__ */ z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/, "must be a reference such as 7K3M-9QX2-HD4P"));

/** The answer to `POST /v1/submissions` (202): the reference to follow the submission by. */
export const SubmissionReceipt = z.object({ ref: SubmissionRef, status: SubmissionStatus });

/** What anyone holding the reference may read (`GET /v1/submissions/{ref}`): the status, and a rejection's reason; never contact data. */
export const SubmissionState = /* @__PURE__ */ z.extend(SubmissionReceipt, {
  /** Why the submission was rejected; `null` unless it was. */
  reason: z.nullable(z.string()),
});

/** A submission as its reviewers see it: what was submitted, contact data included, and its review. */
export const Submission = /* @__PURE__ */ z.object({
  ...SubmissionFields.shape,
  ...SubmissionState.shape,
  /** The talent demand posting an approval published; `null` until then. */
  postingId: z.nullable(Id),
  /** The enterprise organisation the posting belongs to; `null` until approved. */
  organisationId: z.nullable(Id),
  /** When it was submitted and reviewed (ISO 8601). */
  submittedAt: z.string(),
  reviewedAt: z.nullable(z.string()),
});

/** The query of `GET /v1/submissions`: the submissions of one status (default `pending`) in the regions the key reviews. */
export const SubmissionsQuery = z.object({
  status: z.optional(SubmissionStatus),
  cursor: z.optional(z.string()),
  /** Submissions per page, 1 to 200; default 50. */
  limit: z.optional(/* @__PURE__ */ z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(200))),
});

/** A page of submissions, oldest first. */
export const SubmissionsPage = /* @__PURE__ */ page(Submission);

/** The body of `POST /v1/submissions/{ref}/reject`: the reason, which the submitter reads by the reference. */
export const SubmissionRejection = z.strictObject({ reason: /* @__PURE__ */ typed(500) });

/** A write the API takes without a record path of its own: its path under `/v1`, its body and its answer. */
export interface ActionDefinition<B extends z.ZodMiniType = z.ZodMiniType, R extends z.ZodMiniType = z.ZodMiniType> {
  readonly path: string;
  readonly body: B;
  readonly response: R;
}

/** Submitting a talent demand for review, without a key: `POST /v1/submissions`. What `<cj-demand-form>` sends. */
export const submitDemand: ActionDefinition<typeof SubmissionFields, typeof SubmissionReceipt> = { path: "submissions", body: SubmissionFields, response: SubmissionReceipt };

export type SubmissionCreate = z.input<typeof SubmissionCreate>;
export type SubmissionStatus = z.infer<typeof SubmissionStatus>;
export type SubmissionReceipt = z.infer<typeof SubmissionReceipt>;
export type SubmissionState = z.infer<typeof SubmissionState>;
export type Submission = z.infer<typeof Submission>;
export type SubmissionsQuery = z.input<typeof SubmissionsQuery>;
export type SubmissionRejection = z.input<typeof SubmissionRejection>;
