import { css } from "lit";

export const talentBoardStyles = css`
  @layer cj-component {
    :host {
      --_demand: var(--cj-color-demand, #0b57a4);
      --_supply: var(--cj-color-supply, #b45309);
      --_highlight: var(--cj-color-highlight, #1f2328);
      --_chart-height: var(--cj-chart-height, 16rem);
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_demand: var(--cj-color-demand, #6cb6ff);
        --_supply: var(--cj-color-supply, #f0a05a);
        --_highlight: var(--cj-color-highlight, #e6edf3);
      }
    }

    .board {
      position: relative;
      display: grid;
      /* A long name must not widen the board beyond its container. */
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      container-type: inline-size;
    }

    .header,
    .toolbar,
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
    }

    .header {
      justify-content: space-between;
    }

    .title {
      margin: 0;
      font-size: 1.2em;
      font-weight: 600;
      line-height: 1.3;
    }

    .controls {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
    }

    .controls label {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      max-inline-size: 100%;
      white-space: nowrap;
      color: var(--_muted);
      font-size: 0.875em;
    }

    select {
      min-inline-size: 0;
      max-inline-size: 100%;
      text-overflow: ellipsis;
    }

    select,
    .toolbar button,
    .downloads button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.2em 0.6em;
    }

    .toolbar button,
    .downloads button {
      cursor: pointer;
    }

    .toolbar button[aria-pressed="true"] {
      color: var(--_surface);
      background: var(--_accent);
      border-color: var(--_accent);
    }

    .toolbar button:disabled {
      cursor: default;
      opacity: 0.6;
    }

    .figure {
      display: grid;
      gap: 0.5em;
      margin: 0;
      min-inline-size: 0;
    }

    .caption {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.25em calc(var(--_space) * 0.5);
      font-weight: 600;
    }

    .downloads {
      display: inline-flex;
      align-items: baseline;
      gap: 0.35em;
      font-size: 0.8125em;
      font-weight: 400;
      color: var(--_muted);
    }

    .downloads button {
      color: var(--_accent);
      padding: 0.1em 0.5em;
    }

    .note,
    .legend {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }

    .ranking ol,
    .paired ol {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* Name, bar and ratio side by side; on a narrow board the name and ratio above the bar. */
    .row {
      display: grid;
      grid-template-columns: min(12em, 30%) minmax(0, 1fr) 5.5em;
      grid-template-areas: "name bar ratio";
      align-items: center;
      column-gap: 0.75em;
      width: 100%;
      padding: 0.15em 0.25em;
      font: inherit;
      color: inherit;
      text-align: start;
      background: none;
      border: 0;
      border-radius: calc(var(--_radius) / 2);
    }

    .paired .row {
      grid-template-columns: min(12em, 30%) minmax(0, 1fr);
      grid-template-areas: "name bar";
      padding-block: 0.3em;
    }

    @container (max-width: 36rem) {
      .row {
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: "name ratio" "bar bar";
      }

      .paired .row {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: "name" "bar";
      }

      .axis {
        grid-template-areas: "bar bar";
      }

      .axis > :not(.bar) {
        display: none;
      }
    }

    button.row {
      cursor: pointer;
    }

    button.row:hover,
    .row.highlighted {
      background: color-mix(in srgb, var(--_border) 45%, transparent);
    }

    .name {
      grid-area: name;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.1em 0.5em;
      min-inline-size: 0;
    }

    /* At most two lines of a name; the whole name is in the table and the accessible name. */
    .label {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
      overflow-wrap: anywhere;
      min-inline-size: 0;
    }

    .signal {
      padding: 0 0.4em;
      font-size: 0.75em;
      font-weight: 600;
      border: 1px solid currentColor;
      border-radius: 999px;
    }

    .signal.shortage {
      color: var(--_demand);
    }

    .signal.surplus {
      color: var(--_supply);
    }

    .ratio {
      grid-area: ratio;
      color: var(--_muted);
      font-size: 0.875em;
      font-variant-numeric: tabular-nums;
      text-align: end;
      white-space: nowrap;
    }

    /* Bar geometry is in percent of the content box; the padding holds the figures at the bar ends. */
    .bar {
      grid-area: bar;
      display: block;
      width: 100%;
      height: 1.6em;
      padding-inline: 3.75em;
      overflow: visible;
      font-size: 0.8em;
      font-variant-numeric: tabular-nums;
    }

    .bar.pair {
      height: 2.6em;
      padding-inline: 0 4.5em;
    }

    .bar text {
      fill: var(--_text);
      dominant-baseline: central;
    }

    .axis .bar text {
      fill: var(--_muted);
    }

    .zero {
      stroke: var(--_muted);
      stroke-width: 1;
    }

    .shortage,
    .demand {
      fill: var(--_demand);
    }

    .surplus,
    .supply {
      fill: var(--_supply);
    }

    .persistent {
      stroke: var(--_text);
      stroke-width: 1.5;
    }

    .key {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-inline: 0.75em 0.3em;
      vertical-align: -0.05em;
      background: var(--_demand);
    }

    .key:first-child {
      margin-inline-start: 0;
    }

    .key.supply {
      background: var(--_supply);
    }

    .trend {
      position: relative;
      width: 100%;
      height: var(--_chart-height);
      overflow: hidden;
    }

    /* Out of the flow, so the canvas never widens its container and the observed size stays the container's. */
    .trend canvas {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
    }

    td button,
    th button {
      font: inherit;
      color: inherit;
      text-align: start;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }

    th button:hover {
      color: var(--_accent);
    }

    .table-wrap {
      overflow-x: auto;
    }

    table {
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    th,
    td {
      padding: 0.3em 0.6em;
      border-bottom: 1px solid var(--_border);
      text-align: end;
      white-space: nowrap;
    }

    /* Group names wrap, so that a long one cannot stretch the table to its length. */
    th:first-child,
    td:first-child {
      text-align: start;
      white-space: normal;
      min-inline-size: 8em;
    }

    .sources {
      display: grid;
      gap: 0.2em;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }

    /* On paper: the graphics and figures, without the buttons, each chart kept on one page. */
    @media print {
      .toolbar,
      .downloads,
      .controls {
        display: none;
      }

      .figure {
        break-inside: avoid;
      }

      .board {
        border: 0;
        padding: 0;
      }
    }
  }
`;
