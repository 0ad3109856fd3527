import { css } from "lit";

export const pathwayStyles = css`
  @layer cj-component {
    .pathway {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-height: 8rem;
      overflow-wrap: anywhere;
    }

    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }

    .title {
      min-width: 0;
      font-size: 1.2em;
      font-weight: 600;
    }

    /* The steps of a row wrap in a middling column and stack in a narrow one. */
    .diagram {
      container-type: inline-size;
    }

    .diagram-rows {
      display: grid;
      gap: 1.25em;
    }

    .row-title {
      font-weight: 600;
      font-size: 0.95em;
    }

    .slot {
      margin: 0;
      color: var(--_muted);
      font-size: 0.9em;
    }

    .row-steps {
      display: flex;
      flex-wrap: wrap;
      row-gap: 0.75em;
      margin: 0.4em 0 0;
      padding: 0;
      list-style: none;
    }

    .link {
      display: flex;
      min-width: 0;
    }

    .arrow {
      position: relative;
      flex: none;
      width: 7.5rem;
      min-height: 3.6rem;
    }

    .arrow::before {
      content: "";
      position: absolute;
      inset-inline: 4px 12px;
      top: calc(50% - 1px);
      height: 2px;
      background: var(--_accent);
    }

    .arrow::after {
      content: "";
      position: absolute;
      inset-inline-end: 4px;
      top: calc(50% - 5px);
      border-block: 5px solid transparent;
      border-inline-start: 8px solid var(--_accent);
    }

    .entry {
      position: absolute;
      inset-inline: 4px 12px;
      bottom: calc(50% + 4px);
      font-size: 0.75em;
      line-height: 1.2;
      text-align: center;
      color: var(--_muted);
    }

    .step {
      display: grid;
      align-content: center;
      gap: 0.15em;
      min-width: 9.5rem;
      padding: 0.5em 1em;
      font: inherit;
      text-align: center;
      color: var(--_text);
      background: var(--_surface);
      border: 1.5px solid var(--_border);
      border-radius: 8px;
      cursor: pointer;
    }

    .step:hover,
    .step.selected {
      border-color: var(--_accent);
      box-shadow: inset 0 0 0 1px var(--_accent);
    }

    .step:focus-visible {
      outline: 3px solid var(--_accent);
      outline-offset: 2px;
    }

    .step-level {
      font-weight: 600;
    }

    .step-detail {
      font-size: 0.85em;
      color: var(--_muted);
    }

    @container (max-width: 32rem) {
      .row-steps,
      .link {
        flex-direction: column;
      }

      .arrow {
        width: auto;
        min-height: 2.6rem;
      }

      .arrow::before {
        inset-inline: 1.5rem auto;
        top: 4px;
        bottom: 12px;
        width: 2px;
        height: auto;
      }

      .arrow::after {
        inset-inline-start: calc(1.5rem - 4px);
        inset-inline-end: auto;
        top: auto;
        bottom: 4px;
        border-inline: 5px solid transparent;
        border-block: 8px solid var(--_accent);
        border-block-end: 0;
      }

      .entry {
        inset-inline: 2.5rem 0;
        top: 50%;
        bottom: auto;
        transform: translateY(-50%);
        text-align: start;
      }

      .step {
        min-width: 0;
      }
    }

    .detail {
      display: grid;
      gap: 0.25em;
    }

    .detail p,
    .no-programmes {
      margin: 0;
      color: var(--_muted);
    }

    .detail-title {
      font-weight: 600;
    }

    .majors {
      columns: 14em;
      column-gap: 2.5em;
    }

    .majors li {
      break-inside: avoid;
    }

    .pathway-list,
    .steps {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding-inline-start: 1.5em;
    }

    .pathway-name {
      font-weight: 600;
    }

    .step-button {
      font: inherit;
      color: var(--_accent);
      text-align: start;
      background: none;
      border: 0;
      padding: 0;
      text-decoration: underline;
      cursor: pointer;
    }

    .programmes {
      margin: 0.2em 0 0;
      padding-inline-start: 1.2em;
      font-size: 0.9em;
    }

    .school,
    .more {
      color: var(--_muted);
    }
  }
`;
