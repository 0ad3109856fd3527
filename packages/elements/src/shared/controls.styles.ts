import { css } from "lit";

/** The filter bar of list widgets (labelled selects, a search box, toggle chips) and the count of results. */
export const controlsStyles = css`
  @layer cj-base {
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      padding: 0;
      border: 0;
    }

    /* A long option (a country named at length in the data) clips inside the select instead of
       widening the control, its row and the page. */
    .control {
      display: grid;
      grid-template-columns: minmax(0, max-content);
      gap: 0.2em;
      min-width: 0;
      max-width: 100%;
      font-size: 0.9em;
      color: var(--_muted);
    }

    .control select,
    .control input {
      font: inherit;
      min-width: 0;
      max-width: 100%;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.25em 0.5em;
    }

    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .chip {
      font: inherit;
      font-size: 0.9em;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0.15em 0.8em;
      cursor: pointer;
    }

    .chip[aria-pressed="true"] {
      color: var(--_surface);
      background: var(--_accent);
      border-color: var(--_accent);
    }

    .count {
      font-variant-numeric: tabular-nums;
    }

    .summary {
      margin: 0;
      color: var(--_muted);
    }
  }
`;
