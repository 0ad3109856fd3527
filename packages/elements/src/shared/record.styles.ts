import { css } from "lit";

/**
 * One record in a list widget or a card (`.item` or `.card`): a bordered box with a name that is a
 * button, a sample badge, a label–value list and the source. Long names and values wrap inside the box.
 */
export const recordStyles = css`
  @layer cj-base {
    .item,
    .card {
      container-type: inline-size;
      display: grid;
      align-content: start;
      gap: calc(var(--_space) * 0.5);
      min-width: 0;
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
      min-width: 0;
    }

    .title {
      min-width: 0;
      max-width: 100%;
      font-size: 1.1em;
      font-weight: 600;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }

    .title button {
      font: inherit;
      color: inherit;
      text-align: inherit;
      overflow-wrap: anywhere;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }

    .title button:hover {
      color: var(--_accent);
      text-decoration: underline;
    }

    .meta {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
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

    /* Narrow boxes (a sidebar, a phone) stack each label over its value. */
    @container (max-width: 20rem) {
      .meta {
        grid-template-columns: minmax(0, 1fr);
      }

      .meta dd + dt {
        margin-top: 0.4em;
      }
    }

    .source {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
      overflow-wrap: anywhere;
    }
  }
`;
