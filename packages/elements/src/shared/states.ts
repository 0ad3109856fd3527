import { css, html, nothing, type TemplateResult } from "lit";

/**
 * The loading, empty and error states every widget shows, so that they look and read alike.
 * The loading state keeps the space of the data it waits for, so the page does not jump.
 */
export const stateStyles = css`
  @layer cj-base {
    .state {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      align-content: start;
      justify-items: start;
      margin: 0;
    }

    .state-message {
      margin: 0;
      color: var(--_muted);
    }

    .state-error .state-message {
      color: var(--_danger);
    }

    .skeleton {
      display: block;
      width: 100%;
      height: 0.9em;
      border-radius: 4px;
      background: var(--_border);
      opacity: 0.6;
    }

    .skeleton:first-of-type {
      width: 60%;
      height: 1.3em;
    }

    .skeleton:last-of-type {
      width: 40%;
    }

    @media (prefers-reduced-motion: no-preference) {
      .skeleton {
        animation: cj-pulse 1.2s ease-in-out infinite alternate;
      }
    }

    @keyframes cj-pulse {
      to {
        opacity: 0.25;
      }
    }

    .retry {
      font: inherit;
      color: var(--_surface);
      background: var(--_accent);
      border: 0;
      border-radius: calc(var(--_radius) / 2);
      padding: 0.25em 1em;
      cursor: pointer;
    }

    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
`;

export function loadingState(label: string, lines = 4): TemplateResult {
  return html`<div class="state state-loading" role="status">
    <span class="visually-hidden">${label}</span>
    ${Array.from({ length: lines }, () => html`<span class="skeleton" aria-hidden="true"></span>`)}
  </div>`;
}

export function emptyState(message: string): TemplateResult {
  return html`<div class="state state-empty"><p class="state-message">${message}</p></div>`;
}

/** An error message, with a Retry button when trying again can help. */
export function errorState(message: string, retry?: { label: string; onRetry: () => void }): TemplateResult {
  return html`<div class="state state-error" role="alert">
    <p class="state-message">${message}</p>
    ${retry ? html`<button class="retry" part="retry" type="button" @click=${retry.onRetry}>${retry.label}</button>` : nothing}
  </div>`;
}
