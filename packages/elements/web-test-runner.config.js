// Runs the component tests in Chromium against a real API server on a temporary seeded database.
// The script runs this file with tsx and the "source" condition (see package.json), so the server
// and the SDK are used from their TypeScript sources without a build.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createApiKey, insertRecords, openDatabase, startServer } from "@chanjiao/server";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { otherRelease } from "./scripts/serve-other-release.js";
import { hostileDemand, hostileRecords } from "./src/test-support/hostile-corpus.ts";

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
      let key;
      try {
        for (const [name, records] of Object.entries(hostileRecords)) await insertRecords(db, name, records);
        // Talent demand has a write API, so its hostile posting goes in the way a publisher's would.
        const publisher = await db.selectFrom("organisations").select("id").where("kind", "=", "enterprise").orderBy("id").executeTakeFirstOrThrow();
        ({ key } = await createApiKey(db, { organisationId: publisher.id, name: "hostile-input test" }));
      } finally {
        await db.destroy();
      }
      const posted = await fetch(`${api.url}/v1/talent-demand`, {
        method: "POST",
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        body: JSON.stringify(hostileDemand),
      });
      if (posted.status !== 201) throw new Error(`Posting the hostile talent demand failed: ${posted.status} ${await posted.text()}`);
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
