import { css } from "lit";

/**
 * What every part of the console shares: the palette, and controls with a visible focus ring and a
 * 44 px touch target on small screens.
 */
export const baseStyles = css`
  :host {
    --accent: #0b5cad;
    --accent-dark: #084785;
    --danger: #b3261e;
    --ok: #1e6b35;
    --line: #d3d9e2;
    --muted: #55606e;
    --surface: #fff;
    --soft: #eef2f7;
    --radius: 6px;
    color: #1b2430;
    font: inherit;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h1,
  h2,
  h3 {
    line-height: 1.3;
    margin: 0 0 0.5rem;
  }
  h1 {
    font-size: 1.5rem;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.05rem;
  }
  a {
    color: var(--accent);
  }
  button,
  .button {
    font: inherit;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.25rem;
    padding: 0.3rem 0.9rem;
    border: 1px solid var(--accent);
    border-radius: var(--radius);
    background: var(--surface);
    color: var(--accent);
    cursor: pointer;
    text-decoration: none;
    white-space: nowrap;
  }
  button.primary,
  .button.primary {
    background: var(--accent);
    color: #fff;
  }
  button.primary:hover,
  .button.primary:hover {
    background: var(--accent-dark);
  }
  button.danger {
    border-color: var(--danger);
    color: var(--danger);
  }
  button.danger.primary {
    background: var(--danger);
    color: #fff;
  }
  button.link {
    border: none;
    background: none;
    padding: 0.2rem 0.3rem;
    min-height: 0;
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    min-height: 2.25rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid #8a94a3;
    border-radius: var(--radius);
    background: var(--surface);
    max-width: 100%;
  }
  textarea {
    min-height: 4.5rem;
    width: 100%;
  }
  input[type="checkbox"] {
    min-height: 0;
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--accent);
  }
  :focus-visible {
    outline: 3px solid #f2a900;
    outline-offset: 2px;
  }
  [aria-invalid="true"] {
    border-color: var(--danger);
  }
  .error {
    color: var(--danger);
  }
  .notice {
    border-radius: var(--radius);
    padding: 0.75rem 1rem;
    margin: 0 0 1rem;
    border: 1px solid var(--line);
    background: var(--soft);
  }
  .notice.error {
    border-color: var(--danger);
    background: #fdf0ef;
  }
  .notice.ok {
    border-color: var(--ok);
    background: #eef8f0;
    color: var(--ok);
  }
  .hint {
    color: var(--muted);
    font-size: 0.875rem;
  }
  @media (max-width: 640px) {
    button,
    .button,
    input:not([type="checkbox"]),
    select {
      min-height: 2.75rem;
    }
  }
`;
