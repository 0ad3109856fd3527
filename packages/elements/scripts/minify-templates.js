/**
 * A Vite plugin that removes the indentation of Lit's `css` and `html` templates in the CDN build.
 * In HTML only whitespace that starts a line goes, so text and attribute values keep their spaces.
 * In CSS, comments and the spaces around punctuation go too (no template here has a string
 * holding `{`, `}`, `;`, `,` or `: `).
 *
 * @returns {import("vite").Plugin}
 */
export function minifyTemplates() {
  const template = /\b(css|html)`((?:[^`\\]|\\.)*)`/g;
  return {
    name: "chanjiao:minify-templates",
    enforce: "pre",
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const out = code.replace(template, (_, tag, body) => {
        let text = tag === "css" ? body.replace(/\/\*[\s\S]*?\*\//g, "") : body;
        // Between tags or CSS tokens a line break is no content; elsewhere it counts as one space.
        text = text.replace(/\s*\n\s*/g, (match, offset) => {
          const before = text[offset - 1];
          const after = text[offset + match.length];
          return before === undefined || after === undefined || /[>{};,]/.test(before) || /[<}]/.test(after) ? "" : " ";
        });
        if (tag === "css") text = text.replace(/\s*([{};,])\s*/g, "$1").replace(/:\s+/g, ":");
        return `${tag}\`${text}\``;
      });
      return { code: out, map: null };
    },
  };
}
