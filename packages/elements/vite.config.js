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
    plugins: [...config.plugins, chunkFiles(), geoMapOwnCopies(), boardChartColours()],
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
/**
 * The SDK's schemas that stay in the core chunk: those every read uses (pages, problems, sources,
 * query fields, endpoint definitions), and those of talent and majors with the talent gaps' query
 * and endpoint, which several widgets read, the board among them: on their own they would be one
 * more small file for those pages. Every other schema goes with the widgets that read it, in a
 * chunk of its own where two share one; the collections' filters link every collection's schema,
 * so the list widgets share one chunk of them.
 */
const coreSchema = /\/sdk\/(?:src|dist)\/schemas\/(?:common|problem|sample-source|query-fields|endpoint|talent|major|talent-queries|endpoints\/talent-gaps)\.[jt]s$/;
const sdkSchema = /\/sdk\/(?:src|dist)\/schemas\//;
/** The language registry, which the loader exports for the language modules. */
const registry = normalizePath(fileURLToPath(new URL("./src/shared/i18n/registry.ts", import.meta.url)));
/** What the loader holds and the chunks share with it: the registry, the reads it starts early, and the URLs of reads. */
const inLoader = [registry, "/src/shared/early-reads.ts", "/sdk/src/client/read-url.ts", "/sdk/src/client/base-url.ts"];
/** The file naming of a static export, which only a provider reading one loads. */
const staticClientsOnly = "/sdk/src/client/static-path.ts";
/** The publishers' table, fetched only when a citation text needs a publisher's name (see shared/publisher-names.ts). */
const publishersOnDemand = ["/sdk/src/publishers.ts", "/src/shared/publisher-table.ts"];
/**
 * Shared modules only a few widgets use (downloads and exports of graphics, paging, states of
 * lists, tooltips): they travel with those widgets, in a chunk of their own where two share one.
 */
const fewWidgetsUse = /^shared\/(?:graphic-export|csv|download|tooltip-lines|pager|href-template|controls\.styles|records-by-id)\.ts$/;

/**
 * What goes in the core chunk, fetched with the first tag of a page: what every widget needs (lit,
 * the provider, the SDK's client, zod/mini, the schemas of {@link coreSchema}, src/shared but the
 * vocabulary and {@link fewWidgetsUse}). The other schemas and the vocabulary's groups go with the
 * widgets that use them, in chunks of their own where two share one; the school and programme
 * levels, which four widgets name, stay here rather than be one more small file for each.
 *
 * @param {string} id
 */
function inCore(id) {
  if (inLoader.some((path) => id.endsWith(path))) return false;
  if (id.endsWith(staticClientsOnly) || publishersOnDemand.some((path) => id.endsWith(path))) return false;
  if (id.startsWith(elementsSource)) {
    const path = id.slice(elementsSource.length);
    if (fewWidgetsUse.test(path)) return false;
    return /^(?:shared|provider)\//.test(path) && !/^shared\/i18n\/vocabulary\/(?!levels\.)/.test(path);
  }
  if (sdkSchema.test(id)) return coreSchema.test(id);
  // The package a module belongs to; none for the SDK, which is part of this workspace.
  const dependency = /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1];
  return dependency === undefined || everyWidgetUses.test(dependency);
}

const geoMap = normalizePath(fileURLToPath(new URL("./src/consortium-map/geo-map.ts", import.meta.url)));
const ownCopy = "?geo-map";

/**
 * Gives the geographic map (loaded only for a `geo-src`) its own copy of chart.js and of every
 * other package it imports. In one copy shared with the board, chart.js would hold the union of
 * what both register (the map's tooltip, its logarithmic and colour scales, bars), and every page
 * with the board would fetch the map's parts too: about 7 KB gzip. A page with both the board and
 * a geographic map fetches chart.js twice instead, a rarer page.
 *
 * @returns {import("vite").Plugin}
 */
function geoMapOwnCopies() {
  return {
    name: "chanjiao-geo-map-own-copies",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!importer || (importer !== geoMap && !importer.endsWith(ownCopy))) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !resolved.id.includes("/node_modules/")) return resolved;
      return { ...resolved, id: `${resolved.id}${ownCopy}` };
    },
    load(id) {
      return id.endsWith(ownCopy) ? readFileSync(id.slice(0, -ownCopy.length), "utf8") : null;
    },
  };
}

const chartColours = normalizePath(fileURLToPath(new URL("./src/talent-board/chart-colours.ts", import.meta.url)));

/**
 * Gives the board's copy of chart.js {@link chartColours} in place of its colour parser; the
 * geographic map's copy keeps the parser, for its hover colours.
 *
 * @returns {import("vite").Plugin}
 */
function boardChartColours() {
  return {
    name: "chanjiao-board-chart-colours",
    enforce: "pre",
    resolveId(source, importer) {
      return source === "@kurkle/color" && !importer?.endsWith(ownCopy) ? chartColours : null;
    },
  };
}

/**
 * Modules a widget imports on demand but awaits with its first data, by widget folder: the board's
 * sources are citation texts, whose links it names with the publishers' table before it draws.
 * The loader imports them with the widget's chunks, so that they are ready when its data is rather
 * than fetched once the widget's code has arrived and asked.
 */
export const loadedWithData = { "talent-board": ["/src/shared/publisher-table.ts"] };

/**
 * Writes into the loader, in place of `__CHANJIAO_CHUNK_FILES__`, the files each tag needs: the
 * chunk of its define module (the provider's: the core chunk) and every chunk that one imports
 * but the provider's, so that the loader asks for them all at once; and in place of
 * `__CHANJIAO_DATA_FILES__` the chunks of each tag's {@link loadedWithData}, which it imports.
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
      /** @type {Record<string, string[]>} */
      const dataFiles = {};
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
        const withData = (loadedWithData[folder] ?? []).map((path) => chunks.find((candidate) => candidate.facadeModuleId?.endsWith(path))?.fileName);
        if (withData.includes(undefined)) throw new Error(`a module <cj-${folder}> loads with its data has no chunk of its own`);
        if (withData.length > 0) dataFiles[`cj-${folder}`] = withData;
      }
      // Every tag loads the provider first, which asks for the provider's files: a widget's list leaves them out.
      const provider = new Set(files["cj-provider"]);
      for (const tag of Object.keys(files)) if (tag !== "cj-provider") files[tag] = files[tag].filter((file) => !provider.has(file));
      for (const placeholder of ["__CHANJIAO_CHUNK_FILES__", "__CHANJIAO_DATA_FILES__"]) {
        if (!loader?.code.includes(placeholder)) throw new Error(`the loader has no place for ${placeholder}`);
      }
      loader.code = loader.code.replace("__CHANJIAO_CHUNK_FILES__", JSON.stringify(files)).replace("__CHANJIAO_DATA_FILES__", JSON.stringify(dataFiles));
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
