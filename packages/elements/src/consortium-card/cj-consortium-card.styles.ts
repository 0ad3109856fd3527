import { css } from "lit";

/** What the card adds to the shared record styles: layouts, sections, the note. */
export const consortiumCardStyles = css`
  @layer cj-component {
    .card {
      gap: calc(var(--_space) * 0.75);
      min-height: 10rem;
    }

    .card.compact {
      gap: calc(var(--_space) * 0.5);
      min-height: 6rem;
      padding: calc(var(--_space) * 0.75);
      font-size: 0.9em;
    }

    .title {
      margin: 0;
      font-size: 1.2em;
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
  }
`;
