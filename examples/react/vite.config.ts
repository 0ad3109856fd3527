import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The app is served under /react/ by the demo; relative asset URLs let it move anywhere.
export default defineConfig({
  base: "./",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
});
