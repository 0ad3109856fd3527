import "@chanjiao/elements/define";
import { html } from "lit";
import type { BuilderState } from "../state.ts";
import { tokenValues, widgetOf } from "../widgets.ts";
import type { Words } from "../words.ts";

/** The preview's frame: desktop or phone width, light or dark; `stage` receives the widget. */
export function previewView(state: BuilderState, words: Words, update: (patch: Partial<BuilderState>) => void) {
  return html`<section class="preview" aria-labelledby="preview-heading">
    <div class="section-head">
      <h2 id="preview-heading">${words.preview}</h2>
      <span class="segmented" role="radiogroup" aria-label=${words.preview}>
        ${(["desktop", "phone"] as const).map(
          (device) => html`<label><input type="radio" name="device" .value=${device} .checked=${state.device === device} @change=${() => update({ device })} />${words[device]}</label>`,
        )}
      </span>
    </div>
    <div class="frame ${state.device} ${state.scheme}" role="region" aria-label="${words.preview} · ${words[state.device]}" tabindex="0">
      <div class="stage" id="stage"></div>
    </div>
  </section>`;
}

const setBefore = new WeakMap<Element, string[]>();

/**
 * Puts the configured widget on `stage` inside a provider of the chosen API, changing only what
 * changed: a new API makes a new provider, a new tag a new widget, and attributes and tokens are
 * set on the widget in place, as a page would.
 */
export function showWidget(stage: HTMLElement, state: BuilderState): void {
  let provider = stage.querySelector("cj-provider");
  const baseUrl = new URL(state.api, location.href).href;
  if (!provider || provider.getAttribute("base-url") !== baseUrl || provider.hasAttribute("static") !== state.static) {
    provider = document.createElement("cj-provider");
    provider.setAttribute("base-url", baseUrl);
    provider.toggleAttribute("static", state.static);
    stage.replaceChildren(provider);
  }
  let widget = provider.firstElementChild as HTMLElement | null;
  if (widget?.localName !== state.widget) {
    widget = document.createElement(state.widget);
    provider.replaceChildren(widget);
  }
  const wanted = new Map<string, string>([...Object.entries(state.attributes), ["lang", state.lang]]);
  // Only what the builder set before is taken away: a widget may reflect attributes of its own.
  for (const name of setBefore.get(widget) ?? []) if (!wanted.has(name)) widget.removeAttribute(name);
  for (const [name, value] of wanted) if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  setBefore.set(widget, [...wanted.keys()]);
  const tokens = new Map(tokenValues(widgetOf(state.widget), state.tokens, state.scheme));
  for (const token of widgetOf(state.widget).tokens) {
    const value = tokens.get(token.name);
    // Through the CSSOM, which a strict Content-Security-Policy allows.
    if (value === undefined) widget.style.removeProperty(token.name);
    else widget.style.setProperty(token.name, value);
  }
}
