import { css } from "lit";

export const provinceProfileStyles = css`
  @layer cj-component {
    .profile {
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_space) * 1.25);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }

    .header .title {
      font-size: 1.5em;
      font-weight: 700;
      line-height: 1.25;
    }

    .status {
      justify-self: start;
      margin: -0.5em 0 0;
      padding: 0.2em 0.75em;
      font-weight: 600;
      color: var(--_accent);
      border: 1px solid currentColor;
      border-radius: var(--_radius);
    }

    .section-heading {
      margin-block-end: 0.5em;
      padding-block-end: 0.25em;
      font-size: 1.1em;
      font-weight: 700;
      border-block-end: 2px solid var(--_accent);
    }

    .group-heading {
      font-weight: 600;
    }

    .levels .title {
      font-size: 1em;
    }

    .none,
    .rule,
    .byline,
    .stage,
    .date,
    .publisher,
    .label,
    .detail,
    .sources {
      color: var(--_muted);
    }

    .rule {
      margin-block-start: 0.5em;
    }

    .rule,
    .sources,
    .byline {
      font-size: 0.875em;
    }

    p {
      margin: 0;
    }

    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
      gap: calc(var(--_space) * 0.5);
      margin: 0 0 0.5em;
      padding: 0;
      list-style: none;
    }

    /* The talent gap and the levels table side by side where there is room. */
    @container (min-width: 44rem) {
      .overview {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        column-gap: var(--_space);
        align-items: start;
      }

      .overview > .section-heading,
      .overview > .figures,
      .overview > .rule {
        grid-column: 1 / -1;
      }
    }

    .figure {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.2em;
      width: 100%;
      min-width: 0;
      padding: calc(var(--_space) * 0.75);
      font: inherit;
      color: var(--_text);
      text-align: start;
      overflow-wrap: anywhere;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .figures .figure {
      height: 100%;
    }

    .figure:hover {
      border-color: var(--_accent);
    }

    .figure .value {
      font-size: 1.6em;
      font-weight: 700;
      line-height: 1.2;
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
    }

    .figure .value.short {
      color: var(--_danger);
    }

    .levels {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
    }

    .gap {
      margin-block-end: 0.75em;
    }

    table {
      flex: 1 1 100%;
      border-collapse: collapse;
      font-variant-numeric: tabular-nums;
    }

    th,
    td {
      padding: 0.3em 0.5em;
      overflow-wrap: normal;
      text-align: end;
      border-block-end: 1px solid var(--_border);
    }

    th:first-child {
      text-align: start;
      font-weight: 400;
    }

    thead th {
      font-size: 0.875em;
      color: var(--_muted);
      font-weight: 600;
    }

    .columns,
    .side {
      display: grid;
      gap: calc(var(--_space) * 1.25);
      min-width: 0;
    }

    /* Side by side from the width of a portal's content column. */
    @container (min-width: 52rem) {
      .columns {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        align-items: start;
      }
    }

    .records,
    .links,
    .areas {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .record {
      display: grid;
      gap: 0.35em;
      min-width: 0;
      padding-inline-start: 0.75em;
      border-inline-start: 3px solid var(--_border);
    }

    .record-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
    }

    .record-title {
      font-weight: 600;
    }

    .areas {
      gap: 0.15em;
      padding-inline-start: 1.1em;
      list-style: disc;
    }

    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      margin: 0 0 0.75em;
      padding: 0;
      list-style: none;
    }

    .kinds li {
      padding: 0.1em 0.6em;
      border: 1px solid var(--_accent);
      border-radius: 999px;
    }

    .kinds .covered {
      color: var(--_surface);
      background: var(--_accent);
    }

    .kinds .absent {
      color: var(--_muted);
      border-color: var(--_border);
    }

    .count {
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }

    .group {
      display: grid;
      gap: 0.4em;
      margin-block-end: 0.75em;
    }

    .document {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
      min-width: 0;
    }

    .document a,
    .document > span[part~="document"] {
      display: grid;
      gap: 0.1em;
      min-width: 0;
      color: inherit;
      text-decoration: none;
    }

    .document a .record-title {
      color: var(--_accent);
      text-decoration: underline;
    }

    .sources summary {
      cursor: pointer;
    }

    .sources p {
      margin-block-start: 0.3em;
    }
  }
`;
