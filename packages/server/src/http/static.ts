import { createReadStream } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { Readable } from "node:stream";
import type { Context, Hono } from "hono";
import { drawWidgetsOfPage } from "../routes/fragments.js";
import type { AnswerCache } from "./answer-cache.js";
import { chooseEncoding } from "./compression.js";
import { inlineStylesheets } from "./inline-stylesheets.js";
import { staticFileHeaders } from "./security-headers.js";
import { CompressedFiles, isCompressible } from "./static-compression.js";

/** The only kinds of file a mount serves; anything else (a database, source, a key file) is not found. */
const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".geojson": "application/geo+json",
  ".topojson": "application/json; charset=utf-8",
};

/** Files larger than this are not served unless a mount allows more: a mount is for pages and scripts, not downloads. */
export const defaultMaxFileBytes = 16 * 1024 * 1024;

/** A directory served under a URL prefix, with headers of its own, such as a page's Content-Security-Policy. */
export interface StaticMount {
  dir: string;
  /** Added to every response from `dir`, replacing a default header of the same name. */
  headers?: Record<string, string>;
  /**
   * Serves only these files, as paths relative to `dir` with `/` between folders (`index.html`,
   * `app/main.js`); without it, every file of an allowed type below `dir`.
   */
  files?: readonly string[];
  /** The largest file served, in bytes; default {@link defaultMaxFileBytes}. */
  maxFileBytes?: number;
  /**
   * Serves each HTML page with its Chanjiao widgets drawn on the server, with the data of this
   * API (through `@chanjiao/elements/ssr`), rather than as the file is, and with the small
   * stylesheets its head links to (4 KB at most, served by a mount of this server) put in the page,
   * so that its first paint waits for no other file. A drawn page is kept like the API's answers,
   * until the data changes: a page or stylesheet edited meanwhile is served anew after the next
   * change of the data or a restart.
   */
  serverRendered?: boolean;
}

/** URL prefixes mapped to a directory, or to a directory with settings of its own. */
export type StaticMounts = Record<string, string | StaticMount>;

/** A file that may be served: its real path, size and modification time. */
export interface ServableFile {
  path: string;
  size: number;
  modified: Date;
}

// Backslashes would be separators on Windows; a NUL ends a path in C.
const refusedCharacters = /[\0\\]/;

function isHidden(relativePath: string): boolean {
  return relativePath.split(/[\\/]/).some((segment) => segment.startsWith("."));
}

/**
 * The file a request path (below the mount's prefix) may serve, or null. The path is decoded once;
 * a segment starting with a dot (`..`, `.env`, `.data/`) is refused outright; the real path, links
 * resolved, must lie inside the real root and have an allowed type, be a regular file within the
 * size cap, and be listed when the mount lists its files. A directory serves its `index.html`.
 */
export async function resolveServable(mount: StaticMount, requestPath: string): Promise<ServableFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (refusedCharacters.test(decoded) || isHidden(decoded)) return null;
  const root = await realpath(mount.dir).catch(() => null);
  if (root === null) return null;
  const inside = async (candidate: string) => {
    const real = await realpath(candidate).catch(() => null);
    if (real === null) return null;
    const path = relative(root, real);
    if (path.startsWith(`..${sep}`) || path === ".." || isHidden(path)) return null;
    const info = await stat(real).catch(() => null);
    return info ? { real, path, info } : null;
  };
  let found = await inside(join(root, decoded));
  if (found?.info.isDirectory()) found = await inside(join(found.real, "index.html"));
  if (!found?.info.isFile()) return null;
  const { real, path, info } = found;
  if (!(extname(real).toLowerCase() in contentTypes)) return null;
  if (info.size > (mount.maxFileBytes ?? defaultMaxFileBytes)) return null;
  if (mount.files && !mount.files.includes(path.split(sep).join("/"))) return null;
  return { path: real, size: info.size, modified: info.mtime };
}

function validators(file: ServableFile): { etag: string; lastModified: string } {
  // Size and modification time identify a version without reading the file.
  return { etag: `W/"${file.size.toString(36)}-${Math.floor(file.modified.getTime()).toString(36)}"`, lastModified: file.modified.toUTCString() };
}

function notModified(c: Context, etag: string, modified: Date): boolean {
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch !== undefined) {
    const weak = (tag: string) => tag.trim().replace(/^W\//, "");
    return ifNoneMatch.trim() === "*" || ifNoneMatch.split(",").some((tag) => weak(tag) === weak(etag));
  }
  const since = Date.parse(c.req.header("If-Modified-Since") ?? "");
  return !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since;
}

