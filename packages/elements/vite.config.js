import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultClientConditions, defineConfig, normalizePath } from "vite";
import { minifyTemplates } from "./scripts/minify-templates.js";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

/** A widget's define module, whose chunk is named after the widget's folder. */
const widgetDefine = /[\\/]src[\\/]([^\\/]+)[\\/]define\.ts$/;

/**
 * How a browser bundle of the components is built: minified ES modules with lit, the SDK, zod/mini
 * inside, and the package version stamped in (`version` replaces it for tests that need a
 * second release on one page). The size check builds each budget with it; a dynamic `import()`
 * (the map's geographic mode) stays a chunk of its own.
 *
 * @param {string} entry - The module to bundle.
 * @param {string} fileName - The name of the entry's file in dist/cdn.
 * @param {{ version?: string }} [options]
 * @returns {import("vite").UserConfig}
 */
export function bundleConfig(entry, fileName, options = {}) {
  return {
    plugins: [minifyTemplates()],
    resolve: { conditions: ["source", ...defaultClientConditions] },
    define: { __CHANJIAO_VERSION__: JSON.stringify(options.version ?? version) },
    build: {
      outDir: "dist/cdn",
      // The one-file bundle is written beside the loader's files; only the loader's build empties dist/cdn.
      emptyOutDir: false,
      minify: true,
      // Library mode keeps whitespace and /* @__PURE__ */ notes in ES output for later bundlers; this
      // file goes to browsers as it is, so it is minified fully.
      rolldownOptions: {
        output: {
          minify: true,
          // Annotations such as /* @__PURE__ */ guide later bundlers; no bundler reads these files.
          comments: { annotation: false },
          chunkFileNames: (chunk) => `chunks/${chunk.facadeModuleId?.match(widgetDefine)?.[1] ?? "[name]"}-[hash].js`,
        },
        // Schemas are built by calls to zod/mini's `z`, which have no side effects: those of
        // collections a page never reads are left out.
        treeshake: { propertyReadSideEffects: false, manualPureFunctions: ["z"] },
      },
      sourcemap: true,
      lib: { entry, formats: ["es"], fileName: () => fileName },
    },
  };
}

/**
 * The CDN loader, dist/cdn/chanjiao.js: no widget of its own, each tag's chunks fetched when the
 * tag first appears. It is built first and clears dist/cdn of an earlier build's hashed chunks.
 *
 * @returns {import("vite").UserConfig}
 */
export function loaderConfig() {
  const config = bundleConfig("src/cdn.ts", "chanjiao.js");
  const { rolldownOptions } = config.build;
  return {
    ...config,
    plugins: [...config.plugins, chunkFiles()],
    build: {
      ...config.build,
      emptyOutDir: true,
      rolldownOptions: {
        ...rolldownOptions,
        // Lets the loader export the language registry, which the widget chunks share with it.
        preserveEntrySignatures: "allow-extension",
        output: { ...rolldownOptions.output, codeSplitting: { groups: [{ name: "core", test: inCore, includeDependenciesRecursively: false }] } },
      },
    },
  };
}

const elementsSource = normalizePath(fileURLToPath(new URL("./src/", import.meta.url)));
const everyWidgetUses = /^(?:lit|lit-html|lit-element|@lit\/[^/]+|zod)$/;
/** The SDK's schemas: each goes with the widgets that read its collection, but those of pages and problems, which the client reads. */
const sdkSchema = /\/sdk\/(?:src|dist)\/schemas\/(?!(?:common|problem)\.[jt]s$)/;
/** The language registry, which the loader exports for the language modules. */
const registry = normalizePath(fileURLToPath(new URL("./src/shared/i18n/registry.ts", import.meta.url)));
/** What the loader holds and the chunks share with it: the registry, the reads it starts early, and the URLs of reads. */
const inLoader = [registry, "/src/shared/early-reads.ts", "/sdk/src/client/read-url.ts", "/sdk/src/client/base-url.ts"];

/**
 * What goes in the core chunk, fetched with the first tag of a page: what every widget needs (lit,
 * the provider, the SDK's client, zod/mini, src/shared but the vocabulary). The schemas and the
 * vocabulary's groups go with the widgets that use them, in chunks of their own where two share
 * one; the school and programme levels, which four widgets name, stay here rather than be one more
 * small file for each.
 *
 * @param {string} id
 */
