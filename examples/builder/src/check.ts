import type { ChanjiaoClient } from "@chanjiao/sdk";
import { lowContrasts } from "./contrast.ts";
import { recordExists } from "./pickers.ts";
import type { BuilderState } from "./state.ts";
import type { WidgetSpec } from "./widgets.ts";
import type { Words } from "./words.ts";

/**
 * What would go wrong on a site with this configuration, per attribute or token: ids the API does
 * not hold (asked of the API itself), attributes the widget does not have, text colours too faint
 * on the surface. `""` keys a problem of the API as a whole.
 */
export async function problemsOf(state: BuilderState, widget: WidgetSpec, client: ChanjiaoClient, words: Words): Promise<Record<string, string>> {
  const problems: Record<string, string> = {};
  const declared = new Map(widget.attributes.map((attribute) => [attribute.name, attribute]));
  for (const name of Object.keys(state.attributes)) if (!declared.has(name)) problems[name] = words.unknownAttribute(name);
  for (const { token, ratio } of lowContrasts(widget.tokens, state.tokens, state.scheme)) problems[token] = words.lowContrast(token, ratio.toFixed(1));
  await Promise.all(
    Object.entries(state.attributes).map(async ([name, value]) => {
      const control = declared.get(name)?.control;
      if (control?.kind !== "picker") return;
      try {
        if (!(await recordExists(client, control.source, value))) problems[name] = words.missing(name, value);
      } catch {
        problems[""] = words.unreachable(state.api);
      }
    }),
  );
  return problems;
}
