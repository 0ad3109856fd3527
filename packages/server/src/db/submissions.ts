import { createHash, randomInt } from "node:crypto";
import { type Consortium, Organisation, type Submission, type SubmissionCreate, type SubmissionStatus } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import * as z from "zod/mini";
import { provinceOf } from "../seed/cities.js";
import { insertDemand } from "./demand-writes.js";
import { Lookups } from "./lookups.js";
import type { Database } from "./open.js";
import { newRecordId } from "./record-contract.js";
import { applyWrites, logChange, type Writer } from "./record-writes.js";
import type { ChanjiaoDatabase, SubmissionRow } from "./tables.js";

type Trx = Transaction<ChanjiaoDatabase>;
type SubmissionBody = z.output<typeof SubmissionCreate>;

/** Crockford's base-32 digits: no I, L, O or U, so a reference read aloud or retyped is not mistaken. */
const refDigits = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A new reference number, such as `7K3M-9QX2-HD4P`: 60 random bits, too many to guess another's. */
function newRef(): string {
  const digits = Array.from({ length: 12 }, () => refDigits[randomInt(32)]);
  return [0, 4, 8].map((start) => digits.slice(start, start + 4).join("")).join("-");
}

/** The same submission, however its JSON was spelt (key order, spacing), gives the same fingerprint. */
function fingerprintOf(body: SubmissionBody): string {
  const fields = Object.keys(body).sort().map((key) => [key, body[key as keyof SubmissionBody]]);
  return createHash("sha256").update(JSON.stringify(fields)).digest("hex");
}

/** A submission as its reviewers see it. */
function submissionOf(row: SubmissionRow): Submission {
  return {
    ...(JSON.parse(row.data) as SubmissionBody),
    ref: row.ref,
    status: row.status,
    reason: row.reason,
    postingId: row.posting_id,
    organisationId: row.organisation_id,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
  };
}

export type StoreOutcome = { kind: "stored" | "known"; ref: string; status: SubmissionStatus } | { kind: "queue-full" };

async function knownSubmission(db: Database, fingerprint: string): Promise<StoreOutcome | undefined> {
  const known = await db.selectFrom("submissions").select(["ref", "status"]).where("fingerprint", "=", fingerprint).executeTakeFirst();
  return known && { kind: "known", ref: known.ref, status: known.status };
}

/**
 * Keeps a submission pending review, unless the same one is already kept (its reference is then
 * answered) or its region already has `pendingCap` submissions waiting.
 */
export async function storeSubmission(db: Database, body: SubmissionBody, pendingCap: number): Promise<StoreOutcome> {
  const fingerprint = fingerprintOf(body);
  const known = await knownSubmission(db, fingerprint);
  if (known) return known;
  const pending = await db.selectFrom("submissions").select((eb) => eb.fn.countAll<number>().as("count")).where("status", "=", "pending").where("region", "=", body.region).executeTakeFirstOrThrow();
  if (Number(pending.count) >= pendingCap) return { kind: "queue-full" };
  const ref = newRef();
  try {
    await db
      .insertInto("submissions")
      .values({ ref, status: "pending", region: body.region, province: provinceOf(body.region), fingerprint, data: JSON.stringify(body), reason: null, posting_id: null, organisation_id: null, submitted_at: new Date().toISOString(), reviewed_at: null })
      .execute();
  } catch (error) {
    // The same submission sent at the same moment won the insert: it is that one.
    const raced = await knownSubmission(db, fingerprint);
    if (raced) return raced;
    throw error;
  }
  return { kind: "stored", ref, status: "pending" };
}

/** What anyone holding the reference may read: the status and a rejection's reason. */
export async function submissionState(db: Database, ref: string): Promise<{ ref: string; status: SubmissionStatus; reason: string | null } | undefined> {
  return db.selectFrom("submissions").select(["ref", "status", "reason"]).where("ref", "=", ref).executeTakeFirst();
}

