import { css } from "lit";

export const schoolProfileStyles = css`
  @layer cj-component {
    .profile {
      container-type: inline-size;
      display: grid;
      gap: var(--_space);
      min-height: 10rem;
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }

    .header,
    .statistics-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }

    .title {
      min-width: 0;
      font-size: 1.2em;
      font-weight: 600;
      line-height: 1.3;
    }

    .title button {
      font: inherit;
      color: inherit;
      text-align: inherit;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }

    .title button:hover {
      color: var(--_accent);
      text-decoration: underline;
    }

    .level,
    .year,
    .kind,
    .none,
    .source {
      color: var(--_muted);
    }

    .none,
    .source {
      margin: 0;
    }

    .source,
    .kind {
      font-size: 0.875em;
    }

    .statistics,
    .related {
      display: grid;
      gap: 0.5em;
    }

    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9rem), 1fr));
      gap: calc(var(--_space) * 0.5);
      margin: 0;
    }

    .figure {
      display: flex;
      flex-direction: column-reverse;
      min-width: 0;
    }

    .figure dt {
      font-size: 0.85em;
      color: var(--_muted);
    }

    .figure dd {
      margin: 0;
      font-size: 1.4em;
      font-weight: 600;
      color: var(--_accent);
      font-variant-numeric: tabular-nums;
    }

    .section-heading {
      font-weight: 600;
    }

    .names {
      display: grid;
      gap: 0.25em;
      margin: 0;
      padding-inline-start: 1.2em;
    }
  }
`;
