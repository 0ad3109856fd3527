import { css } from "lit";

export const talentBoardStyles = css`
  @layer cj-component {
    :host {
      --_demand: var(--cj-color-demand, #0b57a4);
      --_supply: var(--cj-color-supply, #b45309);
      --_series-1: var(--cj-color-series-1, #0b57a4);
      --_series-2: var(--cj-color-series-2, #b45309);
      --_series-3: var(--cj-color-series-3, #0f766e);
      --_series-4: var(--cj-color-series-4, #9d174d);
      --_series-5: var(--cj-color-series-5, #6d28d9);
      --_series-6: var(--cj-color-series-6, #4d7c0f);
      --_series-7: var(--cj-color-series-7, #be123c);
      --_series-8: var(--cj-color-series-8, #475569);
      --_chart-height: var(--cj-chart-height, 20rem);
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_demand: var(--cj-color-demand, #6cb6ff);
        --_supply: var(--cj-color-supply, #f0a05a);
        --_series-1: var(--cj-color-series-1, #6cb6ff);
        --_series-2: var(--cj-color-series-2, #f0a05a);
        --_series-3: var(--cj-color-series-3, #4fd1c5);
        --_series-4: var(--cj-color-series-4, #f472b6);
        --_series-5: var(--cj-color-series-5, #b794f4);
        --_series-6: var(--cj-color-series-6, #a3e635);
        --_series-7: var(--cj-color-series-7, #fb7185);
        --_series-8: var(--cj-color-series-8, #cbd5e1);
      }
    }

    .board {
      position: relative;
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
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
    }

    .controls label {
      display: inline-flex;
      align-items: center;
      gap: 0.35em;
      color: var(--_muted);
      font-size: 0.875em;
    }

    select,
    .toolbar button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.2em 0.6em;
    }

    .toolbar button {
      cursor: pointer;
    }

    .toolbar button[aria-pressed="true"] {
      color: var(--_surface);
      background: var(--_accent);
      border-color: var(--_accent);
    }

    .chart {
      position: relative;
      width: 100%;
      height: var(--_chart-height);
      overflow: hidden;
    }

    /* Out of the flow, so the canvas never widens its container and the observed size stays the container's. */
    .chart canvas {
      position: absolute;
      inset-block-start: 0;
      inset-inline-start: 0;
    }

    .gaps {
      display: grid;
      gap: 0.25em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .gaps button,
    td button {
      font: inherit;
      color: inherit;
      text-align: start;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }

    .gaps button {
      display: grid;
      grid-template-columns: minmax(8em, 1fr) auto auto;
      gap: var(--_space);
      width: 100%;
      padding: 0.3em 0.5em;
      border-radius: calc(var(--_radius) / 2);
    }

    .gaps button:hover,
    td button:hover {
      color: var(--_accent);
    }

    .gap-figure,
    .gap-ratio {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }

    .gap-ratio {
      color: var(--_muted);
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
  }
`;
