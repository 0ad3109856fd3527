import { css } from "lit";

export const eventListStyles = css`
  @layer cj-component {
    /* The widget paints its own surface, so its colours hold on any page background. */
    .base {
      background: var(--_surface);
      display: grid;
      gap: calc(var(--_space) * 1.5);
      min-width: 0;
    }

    .section {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-width: 0;
    }

    .section-title {
      font-size: 1.2em;
      font-weight: 600;
    }

    .none {
      margin: 0;
      color: var(--_muted);
    }

    .list {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      margin: 0;
      padding: 0;
      list-style: none;
    }
  }
`;
