import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A folder to serve, full of what must not be served, beside a folder outside it. */
export interface Site {
  /** The folder to mount. */
  root: string;
  /** A folder beside it that no mount may reach. */
  outside: string;
  remove(): Promise<void>;
}

/**
 * Makes a site to mount: pages and scripts to serve, and beside them dot-files, a database, source,
 * an oversize script and links leading out of the folder, each holding a marker no answer may carry.
 */
export async function makeSite(): Promise<Site> {
  const directory = await mkdtemp(join(tmpdir(), "chanjiao-site-"));
  const root = join(directory, "root");
  const outside = join(directory, "outside");
  await mkdir(join(root, ".data"), { recursive: true });
  await mkdir(join(root, ".hidden"), { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(outside, "outside.txt"), "OUTSIDE");
  await writeFile(join(directory, "outside.txt"), "OUTSIDE");
  await writeFile(join(root, "index.html"), "<!doctype html><title>site</title>");
  await writeFile(join(root, "app.js"), "export const app = 1;");
  await writeFile(join(root, "other.js"), "export const other = 1;");
  await writeFile(join(root, ".env"), "SECRET=1");
  await writeFile(join(root, ".data", "site.db"), "SQLite format 3");
  await writeFile(join(root, ".hidden", "page.html"), "SECRET");
  await writeFile(join(root, "site.db"), "SQLite format 3");
  await writeFile(join(root, "server.ts"), "SECRET");
  // Over the default cap of 16 MiB.
  await writeFile(join(root, "large.js"), Buffer.alloc(17 * 1024 * 1024, 0x20));
  await symlink(join(outside, "outside.txt"), join(root, "link-out.txt"));
  await symlink(outside, join(root, "link-dir"));
  await symlink(join(root, "app.js"), join(root, "link-in.js"));
  return { root, outside, remove: () => rm(directory, { recursive: true, force: true }) };
}
