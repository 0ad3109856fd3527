import { css } from "lit";

/**
 * What the views share around their content: the heading row with its actions, white panels,
 * tables of records that scroll sideways on a phone, rows of buttons and the confirming dialog.
 */
export const panelStyles = css`
  :host {
    display: block;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
  .top h1 {
    margin: 0 auto 0 0;
  }
  .panel {
    background: #fff;
    border: 1px solid var(--line);
    border-radius: 8px;
    padding: 1rem 1.25rem;
    margin-bottom: 1rem;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    border-top: 1px solid var(--line);
    padding: 0.5rem 0.75rem;
    vertical-align: top;
    overflow-wrap: break-word;
  }
  thead th {
    background: var(--soft);
    font-size: 0.875rem;
    white-space: nowrap;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 0.75rem;
  }
  dialog {
    border: 1px solid var(--line);
    border-radius: 10px;
    padding: 1.5rem;
    max-width: min(30rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgba(15, 47, 87, 0.45);
  }
  dialog .buttons {
    justify-content: flex-end;
    margin-top: 1.25rem;
  }
`;
