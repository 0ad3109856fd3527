import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Hono } from "hono";

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

/** Serves the files of each directory under its URL prefix (`index.html` for a directory). */
export function mountStatic(app: Hono<any>, mounts: Record<string, string>): void {
  for (const [prefix, directory] of Object.entries(mounts)) {
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
      return c.body(body, 200, { "Content-Type": contentTypes[extname(target).toLowerCase()] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    });
  }
}
