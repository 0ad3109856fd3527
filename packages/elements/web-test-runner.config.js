// Runs the component tests in Chromium against a real API server on a temporary seeded database.
// The script runs this file with tsx and the "source" condition (see package.json), so the server
// and the SDK are used from their TypeScript sources without a build.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { insertRecords, openDatabase, startServer } from "@chanjiao/server";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { otherRelease } from "./scripts/serve-other-release.js";
import { hostileRecords } from "./src/test-support/hostile-corpus.ts";

/** Starts the API when the test server starts, stops it after, and tells the tests its URL. */
function chanjiaoApi() {
  let dataDir;
  let api;
  return {
    name: "chanjiao-api",
    async serverStart() {
      dataDir = await mkdtemp(join(tmpdir(), "chanjiao-elements-test-"));
      api = await startServer({ db: join(dataDir, "chanjiao.db"), port: 0, host: "127.0.0.1", seed: true });
      // Records carrying hostile strings (ids "hostile-…", province 650000, which no other test reads),
      // stored as the API stores them, for src/shared/hostile-input.test.ts.
      const db = await openDatabase(join(dataDir, "chanjiao.db"));
      try {
        for (const [name, records] of Object.entries(hostileRecords)) await insertRecords(db, name, records);
      } finally {
        await db.destroy();
      }
    },
    async serverStop() {
      await api?.close();
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === "/__chanjiao/api-url") return { body: JSON.stringify({ url: `${api.url}/v1` }), type: "json" };
      return undefined;
    },
  };
}

export default {
  files: "src/**/*.test.ts",
  nodeResolve: { exportConditions: ["source", "browser"] },
  plugins: [
    // This plugin reads no "extends", so it gets the root file that holds the decorator settings.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL("../../tsconfig.json", import.meta.url)) }),
    chanjiaoApi(),
    otherRelease(fileURLToPath(new URL(".", import.meta.url))),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
        // As root Chromium needs no sandbox; the rest stops it stalling on network look-ups.
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--headless=new",
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
