import { css, html, nothing, type TemplateResult } from "lit";
import { defineMessages, type Locale } from "./i18n/messages.js";
import { translate } from "./i18n/registry.js";

/** The pager's words, which a language added with `registerLocale` supplies as `pager`. */
export interface PagerMessages {
  previous: string;
  next: string;
  pages: string;
  position: (page: number, count: number) => string;
}

const pagerMessages = defineMessages<"pager", PagerMessages>("pager", {
  "zh-CN": { previous: "上一页", next: "下一页", pages: "分页", position: (page, count) => `第 ${page} / ${count} 页` },
  en: { previous: "Previous", next: "Next", pages: "Pages", position: (page, count) => `Page ${page} of ${count}` },
});

/** One page of a longer list, numbered from 1. */
export interface PageOf<T> {
  items: readonly T[];
  page: number;
  pageCount: number;
}

/** The `page`th page of `size` items; a page past the end (the list shrank) becomes the last. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageOf<T> {
  const perPage = Math.max(1, Math.floor(size) || 1);
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  return { items: items.slice((current - 1) * perPage, current * perPage), page: current, pageCount };
}

/**
 * Previous / next buttons and the page position, announced politely when it changes. Long lists
 * are paged rather than rendered whole, so a widget stays light with hundreds of records.
 */
export function pager(locale: Locale, current: PageOf<unknown>, onPage: (page: number) => void): TemplateResult | typeof nothing {
  if (current.pageCount <= 1) return nothing;
  const t = translate(pagerMessages, locale);
  const { page, pageCount } = current;
  return html`<nav class="pager" part="pager" aria-label=${t.pages}>
    <button type="button" ?disabled=${page <= 1} @click=${() => onPage(page - 1)}>${t.previous}</button>
    <span class="pager-position" role="status">${t.position(page, pageCount)}</span>
    <button type="button" ?disabled=${page >= pageCount} @click=${() => onPage(page + 1)}>${t.next}</button>
  </nav>`;
}

export const pagerStyles = css`
  @layer cj-base {
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5);
    }

    .pager button {
      font: inherit;
      color: var(--_accent);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.25em 0.9em;
      cursor: pointer;
    }

    .pager button:disabled {
      color: var(--_muted);
      cursor: default;
    }

    .pager-position {
      color: var(--_muted);
    }
  }
`;
