import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, realpath, stat, symlink } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** What `pnpm pack` put in a package's tarball, unpacked where a consumer's install would put it. */
export interface PackedPackage {
  name: string;
  /** The unpacked package: `<consumer>/node_modules/<name>`. */
  dir: string;
  manifest: Manifest;
  /** Every file of the tarball, relative to `dir`, with its size. */
  files: Map<string, number>;
}

export interface Manifest {
  name: string;
  main?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: ExportsTarget;
  dependencies?: Record<string, string>;
  /** Optional ones too: a consumer using what needs them has them installed. */
  peerDependencies?: Record<string, string>;
}

type ExportsTarget = string | null | ExportsTarget[] | { [key: string]: ExportsTarget };

/** Packs the workspace package at `packageDir` with `pnpm pack` and unpacks it into `consumer/node_modules`. */
export async function packInto(packageDir: string, consumer: string, tarballs: string): Promise<PackedPackage> {
  const { name } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as Manifest;
  await mkdir(tarballs, { recursive: true });
  const before = new Set(await readdir(tarballs));
  await run("pnpm", ["pack", "--pack-destination", tarballs], { cwd: packageDir });
  const tarball = (await readdir(tarballs)).find((file) => file.endsWith(".tgz") && !before.has(file));
  if (!tarball) throw new Error(`pnpm pack left no tarball for ${name}`);
  const dir = join(consumer, "node_modules", name);
  await mkdir(dir, { recursive: true });
  await run("tar", ["-xzf", join(tarballs, tarball), "-C", dir, "--strip-components=1"]);
  const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8")) as Manifest;
  return { name, dir, manifest, files: await listFiles(dir) };
}

async function listFiles(dir: string): Promise<Map<string, number>> {
  const files = new Map<string, number>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), (await stat(path)).size);
  }
  return files;
}

/**
 * Links each third-party dependency and peer dependency of the packed packages into the consumer from the workspace
 * install, so the consumer resolves as it would after `npm install` while the packages themselves
 * (and their dependencies on each other) come from the tarballs.
 */
export async function linkDependencies(consumer: string, packed: PackedPackage[], workspaceDirs: Record<string, string>): Promise<void> {
  const ours = new Set(packed.map((pkg) => pkg.name));
  for (const pkg of packed) {
    for (const dependency of Object.keys({ ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies })) {
      if (ours.has(dependency)) continue;
      const link = join(consumer, "node_modules", dependency);
      if (await stat(link).catch(() => null)) continue;
      await mkdir(dirname(link), { recursive: true });
      await symlink(await realpath(join(workspaceDirs[pkg.name] ?? "", "node_modules", dependency)), link);
    }
  }
}

/** Every target of `exports`, with the subpath and condition that lead to it. */
export function exportTargets(exports: ExportsTarget | undefined): Array<{ subpath: string; condition: string; target: string }> {
  const targets: Array<{ subpath: string; condition: string; target: string }> = [];
  const walk = (subpath: string, condition: string, value: ExportsTarget | undefined) => {
    if (typeof value === "string") targets.push({ subpath, condition, target: value });
    else if (Array.isArray(value)) for (const item of value) walk(subpath, condition, item);
    else if (value) for (const [key, inner] of Object.entries(value)) walk(key.startsWith(".") ? key : subpath, key.startsWith(".") ? "default" : key, inner);
  };
  if (typeof exports === "string" || Array.isArray(exports)) walk(".", "default", exports);
  else walk(".", "default", exports ?? undefined);
  return targets;
}

/**
 * The files a target matches: itself, or for a `*` pattern every file it covers, with what `*`
 * stood for (Node puts the same text in place of every `*` of a target).
 */
export function matchTarget(target: string, files: Iterable<string>): Array<{ file: string; star: string | undefined }> {
  const path = target.replace(/^\.\//, "");
  if (!path.includes("*")) return [...files].includes(path) ? [{ file: path, star: undefined }] : [];
  const [first, ...rest] = path.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`^${first}(.+)${rest.join("\\1")}$`);
  return [...files].flatMap((file) => {
    const star = pattern.exec(file)?.[1];
    return star === undefined ? [] : [{ file, star }];
  });
}

/** The concrete import specifiers of a package's exports: `name`, `name/sub`, and each file a `*` subpath covers. */
export function exportSpecifiers(pkg: PackedPackage): string[] {
  const specifiers = new Set<string>();
  for (const { subpath, condition, target } of exportTargets(pkg.manifest.exports)) {
    if (condition !== "default" && condition !== "import") continue;
    for (const { star } of matchTarget(target, pkg.files.keys())) specifiers.add(join(pkg.name, subpath.replace("*", star ?? "")));
  }
  return [...specifiers].sort();
}

/** Runs an ES module in the consumer project, as its own file would: resolution starts there. */
export async function runInConsumer(consumer: string, source: string, args: string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, ["--input-type=module", "--eval", source, ...args], { cwd: consumer });
  return stdout;
}
