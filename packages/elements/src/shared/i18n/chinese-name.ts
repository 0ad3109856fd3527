import { html, type TemplateResult } from "lit";
import { isChinese } from "./local-name.js";
import type { Locale } from "./messages.js";

/**
 * A name the data gives in Chinese only, such as a major's (a proper name, never translated): on a
 * page in another language it carries `lang="zh-CN"`, so that screen readers and fonts treat it as
 * Chinese.
 */
export function chineseName(locale: Locale, name: string): TemplateResult | string {
  return isChinese(locale) ? name : html`<span lang="zh-CN">${name}</span>`;
}
