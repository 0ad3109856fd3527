import { css } from "lit";

/**
 * Design tokens and the host reset shared by every widget. Each `--cj-*` property is read through
 * a private `--_*` copy so that a site can set it anywhere above the widget (`:root`, a section)
 * and still have the light and dark defaults when it does not.
 */
export const themeStyles = css`
  @layer cj-base {
    :host {
      --_text: var(--cj-color-text, #1f2328);
      --_muted: var(--cj-color-muted, #545d68);
      --_accent: var(--cj-color-accent, #0b57a4);
      --_surface: var(--cj-color-surface, #ffffff);
      --_border: var(--cj-color-border, #d1d9e0);
      --_danger: var(--cj-color-danger, #b42318);
      --_badge-text: var(--cj-color-badge-text, #5c4300);
      --_badge-surface: var(--cj-color-badge-surface, #fff1c2);
      --_radius: var(--cj-radius, 8px);
      --_space: var(--cj-space, 1rem);
      --_font: var(--cj-font-family, system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif);

      /* The host page's typography would otherwise leak in by inheritance: every inherited
         property starts from its initial value (custom properties and direction are not reset). */
      all: initial;
      /* But the page's light or dark form controls, as before. */
      color-scheme: inherit;
      display: block;
      box-sizing: border-box;
      max-width: 100%;
      color: var(--_text);
      font-family: var(--_font);
      font-size: var(--cj-font-size, 1rem);
      line-height: 1.5;
      overflow-wrap: break-word;
    }

    @media (prefers-color-scheme: dark) {
      :host {
        --_text: var(--cj-color-text, #e6edf3);
        --_muted: var(--cj-color-muted, #9ea7b3);
        --_accent: var(--cj-color-accent, #6cb6ff);
        --_surface: var(--cj-color-surface, #161b22);
        --_border: var(--cj-color-border, #3d444d);
        --_danger: var(--cj-color-danger, #ff8182);
        --_badge-text: var(--cj-color-badge-text, #f2cc60);
        --_badge-surface: var(--cj-color-badge-surface, #3b2e00);
      }
    }

    /* Keeps the space the page reserved before the widget was defined (the documented
       :not(:defined) rule reads the same property), so the page does not jump while data loads. */
    :host:has([aria-busy="true"]) {
      min-block-size: var(--cj-min-height, 12rem);
    }

    :host([hidden]) {
      display: none;
    }

    /* Not inherited from the host, which a page reset such as "* { box-sizing: content-box }" reaches. */
    *,
    *::before,
    *::after {
      box-sizing: border-box;
      /* Direction marks in a record (such as U+202E) reverse only their own element's text. */
      unicode-bidi: isolate;
    }

    /* A long name or URL without break opportunities wraps instead of widening the widget. */
    :host {
      overflow-wrap: anywhere;
    }

    a {
      color: var(--_accent);
    }

    :focus-visible {
      outline: 2px solid var(--_accent);
      outline-offset: 2px;
    }
  }
`;
