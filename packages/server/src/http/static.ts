import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Hono } from "hono";
import { staticFileHeaders } from "./security-headers.js";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".geojson": "application/geo+json",
};

/** The file a request path maps to inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, relativePath: string): string | null {
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const target = resolve(base, `.${sep}${decoded}`);
  return target === base || target.startsWith(base + sep) ? target : null;
}

/** A directory served under a URL prefix, with headers of its own, such as a page's Content-Security-Policy. */
export interface StaticMount {
  dir: string;
  /** Added to every response from `dir`, replacing a default header of the same name. */
  headers?: Record<string, string>;
}

/** URL prefixes mapped to a directory, or to a directory with headers of its own. */
export type StaticMounts = Record<string, string | StaticMount>;

/** Serves the files of each directory under its URL prefix (`index.html` for a directory). */
export function mountStatic(app: Hono<any>, mounts: StaticMounts): void {
  for (const [prefix, mount] of Object.entries(mounts)) {
    const { dir: directory, headers = {} } = typeof mount === "string" ? { dir: mount } : mount;
    const base = `/${prefix.replace(/^\/+|\/+$/g, "")}`.replace(/^\/$/, "");
    app.get(`${base}/*`, async (c, next) => {
      let target = resolveInside(directory, c.req.path.slice(base.length));
      if (!target) return next();
      const info = await stat(target).catch(() => null);
      if (info?.isDirectory()) {
        target = resolve(target, "index.html");
      } else if (!info?.isFile()) {
        return next();
      }
      const body = await readFile(target).catch(() => null);
      if (!body) return next();
      return c.body(body, 200, { ...staticFileHeaders, "Content-Type": contentTypes[extname(target).toLowerCase()] ?? "application/octet-stream", "Cache-Control": "no-cache", ...headers });
    });
  }
}
