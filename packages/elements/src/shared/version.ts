// Replaced with the package.json version when a bundle is built (vite `define`); code run from
// source, as in the tests, has no release to name.
declare const __CHANJIAO_VERSION__: string | undefined;

/** The version of @chanjiao/elements, named in the warning when another copy already holds a tag. */
export const VERSION: string = typeof __CHANJIAO_VERSION__ === "string" ? __CHANJIAO_VERSION__ : "source";
