import type { DataVersion } from "../db/data-version.js";
import { sharedDataVersion } from "../db/data-version-watch.js";
import type { Database } from "../db/open.js";
import type { AnswerCache, Reply } from "./answer-cache.js";
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
  /** `headers` flat: name, value, name, value… */
  writeHead(status: number, headers: string[]): unknown;
  end(body?: Uint8Array): unknown;
}

/** Answers a request straight through node:http when it can, else calls `toApp`, which leaves it to the app. */
export type DirectReads = (request: ReadRequest, response: ReadResponse, toApp: () => void) => void;

/**
 * The public reads answered before the app sees them: a GET of a URL the app answered from the
 * answer cache, while that answer is kept and the data version it was computed at is current (as
 * learned cheaply, from one read shared by the requests that arrived before it: see
 * db/data-version-watch.ts). The reply carries what the app's middleware
 * would add (security headers, read CORS, request id), so the client cannot tell the two apart;
 * anything else (another method, a key, a URL not answered before, a version only the database
 * can tell, a failure) goes to the app, which answers it as it always has.
 */
export function directReads(db: Database, answers: AnswerCache, options: SecurityHeaderOptions): DirectReads {
  const fixedHeaders = { ...apiSecurityHeaders(options), ...readCorsAnswerHeaders };
  /**
   * The headers of each reply as written, all but the request id, made once per reply (a kept
   * answer's replies never change), so that a request costs about what plain node:http does.
   */
  const headerLists = new WeakMap<Reply, string[]>();
  const headerListOf = (reply: Reply): string[] => {
    let list = headerLists.get(reply);
    if (!list) {
      list = Object.entries({ ...fixedHeaders, ...reply.headers, ...(reply.body ? { "Content-Length": String(reply.body.byteLength) } : {}) }).flat();
      headerLists.set(reply, list);
    }
    return list;
  };
  const answer = (request: ReadRequest, response: ReadResponse, version: DataVersion): boolean => {
    const { headers } = request;
    const reply = answers.replyFor(request.url!, version, { ifNoneMatch: headers["if-none-match"], acceptEncoding: headers["accept-encoding"] });
    if (!reply) return false;
    const idHeader = headers["x-request-id"];
    response.writeHead(reply.status, [...headerListOf(reply), "X-Request-Id", requestIdFor(Array.isArray(idHeader) ? idHeader.join(", ") : idHeader)]);
    response.end(reply.body ?? undefined);
    return true;
  };
  return (request, response, toApp) => {
    const url = request.url;
    // Without a Host the app refuses the request; with a key it may be a keeper's read.
    if (request.method !== "GET" || !url?.startsWith("/v1/") || !request.headers.host || request.headers.authorization !== undefined || !answers.mayReply(url)) {
      return toApp();
    }
    let version: ReturnType<typeof sharedDataVersion>;
    try {
      version = sharedDataVersion(db);
    } catch {
      // The database closing, or failing: the app answers with the right problem.
      return toApp();
    }
    if (!version) return toApp();
    version.then(
      (known) => {
        if (!known || !answer(request, response, known)) toApp();
      },
      () => toApp(),
    );
  };
}
