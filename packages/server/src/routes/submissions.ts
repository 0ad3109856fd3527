import { SubmissionCreate, SubmissionRef, SubmissionRejection, SubmissionsQuery } from "@chanjiao/sdk";
import { type Context, type Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { listSubmissions, reviewSubmission, type Decision, storeSubmission, submissionState } from "../db/submissions.js";
import { apiWriter, type WriteEnv } from "../http/auth.js";
import { type ClientAddressOptions, clientAddress } from "../http/client-address.js";
import { decodeCursor, encodeCursor } from "../http/cursor.js";
import type { AppEnv } from "../http/env.js";
import { readJsonBody } from "../http/json-body.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";
import { type Rate, TokenBuckets, tooManyRequests } from "../http/rate-limit.js";
import { limitBody, writeResponse } from "../http/write-answers.js";
import { referenceCheck } from "./publishing.js";
import * as z from "zod/mini";

const jsonType = "application/json; charset=utf-8";

/** Submissions allowed per client address when nothing is configured: an enterprise's few, never a flood. */
export const defaultSubmissionRate: Rate = { requests: 10, perSeconds: 3600 };

/** Pending submissions a region may hold when nothing is configured: more wait until its reviewers catch up. */
export const defaultPendingPerRegion = 200;

const defaultListLimit = 50;

const notFound = (c: Context, ref: string) => problemResponse(c, 404, `No submission with reference ${JSON.stringify(ref)}.`);
/** A reference as the server makes them; anything else names no submission, and is never sent to the database. */
const isRef = (ref: string) => z.safeParse(SubmissionRef, ref).success;

/** Limits submissions per client address with 429 and `Retry-After`, before the body is read. */
function limitPerAddress(rate: Rate, addressOptions: ClientAddressOptions): MiddlewareHandler {
  const buckets = new TokenBuckets(rate);
  return async (c, next) => {
    const waitSeconds = buckets.take(clientAddress(c, addressOptions));
    if (waitSeconds > 0) return tooManyRequests(c, waitSeconds, `An address may send ${rate.requests} submissions per ${rate.perSeconds} s.`);
    await next();
  };
}

async function review(c: Context<WriteEnv>, decision: Decision): Promise<Response> {
  const ref = c.req.param("ref")!;
  if (!isRef(ref)) return notFound(c, ref);
  const outcome = await reviewSubmission(c.get("db"), apiWriter(c), ref, decision);
  switch (outcome.kind) {
    case "not-found":
      return notFound(c, ref);
    case "forbidden":
      return problemResponse(c, 403, "This submission is of a region this key's organisation does not review.");
    case "already-reviewed":
      return problemResponse(c, 409, `This submission is already ${outcome.status}.`);
    case "reviewed":
      return c.body(JSON.stringify(outcome.submission), 200, { "Content-Type": jsonType });
  }
}

/**
 * The form is embedded on other sites' pages, so any origin may submit (no credentials are
 * involved). Mount before the read policy, which would otherwise answer the preflight.
 */
export const submissionCors = cors({ origin: "*", allowMethods: ["GET", "HEAD", "POST", "OPTIONS"], allowHeaders: ["Content-Type"], exposeHeaders: ["Location", "X-Request-Id", "Retry-After"], maxAge: 86400 });

/** Options of {@link registerSubmissionRoutes}. */
export interface SubmissionRouteOptions extends ClientAddressOptions {
  authenticate: MiddlewareHandler<WriteEnv>;
  limitWrites: MiddlewareHandler<WriteEnv>;
  /** Submissions allowed per client address. */
  rate: Rate;
  /** Pending submissions a region may hold before more are refused (429). */
  pendingPerRegion: number;
}

/**
 * Talent demand submitted without a key (the public form of clause 4's 需求发布), and its review:
 * `POST /v1/submissions` keeps a submission pending; `GET /v1/submissions/{ref}` tells its status to
 * whoever holds the reference; the reviewers of its region list (`GET /v1/submissions`), approve
 * (publishing the posting) or reject it. Nothing submitted is in any public read until approved.
 */
export function registerSubmissionRoutes(app: Hono<AppEnv>, options: SubmissionRouteOptions): void {
  app.post("/v1/submissions", limitBody, limitPerAddress(options.rate, options), async (c) => {
    c.header("Cache-Control", "no-store");
    const db = c.get("db");
    const body = await readJsonBody(c, SubmissionCreate, referenceCheck(db));
    if (!body.ok) return body.response;
    const outcome = await storeSubmission(db, body.data, options.pendingPerRegion);
    if (outcome.kind === "queue-full") {
      return tooManyRequests(c, 3600, `This region already has ${options.pendingPerRegion} submissions awaiting review.`);
    }
    return c.body(JSON.stringify({ ref: outcome.ref, status: outcome.status }), 202, { "Content-Type": jsonType, Location: `/v1/submissions/${outcome.ref}` });
  });

  app.get("/v1/submissions/:ref", async (c) => {
    c.header("Cache-Control", "no-store");
    const ref = c.req.param("ref");
    const state = isRef(ref) ? await submissionState(c.get("db"), ref) : undefined;
    return state ? c.body(JSON.stringify(state), 200, { "Content-Type": jsonType }) : notFound(c, ref);
  });

  const reviews = app as unknown as Hono<WriteEnv>;
  const { authenticate, limitWrites } = options;
  reviews.get("/v1/submissions", writeResponse, authenticate, async (c) => {
    const query = parseQuery(c, SubmissionsQuery);
    if (!query.ok) return problemResponse(c, 400, "The query of /v1/submissions is not valid.", query.errors);
    const { status = "pending", cursor, limit = defaultListLimit } = query.data;
    const decoded = cursor === undefined ? null : (decodeCursor(cursor, "id")?.id ?? null);
    const after = decoded === null ? null : /^(\S+) (\S+)$/.exec(decoded);
    if (cursor !== undefined && !after) return problemResponse(c, 400, "The query of /v1/submissions is not valid.", [{ path: "cursor", message: "is not a cursor of this list" }]);
    const page = await listSubmissions(c.get("db"), apiWriter(c), { status, limit, after: after ? { at: after[1]!, ref: after[2]! } : null });
    if (page.kind === "reviews-nothing") return problemResponse(c, 403, "This key's organisation reviews no region's submissions: the consortium offices and government organisations of a region do, and admin keys.");
    return c.body(JSON.stringify({ items: page.items, nextCursor: page.last && encodeCursor({ sort: "id", id: `${page.last.at} ${page.last.ref}` }) }), 200, { "Content-Type": jsonType });
  });
  reviews.post("/v1/submissions/:ref/approve", writeResponse, authenticate, limitWrites, (c) => review(c, { approve: true }));
  reviews.post("/v1/submissions/:ref/reject", writeResponse, limitBody, authenticate, limitWrites, async (c) => {
    const body = await readJsonBody(c, SubmissionRejection);
    return body.ok ? review(c, { approve: false, reason: body.data.reason }) : body.response;
  });
}
