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
 * The CDN loader, dist/cdn/chanjiao.js: the provider up front, each widget's chunk when its tag
 * first appears. It is built first and clears dist/cdn of an earlier build's hashed chunks.
 *
 * @returns {import("vite").UserConfig}
 */
export function loaderConfig() {
  const config = bundleConfig("src/cdn.ts", "chanjiao.js");
  const { rolldownOptions } = config.build;
  return {
    ...config,
    build: {
      ...config.build,
      emptyOutDir: true,
      rolldownOptions: {
        ...rolldownOptions,
        // Lets the loader export what the widget chunks share with it.
        preserveEntrySignatures: "allow-extension",
        output: { ...rolldownOptions.output, codeSplitting: { groups: [{ name: "chanjiao", test: inLoader }] } },
      },
    },
  };
}

const elementsSource = normalizePath(fileURLToPath(new URL("./src/", import.meta.url)));
const everyWidgetUses = /^(?:lit|lit-html|lit-element|@lit\/[^/]+|zod)$/;

/**
 * Shared modules only a few widgets use (downloads and exports of graphics, paging, states of
 * lists, tooltips): they travel with those widgets, in a chunk of their own where two share one.
 */
const fewWidgetsUse = /^shared\/(?:graphic-export|csv|download|tooltip-lines|states|pager|href-template|controls\.styles|records-by-id)\.ts$/;

/**
 * What goes in the loader's file: the loader itself, and what every widget needs (lit,
 * @lit/context, the SDK and its schemas, zod/mini, src/shared but the vocabulary and {@link fewWidgetsUse}), most of which the provider
 * needs anyway. A page with one widget then fetches two files. Split finer, it would fetch about
 * the same bytes in more files: the SDK's collection table links every schema to every widget.
 *
 * @param {string} id
 */
function inLoader(id) {
  if (id.startsWith(elementsSource)) {
    const path = id.slice(elementsSource.length);
    if (fewWidgetsUse.test(path)) return false;
    // The vocabulary's groups go with the widgets that name them, but for the school and programme
    // levels, which four widgets name: on their own they would be one more small file for each.
    return (path.startsWith("shared/") && !/^shared\/i18n\/vocabulary\/(?!levels\.)/.test(path)) || !path.includes("/");
  }
  // The contract of submissions (and of the posting it makes) is the demand form's alone: it goes with the form, not to every page.
  if (/\/sdk\/(?:src|dist)\/schemas\/(?:submission|talent-demand-write)\.[jt]s$/.test(id)) return false;
  // The package a module belongs to; none for the SDK, which is part of this workspace.
  const dependency = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  return dependency === undefined || everyWidgetUses.test(dependency);
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

const registry = normalizePath(fileURLToPath(new URL("./src/shared/i18n/registry.ts", import.meta.url)));

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
