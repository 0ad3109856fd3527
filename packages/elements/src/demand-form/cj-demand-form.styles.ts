import { css } from "lit";

export const demandFormStyles = css`
  @layer cj-component {
    /* The widget paints its own surface, so its colours hold on any page background. */
    .base {
      background: var(--_surface);
      display: grid;
      gap: var(--_space);
      min-width: 0;
      max-width: 56rem;
    }

    .title {
      font-size: 1.25em;
      font-weight: 600;
    }

    .intro,
    .hint {
      margin: 0;
      color: var(--_muted);
    }

    form {
      display: grid;
      gap: var(--_space);
      min-width: 0;
    }

    .group {
      min-width: 0;
      margin: 0;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    legend {
      padding: 0 0.4em;
      font-weight: 600;
    }

    .fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: var(--_space);
    }

    .field {
      display: flex;
      flex-direction: column;
      gap: 0.3em;
      min-width: 0;
    }

    label {
      font-weight: 500;
    }

    .hint {
      font-size: 0.85em;
    }

    input,
    select {
      font: inherit;
      width: 100%;
      box-sizing: border-box;
      min-height: 2.5em;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.35em 0.6em;
    }

    .code {
      font-family: ui-monospace, "SFMono-Regular", Consolas, monospace;
      letter-spacing: 0.04em;
      text-transform: uppercase;
    }

    [aria-invalid="true"] {
      border-color: var(--_danger);
      box-shadow: 0 0 0 1px var(--_danger);
    }

    input:focus-visible,
    select:focus-visible,
    button:focus-visible,
    .receipt:focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }

    .error,
    .summary,
    .failure {
      color: var(--_danger);
      font-size: 0.9em;
      margin: 0;
    }

    .summary,
    .failure {
      padding: 0.6em 0.8em;
      border: 1px solid var(--_danger);
      border-radius: calc(var(--_radius) / 2);
    }

    button {
      font: inherit;
      justify-self: start;
      min-height: 2.5em;
      padding: 0.4em 1.4em;
      color: var(--_surface);
      background: var(--_accent);
      border: 1px solid var(--_accent);
      border-radius: calc(var(--_radius) / 2);
      cursor: pointer;
    }

    button[disabled] {
      opacity: 0.7;
      cursor: progress;
    }

    button.secondary {
      color: var(--_accent);
      background: var(--_surface);
    }

    .receipt {
      display: grid;
      gap: 0.5em;
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .receipt p {
      margin: 0;
    }

    .sent {
      font-weight: 600;
    }

    .ref {
      font-family: ui-monospace, "SFMono-Regular", Consolas, monospace;
      font-size: 1.4em;
      letter-spacing: 0.06em;
    }
  }
`;
