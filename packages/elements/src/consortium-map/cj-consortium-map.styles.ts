import { css } from "lit";

export const consortiumMapStyles = css`
  @layer cj-component {
    :host {
      --_map-0: var(--cj-map-color-0, #eef1f4);
      --_map-1: var(--cj-map-color-1, #cfe3f7);
      --_map-2: var(--cj-map-color-2, #8dbde9);
      --_map-3: var(--cj-map-color-3, #3f86c9);
      --_map-4: var(--cj-map-color-4, #0b4f8c);
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_map-0: var(--cj-map-color-0, #22272e);
        --_map-1: var(--cj-map-color-1, #1d3b5c);
        --_map-2: var(--cj-map-color-2, #24588c);
        --_map-3: var(--cj-map-color-3, #3b82c4);
        --_map-4: var(--cj-map-color-4, #8cc4ff);
      }
    }

    .map {
      container-type: inline-size;
      display: grid;
      gap: calc(var(--_space) * 0.75);
      min-height: 16rem;
    }

    .toolbar {
      display: flex;
      justify-content: flex-end;
    }

    .toggle {
      font: inherit;
      font-size: 0.875em;
      color: var(--_accent);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.2em 0.8em;
      cursor: pointer;
    }

    .toggle[aria-pressed="true"] {
      color: var(--_surface);
      background: var(--_accent);
    }

    .figure {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: var(--_space);
    }

    .grid {
      flex: 1 1 18rem;
      width: 100%;
      max-width: 34rem;
      min-width: 0;
      height: auto;
      overflow: visible;
    }

    .geo {
      flex: 1 1 18rem;
      max-width: 40rem;
      min-width: 0;
    }

    .tile {
      cursor: pointer;
      outline: none;
    }

    .tile rect {
      stroke: var(--_surface);
      stroke-width: 1;
    }

    .labels {
      pointer-events: none;
    }

    .label text {
      font-family: var(--_font);
      text-anchor: middle;
    }

    .tile-name {
      font-size: 13px;
    }

    .tile-count {
      font-size: 15px;
      font-weight: 600;
    }

    .tile:hover rect {
      stroke: var(--_text);
    }

    .tile.selected rect,
    .tile:focus-visible rect {
      stroke: var(--_accent);
      stroke-width: 4;
    }

    .tile:focus-visible rect {
      stroke-dasharray: 6 3;
    }

    .bin-0 rect {
      fill: var(--_map-0);
    }
    .bin-1 rect {
      fill: var(--_map-1);
    }
    .bin-2 rect {
      fill: var(--_map-2);
    }
    .bin-3 rect {
      fill: var(--_map-3);
    }
    .bin-4 rect {
      fill: var(--_map-4);
    }

    .label text {
      fill: #1f2328;
    }

    /* Dark fills take light text; in the dark scheme the darkest bin is the lightest fill. */
    .label.bin-3 text,
    .label.bin-4 text {
      fill: #ffffff;
    }

    @media (prefers-color-scheme: dark) {
      .label text {
        fill: #e6edf3;
      }
      .label.bin-4 text {
        fill: #0d1117;
      }
    }

    .legend {
      flex: 0 0 auto;
      font-size: 0.875em;
    }

    .legend-title {
      margin: 0 0 0.25em;
      color: var(--_muted);
    }

    .legend ul {
      display: grid;
      gap: 0.2em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .legend li {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }

    .swatch {
      width: 1em;
      height: 1em;
    }

    .swatch rect {
      stroke: var(--_border);
      stroke-width: 1;
    }

    .note,
    .geo-message {
      margin: 0;
      font-size: 0.875em;
      color: var(--_muted);
    }

    .geo-message {
      color: var(--_danger);
    }

    .table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.9em;
    }

    .table caption {
      text-align: start;
      color: var(--_muted);
      padding-bottom: 0.25em;
    }

    .table th,
    .table td {
      padding: 0.25em 0.5em;
      border-bottom: 1px solid var(--_border);
      text-align: start;
    }

    .table td {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }

    .link {
      font: inherit;
      color: var(--_accent);
      text-align: start;
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
      text-decoration: underline;
    }

    .link[aria-pressed="true"] {
      font-weight: 600;
    }

    .panel {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .panel-title {
      margin: 0;
      font-size: 1.1em;
      font-weight: 600;
    }

    .panel .meta,
    .cities {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
    }

    .consortia {
      display: grid;
      gap: 0.4em;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .consortia li {
      display: grid;
    }
  }
`;