/** The places whose submissions an organisation reviews: cities (and provinces) by region code, and whole provinces. */
export interface ReviewScope {
  regions: string[];
  provinces: string[];
}

const isProvinceCode = (code: string) => code.endsWith("0000");

/**
 * Where an organisation reviews submissions: a government organisation, its own region (a whole
 * province for a provincial one); a lead organisation of a city consortium (the consortium office),
 * the consortium's city.
 */
export async function reviewScope(db: Database | Trx, organisationId: string): Promise<ReviewScope> {
  const scope: ReviewScope = { regions: [], provinces: [] };
  const organisation = await db.selectFrom("organisations").select(["kind", "region", "province"]).where("id", "=", organisationId).executeTakeFirst();
  if (organisation?.kind === "government") {
    const place = organisation.region ?? organisation.province;
    if (place) (isProvinceCode(place) ? scope.provinces : scope.regions).push(place);
  }
  const led = await db
    .selectFrom("consortia")
    .innerJoin("record_links", "record_links.record_id", "consortia.id")
    .select("consortia.data")
    .where("record_links.collection", "=", "consortia")
    .where("record_links.attribute", "=", "organisation")
    .where("record_links.value", "=", organisationId)
    .where("consortia.kind", "=", "city")
    .execute();
  for (const { data } of led) {
    const consortium = JSON.parse(data) as Consortium;
    if (consortium.region && consortium.leadOrganisationIds.includes(organisationId)) scope.regions.push(consortium.region);
  }
  return scope;
}

/** Who reviews: an admin key everywhere, any other key where its organisation's scope reaches. */
export type Reviewer = Writer & { organisationId: string };

async function scopeOf(db: Database | Trx, reviewer: Reviewer): Promise<ReviewScope | "everywhere"> {
  return reviewer.role === "admin" ? "everywhere" : reviewScope(db, reviewer.organisationId);
}

const reviewsSomewhere = (scope: ReviewScope | "everywhere") => scope === "everywhere" || scope.regions.length > 0 || scope.provinces.length > 0;

/** True when the key reviews the submissions of some region: an admin key, or one of a region's reviewing organisations. */
export async function mayReview(db: Database, reviewer: Reviewer): Promise<boolean> {
  return reviewsSomewhere(await scopeOf(db, reviewer));
}

const inScope = (scope: ReviewScope | "everywhere", row: Pick<SubmissionRow, "region" | "province">) =>
  scope === "everywhere" || scope.regions.includes(row.region) || scope.provinces.includes(row.province);

export type ListOutcome = { kind: "page"; items: Submission[]; last: { at: string; ref: string } | null } | { kind: "reviews-nothing" };

/** A page of the submissions of a status in the reviewer's scope, oldest first, after `after`. */
export async function listSubmissions(db: Database, reviewer: Reviewer, query: { status: SubmissionStatus; after: { at: string; ref: string } | null; limit: number }): Promise<ListOutcome> {
  const scope = await scopeOf(db, reviewer);
  if (!reviewsSomewhere(scope)) return { kind: "reviews-nothing" };
  let select = db.selectFrom("submissions").selectAll().where("status", "=", query.status);
  if (scope !== "everywhere") {
    select = select.where((eb) => eb.or([...(scope.regions.length ? [eb("region", "in", scope.regions)] : []), ...(scope.provinces.length ? [eb("province", "in", scope.provinces)] : [])]));
  }
  const after = query.after;
  if (after) select = select.where((eb) => eb.or([eb("submitted_at", ">", after.at), eb.and([eb("submitted_at", "=", after.at), eb("ref", ">", after.ref)])]));
  const rows = await select.orderBy("submitted_at").orderBy("ref").limit(query.limit + 1).execute();
  const items = rows.slice(0, query.limit);
  const last = rows.length > query.limit ? items.at(-1)! : null;
  return { kind: "page", items: items.map(submissionOf), last: last && { at: last.submitted_at, ref: last.ref } };
}

