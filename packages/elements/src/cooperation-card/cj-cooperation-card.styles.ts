import { css } from "lit";

/** What the card adds to the shared record styles: its height while loading, a larger name, the note. */
export const cooperationCardStyles = css`
  @layer cj-component {
    .card {
      gap: calc(var(--_space) * 0.75);
      min-height: 12rem;
    }

    .title {
      margin: 0;
      font-size: 1.2em;
    }
  }
`;
