import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiKey, openDatabase, type StaticMounts } from "@chanjiao/server";

const examples = dirname(fileURLToPath(import.meta.url));

/** Where the demo keeps its database by default: beside the repository's sources, outside every served folder. */
export const demoDatabase = resolve(examples, "../.data/chanjiao.db");

// The policy of a site that allows only its own scripts and styles and requires Trusted Types.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Everything the demo serves besides the API, one folder or file at a time: the example pages, the
 * React and Vue apps and the embed builder as `pnpm build` leaves them, and the CDN build. Never the examples folder as a whole,
 * which holds the server's script and `node_modules`.
 */
export const demoMounts: StaticMounts = {
  "/cdn/": resolve(examples, "../packages/elements/dist/cdn"),
  "/react/": resolve(examples, "react/dist"),
  "/vue/": resolve(examples, "vue/dist"),
  "/builder/": resolve(examples, "builder/dist"),
  "/strict-csp/": { dir: resolve(examples, "strict-csp"), headers: { "Content-Security-Policy": strictPolicy } },
  "/plain-html/": { dir: resolve(examples, "plain-html"), files: ["index.html", "page.css"] },
  "/province-portal/": { dir: resolve(examples, "province-portal"), files: ["index.html", "portal.js"] },
  "/school-site/": { dir: resolve(examples, "school-site"), files: ["index.html"] },
  // The same page with its widgets drawn by the server: readable without JavaScript and by search engines.
  "/school-site-rendered/": { dir: resolve(examples, "school-site"), files: ["index.html"], serverRendered: true },
  "/portal/": { dir: resolve(examples, "portal"), files: ["index.html"] },
  "/": { dir: examples, files: ["index.html"] },
};

/** The school whose site the demo shows (examples/school-site): its office keeps its programmes in the console. */
export const demoSchool = "school-1108860d48";

/**
 * Keys made each time the demo starts, printed so that the console can be tried at once: an editor
 * key of the school-site's school, and an admin key (held, as every key is, by an organisation: the
 * first enterprise of the data, since the sourced data names no government body).
 */
export async function demoKeys(database: string): Promise<Record<"editor" | "admin", { key: string; organisation: string }>> {
  const db = await openDatabase(database);
  try {
    const nameOf = async (id: string) => (JSON.parse((await db.selectFrom("organisations").select("data").where("id", "=", id).executeTakeFirstOrThrow()).data) as { name: string }).name;
    const operator = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
    const editor = await createApiKey(db, { organisationId: demoSchool, role: "editor", name: "demo: school office" });
    const admin = await createApiKey(db, { organisationId: operator.id, role: "admin", name: "demo: operator" });
    return { editor: { key: editor.key, organisation: await nameOf(demoSchool) }, admin: { key: admin.key, organisation: await nameOf(operator.id) } };
  } finally {
    await db.destroy();
  }
}
