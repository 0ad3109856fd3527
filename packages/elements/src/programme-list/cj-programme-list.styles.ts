import { css } from "lit";

export const programmeListStyles = css`
  @layer cj-component {
    .list {
      container-type: inline-size;
      display: grid;
      gap: var(--_space);
      min-height: 8rem;
    }

    .summary,
    .source {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }

    .source {
      overflow-wrap: anywhere;
    }

    .group {
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }

    .group-heading {
      font-size: 1.1em;
      font-weight: 600;
    }

    .programmes {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .programme {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      min-width: 0;
      padding: calc(var(--_space) * 0.75);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      overflow-wrap: anywhere;
    }

    .programme-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }

    .name {
      min-width: 0;
      font-weight: 600;
      line-height: 1.3;
    }

    .meta {
      display: grid;
      gap: 0.15em;
      margin: 0;
      font-size: 0.9em;
    }

    .meta-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      min-width: 0;
    }

    .meta dt {
      color: var(--_muted);
    }

    .meta dd {
      min-width: 0;
      margin: 0;
    }

    .modes {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .mode {
      padding: 0 0.6em;
      font-size: 0.8em;
      color: var(--_accent);
      border: 1px solid currentColor;
      border-radius: 999px;
    }

    .pathway-link {
      align-self: flex-start;
      margin-top: auto;
      font: inherit;
      font-size: 0.9em;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }

    /* Compact: one dense row per programme, labels kept for screen readers only. */
    .layout-compact .programmes {
      grid-template-columns: 1fr;
      gap: 0;
    }

    .layout-compact .programme {
      flex-direction: row;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25em 0.75em;
      padding: 0.4em 0.5em;
      border-width: 0 0 1px;
      border-radius: 0;
      background: none;
    }

    .layout-compact .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
    }

    .layout-compact .meta dt {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .layout-compact .pathway-link {
      /* At the end of the line, whichever side that is. */
      margin-block: 0;
      margin-inline: auto 0;
    }
  }
`;
