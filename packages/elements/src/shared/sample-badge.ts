import { css, html, nothing, type TemplateResult } from "lit";
import type { CommonMessages } from "./i18n/messages.js";

/** The badge's look, for every widget that shows records. */
export const sampleBadgeStyles = css`
  @layer cj-base {
    .badge {
      flex: none;
      padding: 0.1em 0.6em;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_badge-text);
      background: var(--_badge-surface);
      border-radius: 999px;
    }
  }
`;

/**
 * The "示例数据 / Sample data" badge on generated records, so that no page presents made-up
 * figures as official ones; nothing for sourced records.
 */
export function sampleBadge(sample: boolean | undefined, t: Pick<CommonMessages, "sample" | "sampleHint">): TemplateResult | typeof nothing {
  return sample ? html`<span class="badge" part="badge" title=${t.sampleHint}>${t.sample}</span>` : nothing;
}
