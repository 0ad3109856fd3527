import { Submission, SubmissionCreate, SubmissionReceipt, SubmissionRejection, SubmissionsPage, SubmissionsQuery, SubmissionState } from "@chanjiao/sdk";
import type { ReadDescription } from "./describe-read.js";
import type { WriteDescription } from "./describe-write.js";

const tag = "submissions";
const reviewers =
  "A key of an organisation that reviews the submission's region: a government organisation of the region (of the whole province for a provincial one), or a lead organisation of the region's city consortium (its office); an admin key reviews every region. Another key is answered 403.";
const submission = { name: "Submission", schema: Submission };

/** Reading submissions: the status by reference (public) and the review queue (src/routes/submissions.ts). */
export function submissionReads(): ReadDescription[] {
  return [
    {
      path: "/submissions/{ref}",
      operationId: "getSubmissionStatus",
      tag,
      summary: "Where a submission stands, by its reference",
      description: "Open to whoever holds the reference: the status (pending, approved or rejected) and a rejection's reason, never what was submitted or the contact data. Answered with `Cache-Control: no-store`.",
      answer: { description: "The status.", schema: { name: "SubmissionState", schema: SubmissionState } },
      problems: [404],
    },
    {
      path: "/submissions",
      operationId: "listSubmissions",
      tag,
      summary: "The submissions of the regions the key reviews, oldest first, contact data included",
      description: `${reviewers} Pending submissions unless \`status\` says otherwise; a key whose organisation reviews no region is answered 403. Answered with \`Cache-Control: no-store\`.`,
      signed: true,
      query: SubmissionsQuery,
      answer: { description: "A page of submissions.", schema: { name: "SubmissionsPage", schema: SubmissionsPage } },
      problems: [400, 401, 403],
    },
  ];
}

/** Submitting (no key) and reviewing (approve, reject): src/routes/submissions.ts. */
export const submissionWrites: WriteDescription[] = [
  {
    method: "post",
    path: "/submissions",
    operationId: "submitDemand",
    tag,
    summary: "Submit a talent demand for review, without a key",
    description:
      "What an enterprise sends from a public form: the demand, the enterprise (its 统一社会信用代码 checked with its check character) and a contact person. It is kept pending, in no list, aggregate, change feed or export, until a reviewer of its region approves it. The same submission sent again answers the same reference. Each client address may send a limited number per hour, and a region holds a limited number pending (429 with `Retry-After` for either). Any origin may send it (CORS).",
    public: true,
    body: { name: "SubmissionCreate", schema: SubmissionCreate },
    answer: {
      status: 202,
      description: "Kept for review: the reference to follow it by.",
      schema: { name: "SubmissionReceipt", schema: SubmissionReceipt },
      headers: { Location: { description: "The path of the submission's status.", schema: { type: "string" } } },
    },
  },
  {
    method: "post",
    path: "/submissions/{ref}/approve",
    operationId: "approveSubmission",
    tag,
    summary: "Approve a pending submission: publish it as a talent demand posting of the enterprise",
    description: `The posting belongs to the organisation holding the submission's credit code, or to a new enterprise organisation made from the submission. The posting, any new organisation and the review are in the change log and the audit trail, written by this key. ${reviewers}`,
    answer: { status: 200, description: "The approved submission, with the posting and organisation it published.", schema: submission },
    problems: [403, 404, 409],
  },
  {
    method: "post",
    path: "/submissions/{ref}/reject",
    operationId: "rejectSubmission",
    tag,
    summary: "Reject a pending submission with a reason, which the submitter reads by the reference",
    description: `The review is in the audit trail, written by this key. ${reviewers}`,
    body: { name: "SubmissionRejection", schema: SubmissionRejection },
    answer: { status: 200, description: "The rejected submission.", schema: submission },
    problems: [403, 404, 409],
  },
];
