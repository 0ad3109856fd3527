import { html, nothing, svg, type TemplateResult } from "lit";
import { barScale } from "./bar-scale.js";
import type { GapItem } from "./gap-table.js";

export interface PairedBarsInput {
  /** The groups, largest demand first. */
  items: readonly GapItem[];
  words: { label: string; demand: string; supply: string };
  format(value: number): string;
  /** A group's figures in words, for screen readers. */
  spoken(item: GapItem): string;
}

/**
 * Demand against supply per group as a pair of horizontal bars from a common zero (FT Visual
 * Vocabulary: magnitude, paired bars), group names written out beside the bars instead of on a
 * rotated axis, each bar labelled with its figure. A legend names the two colours above the rows.
 */
export function pairedBars({ items, words, format, spoken }: PairedBarsInput): TemplateResult {
  const scale = barScale(items.flatMap((item) => [item.demand, item.supply ?? 0]));
  const bar = (kind: "demand" | "supply", value: number, y: number) =>
    svg`<rect class=${kind} x="0" width="${scale.at(value)}%" y="${y}%" height="38%"></rect>
      <text x="${scale.at(value)}%" dx="0.3em" y="${y + 19}%">${format(value)}</text>`;
  return html`<div class="paired">
    <p class="legend" aria-hidden="true"><span class="key demand"></span>${words.demand} <span class="key supply"></span>${words.supply}</p>
    <ol aria-label=${words.label}>
      ${items.map(
        (item) =>
          html`<li class="row">
            <span class="name"><span class="label">${item.label}</span></span>
            <span class="visually-hidden">${spoken(item)}</span>
            <svg class="bar pair" aria-hidden="true">
              ${bar("demand", item.demand, 8)} ${item.supply === null ? nothing : bar("supply", item.supply, 54)}
            </svg>
          </li>`,
      )}
    </ol>
  </div>`;
}
