import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.js";
import { varyOn } from "./vary.js";

/** The encodings the server sends, best first. */
export type Encoding = "br" | "gzip";

/** Smaller answers gain too little from compression to pay for it. */
export const minCompressedBytes = 1024;

/**
 * Clients send a handful of distinct `Accept-Encoding` values (one per browser), so each is parsed
 * once; the memo is emptied when full, so that hostile variations cannot grow it.
 */
const chosenByHeader = new Map<string, Encoding | undefined>();
const maxRememberedHeaders = 64;

/**
 * The best encoding the client accepts (`Accept-Encoding`), brotli before gzip; none when it
 * accepts neither or refuses both with `q=0`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  if (chosenByHeader.has(acceptEncoding)) return chosenByHeader.get(acceptEncoding);
  const chosen = parseAcceptEncoding(acceptEncoding);
  if (chosenByHeader.size >= maxRememberedHeaders) chosenByHeader.clear();
  chosenByHeader.set(acceptEncoding, chosen);
  return chosen;
}

function parseAcceptEncoding(acceptEncoding: string): Encoding | undefined {
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => accepted.get(name) ?? (accepted.has("*") ? accepted.get("*")! : 0);
  if (weight("br") > 0) return "br";
  if (weight("gzip") > 0) return "gzip";
  return undefined;
}

/**
 * Compresses a body. Brotli at quality 5 compresses JSON about as well as gzip's best in far less
 * time than brotli's default 11, which is meant for files compressed once at build time.
 */
export function encode(body: Uint8Array, encoding: Encoding): Uint8Array<ArrayBuffer> {
  // zlib's synchronous calls return a Buffer over an ArrayBuffer of its own, never a shared one.
  return (encoding === "br"
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } })
    : gzipSync(body, { level: 6 })) as Uint8Array<ArrayBuffer>;
}

const compressible = /^(application\/(json|problem\+json|x-ndjson)|text\/)/;

/**
 * Compresses the API's other answers (the OpenAPI document, imports' reports, problems) when the
 * client accepts it. Answers kept by the answer cache arrive already encoded and pass untouched.
 */
export const compressAnswers: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const response = c.res;
  varyOn(response.headers, "Accept-Encoding");
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"));
  if (!encoding || response.headers.has("Content-Encoding") || !response.body || c.req.method === "HEAD") return;
  if (!compressible.test(response.headers.get("Content-Type") ?? "")) return;
  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  if (body.byteLength < minCompressedBytes) {
    c.res = new Response(body, { status: response.status, headers });
    return;
  }
  const encoded = encode(body, encoding);
  headers.set("Content-Encoding", encoding);
  headers.set("Content-Length", String(encoded.byteLength));
  c.res = new Response(encoded, { status: response.status, headers });
};
