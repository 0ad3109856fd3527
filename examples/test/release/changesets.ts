import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A pending `.changeset/*.md`: the packages it names, with their bump. */
export interface Changeset {
  file: string;
  releases: Record<string, string>;
}

const bumps = new Set(["major", "minor", "patch"]);

/** The packages and bumps a changeset's front matter names; throws on a file `changeset version` would reject. */
export function parseChangeset(file: string, text: string): Changeset {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
  if (!frontMatter?.[1] || !frontMatter[2]?.trim()) throw new Error(`${file}: front matter and a description are required`);
  const releases: Record<string, string> = {};
  for (const line of frontMatter[1].split(/\r?\n/).filter((line) => line.trim() !== "")) {
    const release = /^\s*["']?([^"':\s]+)["']?\s*:\s*(\S+)\s*$/.exec(line);
    if (!release?.[1] || !release[2] || !bumps.has(release[2])) throw new Error(`${file}: "${line}" is not a "package": major|minor|patch line`);
    releases[release[1]] = release[2];
  }
  return { file, releases };
}

/** The changesets waiting for the next `changeset version`, which deletes them as it bumps. */
export function pendingChangesets(repository: string): Changeset[] {
  const folder = join(repository, ".changeset");
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .map((name) => parseChangeset(name, readFileSync(join(folder, name), "utf8")));
}

// Tests, benchmarks, documentation and test configuration change nothing a user installs.
const unpublished = [/(^|\/)(test|tests|test-support|bench|docs)\//, /\.test\.[cm]?[jt]sx?$/, /\.md$/, /(^|\/)tsconfig\.test\.json$/, /(^|\/)web-test-runner\.config\.[cm]?js$/];

/** Whether a change to this path (relative to its package) reaches the package's users. */
export function isUserVisible(path: string): boolean {
  return !unpublished.some((pattern) => pattern.test(path));
}

/** The packages with user-visible changes that no pending changeset names. */
export function packagesMissingChangesets(changes: Record<string, string[]>, changesets: Changeset[]): string[] {
  return Object.entries(changes)
    .filter(([name, paths]) => paths.some(isUserVisible) && !changesets.some((changeset) => name in changeset.releases))
    .map(([name]) => name);
}

function git(repository: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repository, encoding: "utf8" }).trim();
}

/**
 * The commit after which a package's changes are unreleased: its last version bump, or the commit
 * that set up changesets when the package was never bumped since. Needs the full history, as a CI
 * checkout with `fetch-depth: 0` has.
 */
export function releaseBaseline(repository: string, packageDir: string): string {
  if (git(repository, "rev-parse", "--is-shallow-repository") === "true") throw new Error("the changeset check needs the full git history (git fetch --unshallow)");
  const setUp = git(repository, "log", "--diff-filter=A", "--format=%H", "--", ".changeset/config.json").split("\n").at(-1);
  if (!setUp) throw new Error(".changeset/config.json is not committed");
  const bump = git(repository, "log", "-1", "--format=%H", "-G", '"version"\\s*:', "--", join(packageDir, "package.json"));
  return bump && bump !== setUp && isAncestor(repository, setUp, bump) ? bump : setUp;
}

function isAncestor(repository: string, older: string, newer: string): boolean {
  try {
    execFileSync("git", ["merge-base", "--is-ancestor", older, newer], { cwd: repository, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The files of a package changed since `baseline`: committed, staged, modified or new. */
export function changedSince(repository: string, baseline: string, packageDir: string): string[] {
  const tracked = git(repository, "diff", "--name-only", baseline, "--", packageDir);
  const untracked = git(repository, "ls-files", "--others", "--exclude-standard", "--", packageDir);
  return [...tracked.split("\n"), ...untracked.split("\n")].filter(Boolean).map((path) => path.slice(packageDir.length + 1));
}
