import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { drawExportedPages, exportStatic, mountStatic, openDatabase, seedDatabase } from "@chanjiao/server";
import { Hono } from "hono";

const examples = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const provider = '<cj-provider base-url="/v1">';

/** The example pages, the CDN build and a static export of the demo's data, served by a plain file server. */
export interface StaticSite {
  url: string;
  stop(): Promise<void>;
}

/**
 * Exports a freshly seeded database (as the demo seeds it), copies each of `pages` with its
 * provider switched to the export (`static` added), the school site also with its widgets drawn
 * from the export (at /school-site-rendered/), and each of the `built` apps as `pnpm build` left it
 * (`{ builder: "builder/dist" }` serves examples/builder/dist at /builder/), and serves the
 * directories as files only: no API route answers anything.
 */
export async function startStaticSite(pages: readonly string[], built: Record<string, string> = {}): Promise<StaticSite> {
  const dir = await mkdtemp(join(tmpdir(), "chanjiao-static-site-"));
  const db = await openDatabase(join(dir, "demo.db"));
  try {
    await seedDatabase(db);
    await exportStatic(db, join(dir, "export"));
  } finally {
    await db.destroy();
  }
  // The strict-CSP page names no icon, so the browser asks the site for its own, as on any real host.
  await mkdir(join(dir, "site"), { recursive: true });
  await writeFile(join(dir, "site/favicon.ico"), "");
  // Every page links the stylesheet of the plain HTML page.
  await mkdir(join(dir, "site/plain-html"), { recursive: true });
  await cp(join(examples, "plain-html/page.css"), join(dir, "site/plain-html/page.css"));
  for (const page of pages) {
    const html = await readFile(join(examples, page, "index.html"), "utf8");
    if (html.split(provider).length !== 2) throw new Error(`${page}/index.html should hold exactly one ${provider}`);
    await cp(join(examples, page), join(dir, "site", page), { recursive: true });
    await writeFile(join(dir, "site", page, "index.html"), html.replace(provider, '<cj-provider base-url="/v1" static>'));
  }
  for (const [path, folder] of Object.entries(built)) await cp(join(examples, folder), join(dir, "site", path), { recursive: true });
  // The school site once more, its widgets drawn from the export, as `chanjiao-server export --pages` writes it.
  if (pages.includes("school-site")) await drawExportedPages(join(dir, "export"), join(dir, "site/school-site"), join(dir, "site/school-site-rendered"));
  const app = new Hono();
  mountStatic(app, {
    "/v1/": join(dir, "export/v1"),
    "/cdn/": resolve(examples, "../packages/elements/dist/cdn"),
    "/": join(dir, "site"),
  });
  const server = await new Promise<ReturnType<typeof serve>>((started) => {
    const listening = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, () => started(listening));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise<void>((done) => {
        server.close(() => done());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}
