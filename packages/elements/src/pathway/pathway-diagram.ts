import type { Pathway } from "@chanjiao/sdk";
import { html, nothing, type TemplateResult } from "lit";

/** One step as the diagram draws it: its lines of text, the route onto it and its accessible name. */
export interface DiagramStep {
  lines: [string, string];
  /** The entry route as the arrow shows it, in the page's language. */
  entry: string | undefined;
  label: string;
  selected: boolean;
}

export interface DiagramRow {
  pathway: Pathway;
  title: string;
  steps: DiagramStep[];
}

/**
 * The pathways as rows of step boxes (one per level), each reached by an arrow labelled with its
 * entry route. Rows wrap and, in a narrow column, stack their steps with the arrows pointing down,
 * so that no step leaves the widget's box. Each step is a button named in full.
 */
export function pathwayDiagram(rows: readonly DiagramRow[], label: string, onSelect: (pathway: Pathway, index: number) => void): TemplateResult {
  return html`<div class="diagram-rows" part="diagram" role="group" aria-label=${label}>
    ${rows.map(
      (row) => html`<div class="row" role="group" aria-label=${row.title}>
        <div class="row-title" aria-hidden="true">${row.title}</div>
        <ol class="row-steps">
          ${row.steps.map(
            (step, index) => html`<li class="link">
              <span class="arrow" aria-hidden="true">${step.entry ? html`<span class="entry">${step.entry}</span>` : nothing}</span>
              <button class="step${step.selected ? " selected" : ""}" part="step" type="button" aria-label=${step.label} aria-pressed=${step.selected ? "true" : "false"}
                @click=${() => onSelect(row.pathway, index)}>
                <span class="step-level">${step.lines[0]}</span>
                <span class="step-detail">${step.lines[1]}</span>
              </button>
            </li>`,
          )}
        </ol>
      </div>`,
    )}
  </div>`;
}
