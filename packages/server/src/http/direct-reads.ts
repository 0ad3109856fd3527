import type { DataVersion } from "../db/data-version.js";
import { cheapDataVersion } from "../db/data-version-watch.js";
import type { Database } from "../db/open.js";
import type { AnswerCache } from "./answer-cache.js";
import { readCorsAnswerHeaders } from "./read-cors.js";
import { requestIdFor } from "./request-id.js";
import { apiSecurityHeaders, type SecurityHeaderOptions } from "./security-headers.js";

/**
 * What a direct read uses of node:http's request and response, named here so that the package's
 * type declarations do not need Node's own types.
 */
interface ReadRequest {
  method?: string | undefined;
  url?: string | undefined;
  headers: { host?: string; authorization?: string; "if-none-match"?: string; "accept-encoding"?: string; "x-request-id"?: string | string[] };
}
interface ReadResponse {
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array): unknown;
}

/** Answers a request straight through node:http when it can, else calls `toApp`, which leaves it to the app. */
export type DirectReads = (request: ReadRequest, response: ReadResponse, toApp: () => void) => void;

/**
 * The public reads answered before the app sees them: a GET of a URL the app answered from the
 * answer cache, while that answer is kept and the data version it was computed at is current (as
 * learned cheaply: see db/data-version-watch.ts). The reply carries what the app's middleware
 * would add (security headers, read CORS, request id), so the client cannot tell the two apart;
 * anything else (another method, a key, a URL not answered before, a version only the database
 * can tell, a failure) goes to the app, which answers it as it always has.
 */
export function directReads(db: Database, answers: AnswerCache, options: SecurityHeaderOptions): DirectReads {
  const fixedHeaders = { ...apiSecurityHeaders(options), ...readCorsAnswerHeaders };
  const answer = (request: ReadRequest, response: ReadResponse, version: DataVersion): boolean => {
    const reply = answers.replyFor(request.url!, version, { ifNoneMatch: request.headers["if-none-match"], acceptEncoding: request.headers["accept-encoding"] });
    if (!reply) return false;
    const idHeader = request.headers["x-request-id"];
    const headers: Record<string, string> = { ...fixedHeaders, ...reply.headers, "X-Request-Id": requestIdFor(Array.isArray(idHeader) ? idHeader.join(", ") : idHeader) };
    if (reply.body) headers["Content-Length"] = String(reply.body.byteLength);
    response.writeHead(reply.status, headers);
    response.end(reply.body ?? undefined);
    return true;
  };
  return (request, response, toApp) => {
    const url = request.url;
    // Without a Host the app refuses the request; with a key it may be a keeper's read.
    if (request.method !== "GET" || !url?.startsWith("/v1/") || !request.headers.host || request.headers.authorization !== undefined || !answers.mayReply(url)) {
      return toApp();
    }
    let version: ReturnType<typeof cheapDataVersion>;
    try {
      version = cheapDataVersion(db);
    } catch {
      // The database closing, or failing: the app answers with the right problem.
      return toApp();
    }
    if (!version) return toApp();
    if (!(version instanceof Promise)) {
      if (!answer(request, response, version)) toApp();
      return;
    }
    version.then(
      (known) => {
        if (!known || !answer(request, response, known)) toApp();
      },
      () => toApp(),
    );
  };
}
