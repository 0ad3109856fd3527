import { defaultClientConditions, defineConfig } from "vite";
import { minifyTemplates } from "./scripts/minify-templates.js";

// The CDN build: one minified ES module that registers every tag, with lit, the SDK, zod/mini and
// ky inside. tsc writes the npm build into dist/ as well, so the folder is not emptied.
export default defineConfig({
  plugins: [minifyTemplates()],
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: {
    outDir: "dist/cdn",
    emptyOutDir: false,
    minify: true,
    // Library mode keeps whitespace and /* @__PURE__ */ notes in ES output for later bundlers; this
    // file goes to browsers as it is, so it is minified fully.
    rolldownOptions: { output: { minify: true }, treeshake: { propertyReadSideEffects: false } },
    sourcemap: true,
    lib: {
      entry: "src/cdn.ts",
      formats: ["es"],
      fileName: () => "chanjiao.js",
    },
  },
});
