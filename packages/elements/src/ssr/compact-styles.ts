// The widgets' styles are written for people to read: indented, with comments saying why. A page
// carries them once per widget, so the server sends them without either.

/** A comment, a string, or a stretch of anything else (a lone quote included). */
const pieces = /(\/\*[\s\S]*?\*\/)|("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|([^"'/]+|["'/])/g;

/** `css` without comments and with white space only where it separates words; strings are left as they are. */
export function compactCss(css: string): string {
  const withoutComments = css.replace(pieces, (piece, comment: string | undefined) => (comment ? " " : piece));
  return withoutComments
    .replace(pieces, (_piece, _comment, string: string | undefined, rest: string) => string ?? rest.replace(/\s+/g, " ").replace(/ ?([{};]) ?/g, "$1"))
    .trim();
}

/** A widget's drawing (its shadow root's content) with each of its `<style>` elements compacted. */
export function compactStyles(drawing: string): string {
  return drawing.replace(/<style>([\s\S]*?)<\/style>/g, (_match, css: string) => `<style>${compactCss(css)}</style>`);
}
