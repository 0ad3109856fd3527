import { css } from "lit";

export const provincialListsStyles = css`
  @layer cj-component {
    .lists {
      display: grid;
      gap: var(--_space);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .filter {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
    }

    .filter button {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: 999px;
      padding: 0.15em 0.8em;
      cursor: pointer;
    }

    .filter button[aria-pressed="true"] {
      color: var(--_surface);
      background: var(--_accent);
      border-color: var(--_accent);
    }

    .list {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }

    .list-header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_space) * 0.5);
    }

    .list-title {
      margin: 0;
      font-size: 1.1em;
      font-weight: 600;
      line-height: 1.3;
    }

    .kind,
    .year {
      font-size: 0.875em;
      color: var(--_muted);
    }

    .items {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      margin: 0;
      padding-inline-start: 1.5em;
    }

    .item-title {
      font-weight: 600;
    }

    .item-detail {
      margin: 0;
    }

    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      margin: 0;
      font-size: 0.875em;
    }

    .fields div {
      display: flex;
      gap: 0.3em;
    }

    .fields dt {
      /* The label keeps its word whole; a long value wraps beside it instead. */
      flex: none;
      color: var(--_muted);
    }

    .fields dd {
      margin: 0;
    }

    .source {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
  }
`;
