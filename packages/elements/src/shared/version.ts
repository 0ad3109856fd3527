/** The version of @chanjiao/elements, named in the warning when another copy already holds a tag. */
export const VERSION = "0.0.0";
