// Release checks, run in CI with every test: each package change carries a changeset, and what
// `pnpm pack` would publish installs, resolves, imports and type-checks, and passes publint.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { after, before, describe, test } from "node:test";
import { changedSince, packagesMissingChangesets, parseChangeset, pendingChangesets, releaseBaseline } from "./release/changesets.js";
import { exportSpecifiers, exportTargets, linkDependencies, matchTarget, packInto, runInConsumer, type PackedPackage } from "./release/pack.js";

const run = promisify(execFile);
const repository = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const packageDirs = { "@chanjiao/sdk": "packages/sdk", "@chanjiao/server": "packages/server", "@chanjiao/elements": "packages/elements", "@chanjiao/console": "packages/console" };
const oneMegabyte = 1024 * 1024;

describe("changesets", () => {
  test("a package with changes since its last release has a changeset naming it", { skip: !existsSync(join(repository, ".git")) && "not a git checkout" }, () => {
    const changes = Object.fromEntries(
      Object.entries(packageDirs).map(([name, dir]) => [name, changedSince(repository, releaseBaseline(repository, dir), dir)]),
    );
    assert.deepEqual(packagesMissingChangesets(changes, pendingChangesets(repository)), []);
  });

  test("the rule: user-visible changes need a changeset naming their package; tests, benchmarks and docs do not", () => {
    const changesets = [parseChangeset("a.md", '---\n"@chanjiao/sdk": patch\n---\n\nA fix.\n')];
    const changes = {
      "@chanjiao/sdk": ["src/client/retry.ts"],
      "@chanjiao/server": ["src/http/static.ts", "test/static.test.ts"],
      "@chanjiao/elements": ["src/shared/csv.test.ts", "src/test-support/fixtures.ts", "bench/board.bench.js", "README.md"],
    };
    assert.deepEqual(packagesMissingChangesets(changes, changesets), ["@chanjiao/server"]);
  });

  test("every pending changeset names packages of this repository with a valid bump", () => {
    for (const changeset of pendingChangesets(repository)) {
      for (const name of Object.keys(changeset.releases)) assert.ok(name in packageDirs, `${changeset.file} names ${name}`);
    }
    assert.throws(() => parseChangeset("bad.md", '---\n"@chanjiao/sdk": huge\n---\n\nText.\n'), /major\|minor\|patch/);
    assert.throws(() => parseChangeset("empty.md", '---\n"@chanjiao/sdk": patch\n---\n'), /description/);
  });
});

describe("packed packages", () => {
  let work: string;
  let consumer: string;
  let packed: PackedPackage[];

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "chanjiao-pack-"));
    consumer = join(work, "consumer");
    packed = [];
    for (const dir of Object.values(packageDirs)) packed.push(await packInto(join(repository, dir), consumer, join(work, "tarballs")));
    const workspaceDirs = Object.fromEntries(Object.entries(packageDirs).map(([name, dir]) => [name, join(repository, dir)]));
    await linkDependencies(consumer, packed, workspaceDirs);
    await writeFile(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  });

  after(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  test("every exports target, types, main and bin file is in the tarball", () => {
    for (const pkg of packed) {
      const missing: string[] = [];
      for (const { subpath, condition, target } of exportTargets(pkg.manifest.exports)) {
        if (matchTarget(target, pkg.files.keys()).length === 0) missing.push(`exports["${subpath}"].${condition}: ${target}`);
      }
      const bins = typeof pkg.manifest.bin === "string" ? [pkg.manifest.bin] : Object.values(pkg.manifest.bin ?? {});
      for (const [field, target] of [...[pkg.manifest.main, pkg.manifest.types].map((target) => ["main/types", target] as const), ...bins.map((bin) => ["bin", bin] as const)]) {
        if (target && matchTarget(target, pkg.files.keys()).length === 0) missing.push(`${field}: ${target}`);
      }
      assert.deepEqual(missing, [], `${pkg.name} ships what its package.json points at`);
    }
  });

  test("no tests, test support or source maps over 1 MB are shipped", () => {
    for (const pkg of packed) {
      const unwanted = [...pkg.files].filter(([file, size]) => /\.test\.|(^|\/)test-support\//.test(file) || (file.endsWith(".map") && size > oneMegabyte));
      assert.deepEqual(
        unwanted.map(([file, size]) => `${file} (${Math.round(size / 1024)} KB)`),
        [],
        `${pkg.name} ships no tests and no large source maps`,
      );
    }
  });

  test("every export resolves with Node's resolver from the unpacked files, and every module imports", async () => {
    for (const pkg of packed) {
      const specifiers = exportSpecifiers(pkg);
      assert.ok(specifiers.includes(pkg.name), `${pkg.name} has a main export`);
      const output = await runInConsumer(
        consumer,
        `for (const specifier of process.argv.slice(1)) {
           const url = import.meta.resolve(specifier);
           if (/\\.[cm]?js$/.test(url)) await import(specifier);
           console.log(specifier + " " + url);
         }`,
        specifiers,
      );
      for (const specifier of specifiers) {
        const url = new RegExp(`^${specifier} (file:.*)$`, "m").exec(output)?.[1];
        assert.ok(url?.startsWith(`file://${pkg.dir}/`), `${specifier} resolves inside the unpacked package: ${url}`);
      }
    }
  });

  test("a TypeScript project finds the types of every export", async () => {
    const specifiers = packed.flatMap((pkg) =>
      [...new Set(exportTargets(pkg.manifest.exports).filter(({ condition }) => condition === "types").flatMap(({ subpath, target }) => matchTarget(target, pkg.files.keys()).map(({ star }) => join(pkg.name, subpath.replace("*", star ?? "")))))],
    );
    assert.ok(specifiers.length >= 3, "each package declares types");
    await writeFile(join(consumer, "index.ts"), specifiers.map((specifier, index) => `import type * as module${index} from "${specifier}";\nexport type { module${index} };\n`).join(""));
    await writeFile(
      join(consumer, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "NodeNext", moduleResolution: "NodeNext", target: "ES2022", lib: ["ES2023", "DOM"], strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ["index.ts"] }),
    );
    const tsc = join(repository, "node_modules/.bin/tsc");
    const result = await run(tsc, ["-p", consumer]).catch((error: { stdout: string }) => ({ stdout: error.stdout }));
    assert.equal(result.stdout.trim(), "", "tsc reports no error");
  });

  test("publint finds nothing to fix in any package", async () => {
    const publint = join(repository, "node_modules/.bin/publint");
    for (const pkg of packed) {
      const result = await run(publint, ["run", pkg.dir, "--pack", "false", "--strict"]).catch((error: { stdout: string; stderr: string }) => ({ stdout: `${error.stdout}${error.stderr}` }));
      assert.match(result.stdout, /All good!/, `${pkg.name}:\n${result.stdout}`);
    }
  });
});
