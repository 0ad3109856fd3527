import { css } from "lit";

export const consortiumCardStyles = css`
  @layer cj-component {
    .card {
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-height: 10rem;
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .card.compact {
      gap: calc(var(--_space) * 0.5);
      min-height: 6rem;
      padding: calc(var(--_space) * 0.75);
      font-size: 0.9em;
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
    }

    @container (max-width: 26rem) {
      .meta {
        grid-template-columns: 1fr;
      }

      .meta dd + dt {
        margin-top: 0.4em;
      }
    }

    .section {
      display: grid;
      gap: 0.35em;
      padding-top: calc(var(--_space) * 0.5);
      border-top: 1px solid var(--_border);
    }

    .section-title {
      font-weight: 600;
    }

    .group-title {
      font-size: 0.875em;
      color: var(--_muted);
    }

    .section ul {
      display: grid;
      gap: 0.2em;
      margin: 0;
      padding-inline-start: 1.2em;
    }

    .muted {
      color: var(--_muted);
      font-size: 0.875em;
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
