import { defaultClientConditions, defineConfig } from "vite";
import { minifyTemplates } from "./scripts/minify-templates.js";

/**
 * How a browser bundle of the components is built: one minified ES module with lit, the SDK,
 * zod/mini and ky inside. The CDN build uses it for every tag; the size check for each budget.
 *
 * @param {string} entry - The module to bundle.
 * @returns {import("vite").UserConfig}
 */
export function bundleConfig(entry) {
  return {
    plugins: [minifyTemplates()],
    resolve: { conditions: ["source", ...defaultClientConditions] },
    build: {
      outDir: "dist/cdn",
      // tsc writes the npm build into dist/ as well, so the folder is not emptied.
      emptyOutDir: false,
      minify: true,
      // Library mode keeps whitespace and /* @__PURE__ */ notes in ES output for later bundlers; this
      // file goes to browsers as it is, so it is minified fully.
      rolldownOptions: { output: { minify: true }, treeshake: { propertyReadSideEffects: false } },
      sourcemap: true,
      lib: { entry, formats: ["es"], fileName: () => "chanjiao.js" },
    },
  };
}

export default defineConfig(bundleConfig("src/cdn.ts"));
