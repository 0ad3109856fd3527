import { build } from "vite";
import { allInOneConfig } from "../vite.config.js";

/** The version the second copy reports, so that a clash names two different releases. */
export const OTHER_RELEASE = "9.9.9-other";

/**
 * A web-test-runner plugin serving a second, separately built copy of the one-file bundle as
 * another release would be, at /__chanjiao/other-release/chanjiao.all.js, for tests of two copies
 * on one page. It is built in memory once, when the test server starts.
 *
 * @param {string} root - The elements package.
 */
export function otherRelease(root) {
  let code;
  return {
    name: "chanjiao-other-release",
    async serverStart() {
      const config = allInOneConfig({ version: OTHER_RELEASE });
      const output = await build({
        ...config,
        configFile: false,
        root,
        logLevel: "silent",
        build: { ...config.build, write: false, sourcemap: false },
      });
      const [result] = Array.isArray(output) ? output : [output];
      code = result.output.find((file) => file.type === "chunk" && file.isEntry).code;
    },
    serve(context) {
      if (context.path === "/__chanjiao/other-release/chanjiao.all.js") return { body: code, type: "js" };
      return undefined;
    },
  };
}
