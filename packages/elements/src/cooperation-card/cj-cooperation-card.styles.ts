import { css } from "lit";

export const cooperationCardStyles = css`
  @layer cj-component {
    .card {
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-height: 12rem;
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: calc(var(--_space) * 0.5);
    }

    .title {
      margin: 0;
      font-size: 1.2em;
      font-weight: 600;
      line-height: 1.3;
      min-width: 0;
      max-width: 100%;
      overflow-wrap: anywhere;
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

    .badge {
      flex: none;
      padding: 0.1em 0.6em;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_badge-text);
      background: var(--_badge-surface);
      border-radius: 999px;
    }

    .meta {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.25em var(--_space);
      margin: 0;
    }

    .meta dt {
      color: var(--_muted);
    }

    .meta dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }

    /* Narrow columns (a sidebar, a phone) stack each label over its value. */
    @container (max-width: 26rem) {
      .meta {
        grid-template-columns: 1fr;
      }

      .meta dd + dt {
        margin-top: 0.4em;
      }
    }

    .note,
    .source {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }

    .source {
      overflow-wrap: anywhere;
    }
  }
`;
