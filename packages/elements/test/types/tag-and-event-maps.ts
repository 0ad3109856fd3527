// Compiled by `tsc -p test/types` (never run): the DOM's type maps know every tag and event, so
// `querySelector("cj-…")` and `addEventListener("cj-…")` are typed without casts.
import type {} from "@chanjiao/elements/react";
import { CjErrorEvent, CjSelectEvent, CjTalentBoard } from "@chanjiao/elements";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// The JSX types list every tag of the manifest; each must also be in HTMLElementTagNameMap.
type ManifestTags = Extract<keyof React.JSX.IntrinsicElements, `cj-${string}`>;
type UntypedTags = Exclude<ManifestTags, keyof HTMLElementTagNameMap>;
export const everyTagIsMapped: Same<UntypedTags, never> = true;
export const tagsAreListed: Same<ManifestTags extends never ? false : true, true> = true;

export const boardIsTyped: Same<HTMLElementTagNameMap["cj-talent-board"], CjTalentBoard> = true;
export const selectIsTyped: Same<GlobalEventHandlersEventMap["cj-select"], CjSelectEvent> = true;
export const errorIsTyped: Same<GlobalEventHandlersEventMap["cj-error"], CjErrorEvent> = true;

export function listen(board: HTMLElementTagNameMap["cj-talent-board"]): void {
  board.addEventListener("cj-error", (event) => console.error(event.error.message));
  board.addEventListener("cj-select", (event) => console.log(event.value));
}
