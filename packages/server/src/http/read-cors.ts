import { cors } from "hono/cors";

const exposeHeaders = ["ETag", "X-Request-Id"];

/** Reads are open to pages of every origin: widgets fetch the API from the sites that embed them. */
export const readCors = cors({ origin: "*", allowMethods: ["GET", "HEAD", "OPTIONS"], exposeHeaders, maxAge: 86400 });

/** What {@link readCors} adds to the answer of a GET, whatever the request's origin. */
export const readCorsAnswerHeaders: Readonly<Record<string, string>> = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": exposeHeaders.join(",") };
