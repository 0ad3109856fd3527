import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { StaticMounts } from "@chanjiao/server";

const examples = dirname(fileURLToPath(import.meta.url));

/** Where the demo keeps its database by default: beside the repository's sources, outside every served folder. */
export const demoDatabase = resolve(examples, "../.data/chanjiao.db");

// The policy of a site that allows only its own scripts and styles and requires Trusted Types.
const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * Everything the demo serves besides the API, one folder or file at a time: the example pages, the
 * React and Vue apps as `pnpm build` leaves them and the CDN build. Never the examples folder as a whole,
 * which holds the server's script and `node_modules`.
 */
export const demoMounts: StaticMounts = {
  "/cdn/": resolve(examples, "../packages/elements/dist/cdn"),
  "/react/": resolve(examples, "react/dist"),
  "/vue/": resolve(examples, "vue/dist"),
  "/strict-csp/": { dir: resolve(examples, "strict-csp"), headers: { "Content-Security-Policy": strictPolicy } },
  "/plain-html/": { dir: resolve(examples, "plain-html"), files: ["index.html", "page.css"] },
  "/province-portal/": { dir: resolve(examples, "province-portal"), files: ["index.html", "portal.js"] },
  "/school-site/": { dir: resolve(examples, "school-site"), files: ["index.html"] },
  "/portal/": { dir: resolve(examples, "portal"), files: ["index.html"] },
  "/": { dir: examples, files: ["index.html"] },
};
