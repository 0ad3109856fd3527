import { css } from "lit";

export const cooperationListStyles = css`
  @layer cj-component {
    /* The widget paints its own surface, so its colours hold on any page background. */
    .base {
      background: var(--_surface);
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }

    .kind-control {
      flex-basis: 100%;
    }

    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      gap: var(--_space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .list > li {
      min-width: 0;
    }
  }
`;
