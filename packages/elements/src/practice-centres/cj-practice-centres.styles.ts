import { css } from "lit";

export const practiceCentresStyles = css`
  @layer cj-component {
    /* The widget paints its own surface, so its colours hold on any page background. */
    .base {
      background: var(--_surface);
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }

    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .functions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .functions li {
      padding: 0 0.5em;
      font-size: 0.875em;
      border: 1px solid var(--_border);
      border-radius: 999px;
    }
  }
`;
