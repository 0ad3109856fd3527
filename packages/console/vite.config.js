import { defaultClientConditions, defineConfig } from "vite";

/**
 * The console is served at /console/ on the API's origin, as files: one small entry (the shell and
 * the sign-in view) and a chunk per view, loaded when the view is first opened.
 */
export default defineConfig({
  base: "/console/",
  resolve: { conditions: ["source", ...defaultClientConditions] },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // A page under `script-src 'self'` cannot run the inline polyfill.
    modulePreload: { polyfill: false },
    rolldownOptions: { output: { comments: { annotation: false } } },
  },
});
