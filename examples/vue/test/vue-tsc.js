// Runs vue-tsc on a project and returns its errors, one per reported location.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const vueTsc = fileURLToPath(new URL("../node_modules/.bin/vue-tsc", import.meta.url));

/**
 * @param {string} project - A tsconfig.json path.
 * @returns {{ errors: Array<{ file: string, line: number, code: string, message: string }>, output: string }}
 */
export function checkTemplates(project) {
  const run = spawnSync(vueTsc, ["--noEmit", "-p", project], { encoding: "utf8" });
  const output = `${run.stdout}${run.stderr}`;
  const errors = [...output.matchAll(/^(\S+?)\((\d+),\d+\): error (TS\d+): (.*)$/gm)].map(([, file, line, code, message]) => ({
    file,
    line: Number(line),
    code,
    message,
  }));
  return { errors, output };
}
