/**
 * A Vite plugin that minifies the CSS of Lit's `css` templates in the browser builds: comments,
 * indentation and the spaces around punctuation go. Only templates without `${…}` expressions are
 * touched, and none here holds a string with `{`, `}`, `;`, `,` or `: `. HTML templates are left
 * as written: whitespace between inline elements is content there.
 *
 * @returns {import("vite").Plugin}
 */
export function minifyTemplates() {
  const cssTemplate = /\bcss`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;
  return {
    name: "chanjiao:minify-css-templates",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes("css`")) return null;
      const out = code.replace(cssTemplate, (_, body) => {
        const text = body
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .replace(/\s+/g, " ")
          .replace(/\s*([{};,>])\s*/g, "$1")
          .replace(/:\s+/g, ":")
          .trim();
        return `css\`${text}\``;
      });
      return { code: out, map: null };
    },
  };
}
