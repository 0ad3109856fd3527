import { html } from "lit";
import { widgets, type WidgetSpec } from "../widgets.ts";
import type { UiLanguage, Words } from "../words.ts";

// The reference screenshots the elements' visual tests keep, at phone width: one per widget and language.
const shots = import.meta.glob<string>("../../../../packages/elements/screenshots/reference/*-390-light.png", { eager: true, query: "?url", import: "default" });

function thumbnailOf(tag: string, ui: UiLanguage): string | undefined {
  return Object.entries(shots).find(([path]) => path.endsWith(`/${tag}-${ui}-390-light.png`))?.[1];
}

/** The widget's name for the gallery: the builder's Chinese name, or its tag read as English words. */
export function widgetName(widget: WidgetSpec, words: Words): string {
  const english = widget.tag.replace(/^cj-/, "").replace(/-/g, " ");
  return words.widgetNames[widget.tag] ?? english.charAt(0).toUpperCase() + english.slice(1);
}

/** A radio group of the widgets, each with its thumbnail, name and tag. */
export function galleryView(chosen: string, ui: UiLanguage, words: Words, choose: (tag: string) => void) {
  return html`<fieldset class="gallery">
    <legend>${words.gallery}</legend>
    <div class="cards">
      ${widgets.map((widget) => {
        const thumbnail = thumbnailOf(widget.tag, ui);
        return html`<label class="card">
          <input type="radio" name="widget" .value=${widget.tag} .checked=${widget.tag === chosen} @change=${() => choose(widget.tag)} />
          <span class="thumbnail">${thumbnail ? html`<img src=${thumbnail} alt="" loading="lazy" width="160" height="110" />` : ""}</span>
          <span class="card-name">${widgetName(widget, words)}</span>
          <code>&lt;${widget.tag}&gt;</code>
        </label>`;
      })}
    </div>
  </fieldset>`;
}
