// Regular expressions that backtrack super-linearly turn a long hostile string (a base URL, a
// query, a cell of an imported file) into seconds of CPU. This checks every regular expression in
// the code of every package and example that meets outside input (not tests and build scripts,
// which read the repository's own files) with eslint-plugin-regexp, and exits non-zero on any.
// It lives in a package of its own because the TypeScript parser needs TypeScript's JS API (5.x),
// which the repository's compiler (7.x) does not have.
import { fileURLToPath } from "node:url";
import parser from "@typescript-eslint/parser";
import { ESLint } from "eslint";
import regexp from "eslint-plugin-regexp";

const root = fileURLToPath(new URL("../..", import.meta.url));

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { ignores: ["**/node_modules/**", "**/dist/**", "**/*.d.ts", "**/*.test.*", "**/test-support/**", "**/test/**"] },
    {
      files: ["**/*.{ts,tsx,js,mjs}"],
      languageOptions: { parser, ecmaVersion: "latest", sourceType: "module" },
      linterOptions: { reportUnusedDisableDirectives: "error" },
      plugins: { regexp },
      rules: {
        "regexp/no-super-linear-backtracking": "error",
        "regexp/no-super-linear-move": "error",
      },
    },
  ],
});

const results = await eslint.lintFiles(["packages/*/src/**", "examples/**"]);
const formatter = await eslint.loadFormatter("stylish");
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
process.stdout.write(await formatter.format(results));
console.log(`regular expressions: ${results.length} files checked, ${problems} problems`);
process.exitCode = problems > 0 ? 1 : 0;
