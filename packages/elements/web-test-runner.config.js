// Runs the component tests in Chromium against real API servers on temporary databases: one seeded,
// one holding only records with hostile strings.
// The script runs this file with tsx and the "source" condition (see package.json), so the server
// and the SDK are used from their TypeScript sources without a build. The server is imported by
// path, not as a package: it depends on the elements (for its fragments), so the elements do not
// depend on it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSeedRecords, createApiKey, openDatabase, startServer, writeRecords } from "../server/src/index.ts";
import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { visualRegressionPlugin } from "@web/test-runner-visual-regression/plugin";
import { compareWithReference, saveReference } from "./scripts/screenshot-reference.js";
import { otherRelease } from "./scripts/serve-other-release.js";
import { hostileCity, hostileDemand, hostileIds, hostileRecords } from "./src/test-support/hostile-corpus.ts";

/**
 * Fills a database with only the records of src/test-support/hostile-corpus.ts and the real regions
 * (one city renamed), then publishes the hostile talent demand through the write API with the
 * publisher's key, as a publisher would. Every record a widget lists from it carries the corpus.
 */
async function startHostileApi(file) {
  const db = await openDatabase(file);
  let key;
  try {
    const regions = buildSeedRecords({ demandCount: 0 }).regions.map((region) => (region.code === hostileCity.code ? { ...region, name: hostileCity.name, shortName: hostileCity.name, nameEn: hostileCity.name } : region));
    await writeRecords(db, { ...hostileRecords, regions });
    ({ key } = await createApiKey(db, { organisationId: hostileIds.publisher, name: "hostile-input test" }));
  } finally {
    await db.destroy();
  }
  const api = await startServer({ db: file, port: 0, host: "127.0.0.1" });
  for (const posting of hostileDemand) {
    const posted = await fetch(`${api.url}/v1/talent-demand`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify(posting),
    });
    if (posted.status !== 201) throw new Error(`Posting the hostile talent demand failed: ${posted.status} ${await posted.text()}`);
  }
  return api;
}

/** `markup` with its widgets drawn by `@chanjiao/elements/ssr`, loaded only by the tests that ask. */
async function serverRendered(markup, baseUrl) {
  const { renderWidgets } = await import("./src/ssr/index.ts");
  return { body: await renderWidgets(markup, { baseUrl }), type: "html" };
}

/** Starts the APIs when the test server starts, stops them after, and tells the tests their URLs. */
function chanjiaoApi() {
  let dataDir;
  let api;
  let hostileApi;
  return {
    name: "chanjiao-api",
    async serverStart() {
      dataDir = await mkdtemp(join(tmpdir(), "chanjiao-elements-test-"));
      [api, hostileApi] = await Promise.all([
        startServer({ db: join(dataDir, "chanjiao.db"), port: 0, host: "127.0.0.1", seed: true }),
        startHostileApi(join(dataDir, "hostile.db")),
      ]);
    },
    async serverStop() {
      await Promise.all([api?.close(), hostileApi?.close()]);
      if (dataDir) await rm(dataDir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === "/__chanjiao/api-url") return { body: JSON.stringify({ url: `${api.url}/v1` }), type: "json" };
      if (context.path === "/__chanjiao/hostile-api-url") return { body: JSON.stringify({ url: `${hostileApi.url}/v1` }), type: "json" };
      // The markup in `html`, drawn by the server rendering against the seeded API.
      if (context.path === "/__chanjiao/server-rendered") return serverRendered(String(context.query.html), `${api.url}/v1`);
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
    // src/shared/screenshots.test.ts: reference images in screenshots/reference, written anew with
    // UPDATE_SCREENSHOTS=1 (package script screenshots:update); a failure leaves the new image and
    // a diff in screenshots/failed. A small tolerance absorbs anti-aliasing, not a moved box.
    visualRegressionPlugin({
      update: process.env.UPDATE_SCREENSHOTS === "1",
      baseDir: fileURLToPath(new URL("./screenshots", import.meta.url)),
      getBaselineName: ({ name }) => `reference/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      saveBaseline: saveReference,
      getImageDiff: compareWithReference,
      failureThreshold: 0.1,
      failureThresholdType: "percent",
    }),
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
  // The screenshot file takes and compares 88 screenshots; the default of 2 minutes is too short
  // on a busy machine.
  testsFinishTimeout: 600_000,
};
