// The npm build is plain tsc output, where nothing replaces __CHANJIAO_VERSION__ as the browser
// bundles' `define` does; this writes the package version into it, so that a page with two copies
// bundled from npm names both releases too.
import { readFile, writeFile } from "node:fs/promises";

const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));
await writeFile(
  new URL("../dist/shared/version.js", import.meta.url),
  `/** The version of @chanjiao/elements, named in the warning when another copy already holds a tag. */\nexport const VERSION = ${JSON.stringify(version)};\n`,
);
