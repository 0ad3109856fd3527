import type { MajorSignalKind } from "@chanjiao/sdk";
import { html, nothing, svg, type TemplateResult } from "lit";
import { barExtent, barScale } from "./bar-scale.js";
import type { GapItem } from "./gap-table.js";

/** What the ranking draws: the groups in rank order and the words around them. */
export interface RankingInput {
  items: readonly GapItem[];
  /** Whether supply is recorded; without it the bars are demand, from zero. */
  supplyKnown: boolean;
  /** Persistent imbalances by group key (major categories only). */
  signals: ReadonlyMap<string, MajorSignalKind>;
  /** The key of the group whose trend is highlighted. */
  highlighted: string | undefined;
  words: {
    label: string;
    shortageSide: string;
    surplusSide: string;
    ratioHeading: string;
    persistent: Record<MajorSignalKind, string>;
  };
  /** The figure a bar stands for, as shown at its end, and the same in words for screen readers. */
  figure(item: GapItem): { short: string; spoken: string };
  ratio(item: GapItem): string;
  onSelect(item: GapItem): void;
  onHighlight(item: GapItem): void;
}

/** The bar's length: the gap where supply is recorded, otherwise the demand; `null` draws no bar. */
export function barValue(item: GapItem, supplyKnown: boolean): number | null {
  return supplyKnown ? item.gap : item.demand;
}

/**
 * The board's first view (FT Visual Vocabulary: deviation, diverging bars): one row per group, the
 * largest shortage first, shortage bars to one side of zero in the demand colour and surplus bars
 * to the other in the supply colour, each labelled with its figure and followed by the ratio.
 * A persistent imbalance is named beside the group and outlines its bar. Each row is a button:
 * focus or hover highlights the group's trend, Enter, Space or a click chooses it.
 */
export function gapRanking(input: RankingInput): TemplateResult {
  const { items, supplyKnown, words } = input;
  const scale = barScale(items.map((item) => barValue(item, supplyKnown) ?? 0));
  // Each side named at its outer edge, where the label cannot run into the other side's.
  const sides = supplyKnown
    ? svg`${items.some((item) => (item.gap ?? 0) < 0) ? svg`<text x="0" y="50%">← ${words.surplusSide}</text>` : nothing}
        ${items.some((item) => (item.gap ?? 0) > 0) ? svg`<text x="100%" y="50%" text-anchor="end">${words.shortageSide} →</text>` : nothing}`
    : nothing;
  return html`<div class="ranking">
    <div class="row axis" aria-hidden="true">
      <span></span><svg class="bar">${sides}</svg><span class="ratio">${supplyKnown ? words.ratioHeading : nothing}</span>
    </div>
    <ol part="gap-list" aria-label=${words.label}>
      ${items.map((item) => {
        const value = barValue(item, supplyKnown);
        const signal = input.signals.get(item.key);
        const { short, spoken } = input.figure(item);
        const kind = value !== null && value < 0 ? "surplus" : "shortage";
        const bar = value === null ? undefined : barExtent(scale, value);
        const end = value === null ? undefined : scale.at(value);
        return html`<li>
          <button
            type="button"
            class="row ${item.key === input.highlighted ? "highlighted" : ""}"
            @click=${() => input.onSelect(item)}
            @focus=${() => input.onHighlight(item)}
            @mouseenter=${() => input.onHighlight(item)}
          >
            <span class="name"
              ><span class="label">${item.label}</span>${signal ? html` <span class="signal ${signal}">${words.persistent[signal]}</span>` : nothing}</span
            >
            <span class="visually-hidden">${spoken}</span>
            <svg class="bar" aria-hidden="true">
              <line class="zero" x1="${scale.zero}%" x2="${scale.zero}%" y1="0" y2="100%"></line>
              ${bar
                ? svg`<rect class="${kind} ${signal ? "persistent" : ""}" x="${bar.x}%" width="${bar.width}%" y="20%" height="60%"></rect>
                    <text x="${end}%" dx=${kind === "surplus" ? "-0.3em" : "0.3em"} y="50%" text-anchor=${kind === "surplus" ? "end" : "start"}>${short}</text>`
                : svg`<text x="${scale.zero}%" dx="0.3em" y="50%">${short}</text>`}
            </svg>
            <span class="ratio">${input.ratio(item)}</span>
          </button>
        </li>`;
      })}
    </ol>
  </div>`;
}