/** A reviewer's decision on a pending submission. */
export type Decision = { approve: true } | { approve: false; reason: string };

export type ReviewOutcome = { kind: "reviewed"; submission: Submission } | { kind: "not-found" } | { kind: "forbidden" } | { kind: "already-reviewed"; status: SubmissionStatus };

/** The enterprise a submission names: the organisation holding its credit code, or a new one made from the submission. */
async function enterpriseOf(trx: Trx, writer: Writer, body: SubmissionBody, ref: string): Promise<string> {
  const holder = await new Lookups(trx).creditCodeHolder(body.creditCode);
  if (holder) return holder;
  const organisation = z.parse(Organisation, {
    id: newRecordId("organisations"),
    name: body.enterpriseName.trim(),
    nameEn: null,
    kind: "enterprise",
    level: null,
    region: body.region,
    province: provinceOf(body.region),
    creditCode: body.creditCode,
    source: `Demand submission ${ref}, approved by its region's reviewer`,
    citations: [],
    sample: false,
  });
  await applyWrites(trx, writer, "organisations", [{ id: organisation.id, kind: "created", before: null, after: JSON.stringify(organisation), record: organisation }]);
  return organisation.id;
}

/**
 * Approves or rejects a pending submission, in one transaction with what it writes: an approval
 * publishes the talent demand posting of the enterprise (made an organisation when it is new). The
 * review itself goes into the audit trail, written by the reviewer's key.
 */
export async function reviewSubmission(db: Database, reviewer: Reviewer, ref: string, decision: Decision): Promise<ReviewOutcome> {
  try {
    return await decide(db, reviewer, ref, decision);
  } catch (error) {
    if (!(error instanceof ReviewedMeanwhile)) throw error;
    const state = await submissionState(db, ref);
    return { kind: "already-reviewed", status: state?.status ?? "pending" };
  }
}

/** Another request decided on the submission while this one did: this one's writes are rolled back. */
class ReviewedMeanwhile extends Error {}

async function decide(db: Database, reviewer: Reviewer, ref: string, decision: Decision): Promise<ReviewOutcome> {
  return db.transaction().execute(async (trx): Promise<ReviewOutcome> => {
    const row = await trx.selectFrom("submissions").selectAll().where("ref", "=", ref).executeTakeFirst();
    if (!row) return { kind: "not-found" };
    if (!inScope(await scopeOf(trx, reviewer), row)) return { kind: "forbidden" };
    if (row.status !== "pending") return { kind: "already-reviewed", status: row.status };
    const reviewed: SubmissionRow = { ...row, reviewed_at: new Date().toISOString() };
    if (decision.approve) {
      const body = JSON.parse(row.data) as SubmissionBody;
      const { enterpriseName: _name, creditCode: _code, contactName: _contact, contact: _means, ...demand } = body;
      const organisationId = await enterpriseOf(trx, reviewer, body, ref);
      const { record } = await insertDemand(trx, reviewer, { ...demand, publisherId: organisationId, source: `Demand submission ${ref} of ${body.enterpriseName.trim()}, approved by its region's reviewer` });
      Object.assign(reviewed, { status: "approved", posting_id: record.id, organisation_id: organisationId });
    } else {
      Object.assign(reviewed, { status: "rejected", reason: decision.reason.trim() });
    }
    // Guarded by the status read, so that of two reviewers deciding at once exactly one decides.
    const result = await trx
      .updateTable("submissions")
      .set({ status: reviewed.status, reason: reviewed.reason, posting_id: reviewed.posting_id, organisation_id: reviewed.organisation_id, reviewed_at: reviewed.reviewed_at })
      .where("ref", "=", ref)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new ReviewedMeanwhile();
    const submission = submissionOf(reviewed);
    await logChange(trx, reviewer, "submissions", ref, "updated", JSON.stringify(submissionOf(row)), JSON.stringify(submission));
    return { kind: "reviewed", submission };
  });
}