/** The headers of a drawn page: a static file's, without its validators, since it follows the data. */
const pageHeaders = (mount: StaticMount): Record<string, string> => ({ ...staticFileHeaders, "Cache-Control": "no-cache", ...mount.headers });

/**
 * A page of a server-rendered mount, drawn when asked (and kept by data version, see `mountStatic`): what it shows follows the data, so it
 * carries neither the file's validators nor a length known before it is drawn.
 */
async function serveDrawn(c: Context, app: Hono<any>, file: ServableFile, headers: Record<string, string>, servedFile: (url: URL) => Promise<string | undefined>): Promise<Response> {
  const drawn = await drawWidgetsOfPage(app, await readFile(file.path, "utf8"), c.req.url);
  const pageUrl = new URL(c.req.url);
  const page = await inlineStylesheets(drawn, async (href) => {
    const url = URL.canParse(href, pageUrl.href) ? new URL(href, pageUrl) : undefined;
    return url?.origin === pageUrl.origin ? servedFile(url) : undefined;
  });
  const typed = { ...headers, "Content-Type": contentTypes[".html"]! };
  return c.req.method === "HEAD" ? c.body(null, 200, typed) : c.body(page, 200, typed);
}

/**
 * Serves the files of each directory under its URL prefix (see {@link resolveServable} for what
 * may be served). Files are answered with ETag and Last-Modified, so that a revalidation costs a
 * 304. Scripts, styles, pages and JSON go compressed (brotli, then gzip) to clients that accept
 * it, compressed once per version; other files are streamed, never read whole.
 */
export function mountStatic(app: Hono<any>, mounts: StaticMounts, answers?: AnswerCache): void {
  const compressed = new CompressedFiles();
  const served = Object.entries(mounts).map(([prefix, setting]) => ({
    mount: typeof setting === "string" ? { dir: setting } : setting,
    base: prefix.split("/").filter(Boolean).map((segment) => `/${segment}`).join(""),
  }));
  /** The file a request for this address of the server would be answered with, as the mounts below find it. */
  const servedFile = async (url: URL): Promise<string | undefined> => {
    for (const { mount, base } of served) {
      if (!url.pathname.startsWith(`${base}/`)) continue;
      const file = await resolveServable(mount, url.pathname.slice(base.length));
      if (file) return file.path;
    }
    return undefined;
  };
  for (const { mount, base } of served) {
    // A drawn page is kept by data version; the files beside it (styles, scripts) pass through.
    const keepDrawn = mount.serverRendered ? answers?.forDrawnPage() : undefined;
    if (keepDrawn) {
      app.get(`${base}/*`, async (c, next) => {
        if (!/\.html$|\/$/.test(c.req.path)) return next();
        // A kept page is answered as the API's answers are: it takes the mount's headers again.
        const response = (await keepDrawn(c, next)) ?? c.res;
        for (const [name, value] of Object.entries(pageHeaders(mount))) response.headers.set(name, value);
        return response;
      });
    }
    app.get(`${base}/*`, async (c, next) => {
      const file = await resolveServable(mount, c.req.path.slice(base.length));
      if (!file) return next();
      const { etag, lastModified } = validators(file);
      if (mount.serverRendered && extname(file.path).toLowerCase() === ".html") return serveDrawn(c, app, file, pageHeaders(mount), servedFile);
      const contentType = contentTypes[extname(file.path).toLowerCase()]!;
      const compressible = isCompressible(contentType, file.size);
      const headers: Record<string, string> = { ...staticFileHeaders, ETag: etag, "Last-Modified": lastModified, "Cache-Control": "no-cache", ...mount.headers };
      if (compressible) headers.Vary = "Accept-Encoding";
      if (notModified(c, etag, file.modified)) return c.body(null, 304, headers);
      const encoding = compressible ? chooseEncoding(c.req.header("Accept-Encoding")) : undefined;
      if (encoding) {
        const encoded = await compressed.get(file.path, etag, encoding);
        const typed = { ...headers, "Content-Type": contentType, "Content-Encoding": encoding, "Content-Length": String(encoded.byteLength) };
        if (c.req.method === "HEAD") return c.body(null, 200, typed);
        return c.body(encoded, 200, typed);
      }
      const typed = { ...headers, "Content-Type": contentType, "Content-Length": String(file.size) };
      if (c.req.method === "HEAD") return c.body(null, 200, typed);
      // Read at the pace the client takes it: a slow download holds one chunk, not the file.
      const stream = Readable.toWeb(createReadStream(file.path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>;
      return c.body(stream, 200, typed);
    });
  }
}
