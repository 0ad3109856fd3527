import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import react from "@vitejs/plugin-react";
import type { Page } from "playwright-core";
import { build } from "vite";

const examples = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** A snippet's files as the builder shows them: name, then text. */
export type SnippetFiles = Record<string, string>;

const page = (body: string, head = "") => `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>A fresh page</title>${head}</head>
  <body>
${body}  </body>
</html>
`;

/**
 * Builds a fresh app around a snippet with Vite, as its reader would: in a new folder beside the
 * example app of its framework (whose dependencies it uses), with the snippet's own files and a
 * page and entry module of the framework's usual shape. Answers the folder of the built files.
 */
export async function buildSnippetApp(kind: "npm" | "react" | "vue", files: SnippetFiles): Promise<string> {
  const root = await mkdtemp(join(kind === "vue" ? join(examples, "vue") : examples, ".snippet-app-"));
  const write = async (name: string, text: string) => {
    await mkdir(dirname(join(root, name)), { recursive: true });
    await writeFile(join(root, name), text);
  };
  for (const [name, text] of Object.entries(files)) if (name !== "Terminal") await write(name, text);
  if (kind === "npm") {
    await write("index.html", page(files["index.html"]!, '<script type="module" src="./main.js"></script>'));
  } else if (kind === "react") {
    await write("index.html", page('<div id="root"></div>\n<script type="module" src="./main.tsx"></script>\n'));
    // Type-checked as the React example is, against the package's JSX types.
    await write("tsconfig.json", JSON.stringify({ extends: "../react/tsconfig.json", include: ["*.tsx"] }));
    await write(
      "main.tsx",
      `import { createRoot } from "react-dom/client";\nimport { ChanjiaoWidget } from "./ChanjiaoWidget.tsx";\n\ncreateRoot(document.getElementById("root")!).render(<ChanjiaoWidget />);\n`,
    );
  } else {
    await write("index.html", page('<div id="app"></div>\n<script type="module" src="./main.ts"></script>\n'));
    // Type-checked as the Vue example is, against the package's Vue types, templates strictly.
    await write("tsconfig.json", JSON.stringify({ extends: "../tsconfig.json", include: ["*.ts", "*.vue"] }));
    await write("main.ts", `import { createApp } from "vue";\nimport ChanjiaoWidget from "./ChanjiaoWidget.vue";\n\ncreateApp(ChanjiaoWidget).mount("#app");\n`);
  }
  const out = join(root, "dist");
  await build({
    root,
    base: "./",
    logLevel: "silent",
    // The Vue snippet brings its own Vite config; the others need none beyond React's plugin.
    configFile: kind === "vue" ? join(root, "vite.config.ts") : false,
    plugins: kind === "react" ? [react()] : [],
    build: { outDir: out, emptyOutDir: true },
  });
  return out;
}

// Each framework's compiler, as its example app runs it: TypeScript for React's JSX, vue-tsc for Vue's templates.
const typeCheckers = {
  react: join(examples, "../node_modules/.bin/tsc"),
  vue: join(examples, "vue/node_modules/.bin/vue-tsc"),
};

/** Type-checks the app `buildSnippetApp` built from a React or Vue snippet; rejects with the compiler's messages. */
export async function typeCheckSnippetApp(kind: keyof typeof typeCheckers, out: string): Promise<void> {
  await promisify(execFile)(typeCheckers[kind], ["--noEmit", "-p", dirname(out)], { cwd: examples }).catch((error: { stdout?: string }) => {
    throw new Error(`the ${kind} snippet does not type-check:\n${error.stdout}`);
  });
}

/** Removes a folder `buildSnippetApp` made (the folder of its built files' parent). */
export const removeSnippetApp = (out: string) => rm(dirname(out), { recursive: true, force: true });

/** Serves `html`, or the files of `dir`, at `url` and below for `page` alone, on the origin of the demo. */
export async function serveToPage(page: Page, url: string, source: { html: string } | { dir: string }): Promise<void> {
  await page.route(`${url}**`, (route) => {
    const path = new URL(route.request().url()).pathname.slice(new URL(url).pathname.length) || "index.html";
    return "html" in source ? route.fulfill({ body: source.html, contentType: "text/html" }) : route.fulfill({ path: join(source.dir, path) });
  });
}

export const freshPage = page;
