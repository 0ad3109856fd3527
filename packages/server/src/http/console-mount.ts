import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import type { Hono } from "hono";
import type { StaticMount } from "./static.js";

/**
 * The console's own policy: its scripts and styles from this origin only, its calls to this
 * origin's API only, no frames, and Trusted Types for every sink.
 */
export const consolePolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; require-trusted-types-for 'script'";

/** Every file below a folder, as paths relative to it with `/` between folders. */
async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
}

/** What to do about a console folder that holds no build, said to whoever starts the server. */
const notBuilt = (dir: string) =>
  `The keepers' console is not built: ${dir} holds no index.html. Build it (pnpm --filter @chanjiao/console build, or pnpm build in the repository), or start the server without it (chanjiao-server --no-console; startServer without its console option).`;

/**
 * The mount of the built console (`@chanjiao/console`'s dist folder) at `/console/`: exactly the files
 * the build left there, listed when the server starts, under the console's policy.
 *
 * @throws Error naming the folder and how to fix it when it holds no build.
 */
export async function consoleMount(dir: string): Promise<StaticMount> {
  const files = await filesBelow(dir).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  });
  if (!files.includes("index.html")) throw new Error(notBuilt(dir));
  return { dir, files, headers: { "Content-Security-Policy": consolePolicy } };
}

/** `/console` without its slash goes to `/console/`, where the console's relative URLs resolve. */
export function redirectToConsole(app: Hono<any>): void {
  app.get("/console", (c) => c.redirect("/console/", 301));
}
