/**
 * A label for a canvas tooltip, in lines of at most `perLine` characters and at most `maxLines`
 * of them, the last cut with an ellipsis. Chart.js sizes a tooltip to its longest line, so a long
 * name from the data would otherwise draw it far wider than its canvas and the page.
 */
export function tooltipLines(text: string, perLine: number, maxLines = 3): string[] {
  const characters = [...text];
  const lines: string[] = [];
  for (let start = 0; start < characters.length && lines.length < maxLines; start += perLine) lines.push(characters.slice(start, start + perLine).join(""));
  if (characters.length > perLine * maxLines) lines[maxLines - 1] = `${[...lines[maxLines - 1]!].slice(0, perLine - 1).join("")}…`;
  return lines;
}

/** Characters a tooltip line of a chart `width` pixels wide may hold: a CJK glyph of the default 12 px font, with the tooltip's padding. */
export function tooltipLineLength(width: number): number {
  return Math.max(8, Math.floor((width - 40) / 13));
}
