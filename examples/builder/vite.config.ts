import { defineConfig } from "vite";

// Served under /builder/ by the demo and copied beside a static export: relative asset URLs let it move anywhere.
export default defineConfig({
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, assetsInlineLimit: 0 },
});
