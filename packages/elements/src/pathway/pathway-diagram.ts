import type { Pathway } from "@chanjiao/sdk";
import { nothing, svg, type SVGTemplateResult } from "lit";

/** One step as the diagram draws it: its lines of text and its accessible name. */
export interface DiagramStep {
  lines: [string, string];
  entry: string | undefined;
  label: string;
  selected: boolean;
}

export interface DiagramRow {
  pathway: Pathway;
  title: string;
  steps: DiagramStep[];
}

// Layout in SVG user units (1 unit = 1 CSS pixel at the diagram's natural size).
const pad = 12;
const minBoxWidth = 150;
const boxHeight = 58;
const arrowWidth = 112;
const titleHeight = 28;
const rowHeight = titleHeight + boxHeight + 26;

/** Text longer than `max` characters is cut with an ellipsis; the full text stays in a <title>. */
function clip(text: string, max: number): string {
  const characters = [...text];
  return characters.length > max ? `${characters.slice(0, max - 1).join("")}…` : text;
}

/**
 * `text` cut to `max` characters at `x`, `y`, with the full text in its <title> (its tooltip). The
 * title is set as a property: Lit's server rendering cannot fill a <title> in an SVG template, so
 * the server draws it empty and the browser fills it.
 */
function clippedText(className: string, x: number, y: number, text: string, max: number, anchor?: "middle"): SVGTemplateResult {
  return svg`<text class=${className} x=${x} y=${y} text-anchor=${anchor ?? nothing}>${clip(text, max)}<title .textContent=${text}></title></text>`;
}

/**
 * The pathways as rows of boxes (one per level) joined by arrows labelled with the entry route.
 * Every text is an SVG <text> node, so data is never parsed as markup.
 */
export function pathwayDiagram(
  rows: readonly DiagramRow[],
  label: string,
  onSelect: (pathway: Pathway, index: number) => void,
): SVGTemplateResult {
  const columns = Math.max(1, ...rows.map((row) => row.steps.length));
  // Steps are never cut short (a cut text would no longer be in the step's accessible name): the
  // boxes widen to hold the longest line, at about 8 units a character (Latin text is the long one).
  const boxWidth = Math.max(minBoxWidth, 20 + 8 * Math.max(...rows.flatMap((row) => row.steps.flatMap((step) => step.lines.map((line) => line.length)))));
  const width = pad * 2 + columns * (arrowWidth + boxWidth);
  const height = pad + rows.length * rowHeight;
  const activate = (event: KeyboardEvent, pathway: Pathway, index: number) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    onSelect(pathway, index);
  };
  return svg`<svg class="diagram-svg" part="diagram" role="group" aria-label=${label} width=${width} height=${height} viewBox="0 0 ${width} ${height}">
    ${rows.map((row, rowIndex) => {
      const top = pad + rowIndex * rowHeight;
      const boxTop = top + titleHeight;
      const middle = boxTop + boxHeight / 2;
      return svg`<g class="row" role="group" aria-label=${row.title}>
        ${clippedText("row-title", pad, top + 18, row.title, 48)}
        ${row.steps.map((step, index) => {
          const arrowStart = pad + index * (arrowWidth + boxWidth);
          const boxLeft = arrowStart + arrowWidth;
          return svg`
            <g aria-hidden="true">
              <line class="arrow" x1=${arrowStart + 4} y1=${middle} x2=${boxLeft - 8} y2=${middle}></line>
              <path class="arrow-head" d="M${boxLeft - 10} ${middle - 5} L${boxLeft - 2} ${middle} L${boxLeft - 10} ${middle + 5} Z"></path>
              ${step.entry ? clippedText("entry", arrowStart + arrowWidth / 2, middle - 8, step.entry, 8, "middle") : null}
            </g>
            <g class="step${step.selected ? " selected" : ""}" part="step" tabindex="0" role="button" aria-label=${step.label}
              @click=${() => onSelect(row.pathway, index)} @keydown=${(event: KeyboardEvent) => activate(event, row.pathway, index)}>
              <rect x=${boxLeft} y=${boxTop} width=${boxWidth} height=${boxHeight} rx="8"></rect>
              <text class="step-level" x=${boxLeft + boxWidth / 2} y=${boxTop + 24} text-anchor="middle">${step.lines[0]}</text>
              <text class="step-detail" x=${boxLeft + boxWidth / 2} y=${boxTop + 44} text-anchor="middle">${step.lines[1]}</text>
            </g>`;
        })}
      </g>`;
    })}
  </svg>`;
}
