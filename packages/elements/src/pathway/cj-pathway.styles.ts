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

    /* The diagram keeps its natural size and scrolls sideways in a narrow column. */
    .diagram {
      max-width: 100%;
      overflow-x: auto;
    }

    .diagram-svg {
      display: block;
      max-width: none;
      font-family: inherit;
    }

    .row-title {
      font-size: 14px;
      font-weight: 600;
      fill: var(--_text);
    }

    .arrow {
      stroke: var(--_accent);
      stroke-width: 2;
    }

    .arrow-head {
      fill: var(--_accent);
    }

    .entry {
      font-size: 12px;
      fill: var(--_muted);
    }

    .step {
      cursor: pointer;
      outline: none;
    }

    .step rect {
      fill: var(--_surface);
      stroke: var(--_border);
      stroke-width: 1.5;
    }

    .step:hover rect,
    .step.selected rect {
      stroke: var(--_accent);
      stroke-width: 2.5;
    }

    .step:focus-visible rect {
      stroke: var(--_accent);
      stroke-width: 4;
    }

    .step-level {
      font-size: 14px;
      font-weight: 600;
      fill: var(--_text);
    }

    .step-detail {
      font-size: 12px;
      fill: var(--_muted);
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
