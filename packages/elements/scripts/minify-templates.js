/**
 * A Vite plugin that minifies Lit's templates in the browser builds. In `css` templates comments,
 * indentation and the spaces around punctuation go; only templates without `${…}` expressions are
 * touched, and none here holds a string with `{`, `}`, `;`, `,` or `: `. In `html` and `svg`
 * templates each run of whitespace that holds a line break (the source's indentation) becomes one
 * space, which renders the same: whitespace between inline elements is content there, so it is kept,
 * and no widget shows a template's text with `white-space: pre`.
 *
 * @returns {import("vite").Plugin}
 */
export function minifyTemplates() {
  const cssTemplate = /\bcss`((?:[^`\\$]|\\.|\$(?!\{))*)`/g;
  return {
    name: "chanjiao:minify-css-templates",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`/.test(code)) return null;
      const out = collapseMarkup(this.parse(code, { lang: "ts" }), code).replace(cssTemplate, (_, body) => {
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

/**
 * The code with each run of whitespace holding a line break, in the literal parts of its `html` and
 * `svg` tagged templates, made one space.
 *
 * @param {import("rolldown").ESTree.Program} program
 * @param {string} code
 */
function collapseMarkup(program, code) {
  /** @type {Array<{ start: number; end: number }>} */
  const parts = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== "string") return;
    if (node.type === "TaggedTemplateExpression" && node.tag.type === "Identifier" && (node.tag.name === "html" || node.tag.name === "svg")) {
      parts.push(...node.quasi.quasis);
    }
    for (const key in node) if (key !== "parent" && node[key] && typeof node[key] === "object") visit(node[key]);
  };
  visit(program.body);
  let out = code;
  for (const { start, end } of parts.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, start) + out.slice(start, end).replace(/\s*\n\s*/g, " ") + out.slice(end);
  }
  return out;
}
