import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { inlineStylesheets } from "../http/inline-stylesheets.js";
import { drawWidgets } from "../routes/fragments.js";

/** The root the drawn widgets read the export at; only its paths matter, each the path of an exported file. */
const exportRoot = "http://export.invalid/v1";

/** A `fetch` answering from the files of the export in `dir` (its `v1` folder), as a static host would. */
function exportFetch(dir: string): typeof fetch {
  const root = resolve(dir, "v1");
  return async (input, init) => {
    const file = resolve(root, decodeURIComponent(new URL(new Request(input, init).url).pathname.replace(/^\/v1\//, "")));
    const body = file.startsWith(root + sep) ? await readFile(file).catch(() => undefined) : undefined;
    return body ? new Response(body, { headers: { "Content-Type": "application/json" } }) : new Response(null, { status: 404 });
  };
}

/** The file a page links to by a relative address, when it lies below `pages` (see inline-stylesheets.ts). */
function fileBeside(pages: string, page: string, href: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:|^\/|[?#]/i.test(href)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(href);
  } catch {
    return undefined;
  }
  const root = resolve(pages);
  const file = resolve(root, dirname(page), decoded);
  return file.startsWith(root + sep) ? file : undefined;
}

/**
 * Writes each HTML page below `pages` to the same place below `out`, with its widgets drawn with
 * the data of the export in `exportDir`: its providers must read the export (`static`), and the
 * browser then takes the widgets over without reading it again. Small stylesheets beside the
 * pages go into them, as the server puts them into the pages it draws. Answers the pages written.
 */
export async function drawExportedPages(exportDir: string, pages: string, out: string): Promise<string[]> {
  const files = (await readdir(pages, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith(".html"));
  const written: string[] = [];
  for (const entry of files) {
    const path = relative(pages, join(entry.parentPath, entry.name));
    const widgetsDrawn = await drawWidgets(await readFile(join(pages, path), "utf8"), { baseUrl: exportRoot, static: true, fetch: exportFetch(exportDir) });
    const drawn = await inlineStylesheets(widgetsDrawn, async (href) => fileBeside(pages, path, href));
    await mkdir(dirname(join(out, path)), { recursive: true });
    await writeFile(join(out, path), drawn);
    written.push(path.split(sep).join("/"));
  }
  return written;
}
