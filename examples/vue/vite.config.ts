import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

// Vue would otherwise try to resolve every `cj-*` tag as a Vue component of its own. The app is
// served under /vue/ by the demo; relative asset URLs let it move anywhere.
export default defineConfig({
  base: "./",
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith("cj-") } } })],
  build: { outDir: "dist", emptyOutDir: true },
});
