import { css } from "lit";

/** The record form: fields in a grid of two columns on wide screens, one on narrow ones. */
export const formStyles = css`
  .grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 0.9rem 1.25rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field.wide,
  fieldset.field {
    grid-column: 1 / -1;
  }
  .field.check {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }
  .field > label {
    font-weight: 600;
  }
  .field input:not([type="checkbox"]),
  .field select,
  .field textarea {
    width: 100%;
  }
  fieldset {
    border: 1px solid var(--line);
    border-radius: var(--radius);
    padding: 0.75rem 1rem 1rem;
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: 0.6rem;
    align-items: flex-start;
  }
  fieldset > .grid {
    width: 100%;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .choices {
    flex-direction: row;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
  }
  .choices > .hint,
  .choices > .error {
    flex-basis: 100%;
  }
  .choice {
    font-weight: 400;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
  }
  .list-item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    width: 100%;
  }
  .list-item > input,
  .list-item > .picker {
    flex: 1 1 16rem;
  }
  .object-item {
    width: 100%;
    background: #fafbfd;
  }
  .picker {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    width: 100%;
  }
  .chosen {
    color: var(--ok);
    font-size: 0.875rem;
  }
  .chosen:empty {
    display: none;
  }
  .required {
    font-weight: 400;
    font-size: 0.75rem;
    color: var(--danger);
    border: 1px solid currentColor;
    border-radius: 3px;
    padding: 0 0.25rem;
    margin-left: 0.25rem;
    vertical-align: 0.1em;
  }
  .field-error {
    margin: 0;
    font-size: 0.875rem;
  }
  .hint {
    margin: 0;
  }
  @media (max-width: 760px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
