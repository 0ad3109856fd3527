import { css } from "lit";

// The scales are readable with colour-vision deficiencies: the sequential one is a single hue
// (blue) ordered by lightness, the diverging one is ColorBrewer's purple–orange, the categorical
// one takes Okabe and Ito's orange, sky blue and bluish green. Each bin sets the
// ink of the text drawn on it so that it passes WCAG AA (4.5:1) on its fill.
export const consortiumMapStyles = css`
  @layer cj-component {
    :host {
      --_map-0: var(--cj-map-color-0, #eef1f4);
      --_map-1: var(--cj-map-color-1, #cfe3f7);
      --_map-2: var(--cj-map-color-2, #8dbde9);
      --_map-3: var(--cj-map-color-3, #2f6fb0);
      --_map-4: var(--cj-map-color-4, #0b4f8c);
      --_div-0: var(--cj-map-diverging-0, #5e3c99);
      --_div-1: var(--cj-map-diverging-1, #b2abd2);
      --_div-3: var(--cj-map-diverging-3, #fdb863);
      --_div-4: var(--cj-map-diverging-4, #b35806);
      --_ink-dark: #1f2328;
      --_ink-light: #ffffff;
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_map-0: var(--cj-map-color-0, #22272e);
        --_map-1: var(--cj-map-color-1, #1d3b5c);
        --_map-2: var(--cj-map-color-2, #24588c);
        --_map-3: var(--cj-map-color-3, #3b82c4);
        --_map-4: var(--cj-map-color-4, #8cc4ff);
        --_ink-dark: #0d1117;
      }
    }

    .scale-sequential {
      --_bin-0: var(--_map-0);
      --_bin-1: var(--_map-1);
      --_bin-2: var(--_map-2);
      --_bin-3: var(--_map-3);
      --_bin-4: var(--_map-4);
      --_ink-0: var(--_ink-dark);
      --_ink-1: var(--_ink-dark);
      --_ink-2: var(--_ink-dark);
      --_ink-3: var(--_ink-light);
      --_ink-4: var(--_ink-light);
    }

    .scale-diverging {
      --_bin-0: var(--_div-0);
      --_bin-1: var(--_div-1);
      --_bin-2: var(--_map-0);
      --_bin-3: var(--_div-3);
      --_bin-4: var(--_div-4);
      --_ink-0: var(--_ink-light);
      --_ink-1: var(--_ink-dark);
      --_ink-2: var(--_ink-dark);
      --_ink-3: var(--_ink-dark);
      --_ink-4: var(--_ink-light);
    }

    /* Bright in both colour schemes, so every category takes dark text. */
    .scale-categorical {
      --_bin-0: var(--cj-map-category-0, #e69f00);
      --_bin-1: var(--cj-map-category-1, #56b4e9);
      --_bin-2: var(--cj-map-category-2, #009e73);
      --_ink-0: var(--_ink-dark);
      --_ink-1: var(--_ink-dark);
      --_ink-2: var(--_ink-dark);
    }

    @media (prefers-color-scheme: dark) {
      /* Dark fills take light text: here the sequential scale grows lighter, and zero is dark. */
      .scale-sequential {
        --_ink-0: #e6edf3;
        --_ink-1: #e6edf3;
        --_ink-2: #e6edf3;
        --_ink-3: var(--_ink-dark);
        --_ink-4: var(--_ink-dark);
      }
      .scale-diverging {
        --_ink-2: #e6edf3;
      }
    }

    .bin-0 {
      --_fill: var(--_bin-0);
      --_ink: var(--_ink-0);
    }
    .bin-1 {
      --_fill: var(--_bin-1);
      --_ink: var(--_ink-1);
    }
    .bin-2 {
      --_fill: var(--_bin-2);
      --_ink: var(--_ink-2);
    }
    .bin-3 {
      --_fill: var(--_bin-3);
      --_ink: var(--_ink-3);
    }
    .bin-4 {
      --_fill: var(--_bin-4);
      --_ink: var(--_ink-4);
    }
    .bin-none {
      --_fill: var(--_surface);
      --_ink: var(--_muted);
    }

    .map {
      container-type: inline-size;
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_space) * 0.75);
      min-height: 16rem;
      min-width: 0;
    }

    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em;
    }

    .measure {
      display: flex;
      align-items: center;
      gap: 0.5em;
    }

    .measure span {
      flex: none;
    }

    .measure select {
      min-width: 0;
    }

    .actions,
    .downloads {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
    }

    .toggle,
    .back {
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

    .toggle:disabled {
      color: var(--_muted);
      cursor: default;
    }

    .back {
      justify-self: start;
    }

    /* The grid and beside it (or, in a narrow box, below it) the panel; a narrow box drilled into a
       province shows the province alone, and its back button returns to the grid. */
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_space);
      align-items: start;
    }

    @container (min-width: 44rem) {
      .layout {
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      }
    }

    @container (max-width: 43.99rem) {
      .drilled .national {
        display: none;
      }
    }

    .national,
    .figure {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      min-width: 0;
    }

    .grid {
      display: block;
      width: 100%;
      height: auto;
      overflow: visible;
    }

    /* Chart.js sizes the canvas to this box: it must not grow with the canvas. */
    .geo {
      position: relative;
      min-width: 0;
    }

    .tile {
      cursor: pointer;
      outline: none;
    }

    .tile rect,
    .swatch rect,
    .bar rect {
      fill: var(--_fill);
    }

    .tile rect {
      stroke: var(--_surface);
      stroke-width: 1;
    }

    .bin-none rect {
      stroke: var(--_border);
      stroke-dasharray: 3 2;
    }

    .labels {
      pointer-events: none;
    }

    .label text {
      font-family: var(--_font);
      text-anchor: middle;
      fill: var(--_ink);
    }

    .tile-name {
      font-size: 14px;
    }

    .tile-count {
      font-size: 16px;
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

    .legend {
      min-width: 0;
      font-size: 0.875em;
    }

    .legend-title {
      margin: 0 0 0.25em;
      color: var(--_text);
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .legend ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.9em;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }

    .legend li {
      display: flex;
      align-items: center;
      gap: 0.35em;
    }

    .swatch {
      flex: none;
      width: 1.1em;
      height: 1.1em;
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
      table-layout: fixed;
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
      overflow-wrap: anywhere;
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
      overflow-wrap: anywhere;
    }

    .link[aria-pressed="true"] {
      font-weight: 600;
    }

    .panel {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      min-width: 0;
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .panel-title {
      margin: 0;
      font-size: 1.1em;
      font-weight: 600;
      overflow-wrap: anywhere;
    }

    .panel-subtitle {
      font-size: 0.95em;
      font-weight: 600;
    }

    .panel .meta {
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }

    .bars {
      display: grid;
      gap: 0.3em;
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }

    .bars li {
      display: grid;
      grid-template-columns: minmax(0, 7em) minmax(3em, 1fr) minmax(0, max-content);
      align-items: center;
      gap: 0.5em;
    }

    .bar-name,
    .bar-value {
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .bar-value {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
      max-width: 9em;
    }

    .bar {
      width: 100%;
      height: 0.9em;
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
      min-width: 0;
    }
  }
`;
