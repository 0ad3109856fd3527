import { css, html, type TemplateResult } from "lit";

/**
 * A hidden element whose colours are the chart colours, each with a very short transition. A
 * change of any of them (a `--cj-*` property set by the page, a stylesheet, the dark scheme) then
 * fires `transitionrun` on it, however it came about; the board listens and redraws its charts.
 */
export const themeProbeStyles = css`
  @layer cj-component {
    .theme-probe {
      position: absolute;
      width: 0;
      height: 0;
      overflow: hidden;
      pointer-events: none;
      color: var(--_demand);
      background-color: var(--_supply);
      fill: var(--_muted);
      stroke: var(--_border);
      border-style: solid;
      border-width: 0;
      border-top-color: var(--_highlight);
      border-right-color: var(--_text);
      border-bottom-color: var(--_surface);
      transition: all 1ms;
    }
  }
`;

export function themeProbe(onChange: () => void): TemplateResult {
  return html`<span class="theme-probe" aria-hidden="true" @transitionrun=${onChange}></span>`;
}