function inCore(id) {
  if (inLoader.some((path) => id.endsWith(path))) return false;
  if (id.startsWith(elementsSource)) {
    const path = id.slice(elementsSource.length);
    return /^(?:shared|provider)\//.test(path) && !/^shared\/i18n\/vocabulary\/(?!levels\.)/.test(path);
  }
  if (sdkSchema.test(id)) return false;
  // The package a module belongs to; none for the SDK, which is part of this workspace.
  const dependency = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  return dependency === undefined || everyWidgetUses.test(dependency);
}

/**
 * Writes into the loader, in place of `__CHANJIAO_CHUNK_FILES__`, the files each tag needs: the
 * chunk of its define module (the provider's: the core chunk) and every chunk that one
 * imports, so that the loader asks for them all at once.
 *
 * @returns {import("vite").Plugin}
 */
function chunkFiles() {
  return {
    name: "chanjiao-chunk-files",
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const loader = chunks.find((chunk) => chunk.isEntry);
      /** @type {Record<string, string[]>} */
      const files = {};
      for (const chunk of chunks) {
        const folder = chunk.facadeModuleId?.match(widgetDefine)?.[1] ?? (chunk.moduleIds.some((id) => id.endsWith("/src/provider/define.ts")) ? "provider" : undefined);
        if (folder === undefined || chunk === loader) continue;
        const reached = [chunk];
        for (const { imports } of reached) {
          for (const name of imports) {
            const next = byName.get(name);
            if (next && next !== loader && !reached.includes(next)) reached.push(next);
          }
        }
        files[`cj-${folder}`] = reached.map((file) => file.fileName);
      }
      if (!loader?.code.includes("__CHANJIAO_CHUNK_FILES__")) throw new Error("the loader has no place for its chunks' files");
      loader.code = loader.code.replace("__CHANJIAO_CHUNK_FILES__", JSON.stringify(files));
    },
  };
}

/**
 * Everything in one file, dist/cdn/chanjiao.all.js, for hosts that can serve only one: every tag
 * registered up front, the geographic map's code inlined too.
 *
 * @param {{ version?: string }} [options]
 * @returns {import("vite").UserConfig}
 */
export function allInOneConfig(options) {
  const config = bundleConfig("src/cdn-all.ts", "chanjiao.all.js", options);
  const { rolldownOptions } = config.build;
  return {
    ...config,
    build: { ...config.build, rolldownOptions: { ...rolldownOptions, output: { ...rolldownOptions.output, codeSplitting: false } } },
  };
}

/**
 * The language modules for pages that use the loader, dist/cdn/locales/th.js and the rest: each is
 * its table, registered with the loader's `registerLocale`, the registry the widgets' chunks read,
 * so that a `<script type="module">` of one adds its language. They import the loader rather than
 * carry a registry of their own, and the loader carries none of them.
 *
 * @returns {import("vite").UserConfig}
 */
export function localesConfig() {
  const languages = readdirSync(new URL("./src/locales/", import.meta.url)).filter((file) => /^[a-z-]+\.ts$/.test(file));
  const config = bundleConfig(Object.fromEntries(languages.map((file) => [file.slice(0, -3), `src/locales/${file}`])), "");
  return {
    ...config,
    plugins: [
      ...config.plugins,
      {
        name: "chanjiao-loader-registry",
        enforce: "pre",
        // The registry is the loader's: an import of chanjiao.js, one folder up from locales/.
        async resolveId(source, importer, options) {
          const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
          return resolved?.id === registry ? { id: "../chanjiao.js", external: true } : null;
        },
      },
    ],
    build: { ...config.build, lib: { ...config.build.lib, fileName: (_format, name) => `locales/${name}.js` } },
  };
}

// `vite build` writes the loader; `vite build --mode all` the one-file bundle beside it, and
// `vite build --mode locales` the language modules.
export default defineConfig(({ mode }) => (mode === "all" ? allInOneConfig() : mode === "locales" ? localesConfig() : loaderConfig()));
