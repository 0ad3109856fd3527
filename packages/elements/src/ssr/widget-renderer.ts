import { LitElementRenderer, type RenderInfo } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import type { BaseClient } from "@chanjiao/sdk";
import type { ClientRequest } from "../shared/context.js";
import { clientContext } from "../shared/context.js";
import { CjDataElement } from "../shared/data-element.js";
import { serverLang } from "../shared/i18n/locale-controller.js";
import { compactStyles } from "./compact-styles.js";

/** A widget as its server renderer reaches it: Lit's members named `_$` are kept for its server rendering. */
type ServerWidget = CjDataElement & {
  [serverLang]?: string | null;
  enableUpdating(requested: boolean): void;
  willUpdate(changed: Map<PropertyKey, unknown>): void;
  _$changedProperties: Map<PropertyKey, unknown>;
};

/**
 * How the server draws a data widget: connected as in a page, given `client` as its provider would
 * give it and the `lang` its place in the page gives it (`langs`, one per widget in document order),
 * it loads its data, then Lit draws it into a declarative shadow root.
 */
export function widgetRenderer(client: BaseClient, langs: Array<string | null>): RenderInfo["elementRenderers"][number] {
  return class WidgetRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement): boolean {
      return ctor.prototype instanceof CjDataElement;
    }

    declare element: ServerWidget;

    constructor(tagName: string) {
      super(tagName);
      this.element[serverLang] = langs.shift() ?? null;
      this.element.addEventListener("context-request", (event) => {
        const request = event as ClientRequest;
        if (request.context !== clientContext) return;
        event.stopPropagation();
        request.callback(client, () => {});
      });
    }

    /** The settings the page gave, which `willUpdate` sees again once the data has loaded. */
    #changed = new Map<PropertyKey, unknown>();

    override connectedCallback(): void {
      // The server draws once: the widget never schedules an update of its own.
      this.element.enableUpdating = () => {};
      this.element.connectedCallback();
      this.#changed = new Map(this.element._$changedProperties);
      super.connectedCallback();
    }

    override renderShadow(renderInfo: RenderInfo): ReturnType<LitElementRenderer["renderShadow"]> {
      return [() => this.#drawLoaded(renderInfo)];
    }

    /**
     * The widget drawn once its data has loaded, as the browser draws it: `willUpdate` then
     * `render`. A widget that fails to draw is left empty, for the browser to draw, rather than
     * failing the page.
     */
    async #drawLoaded(renderInfo: RenderInfo): Promise<string> {
      const { element } = this;
      try {
        await element.settle();
        element.willUpdate(this.#changed);
        return compactStyles(await collectResult(super.renderShadow(renderInfo) ?? []));
      } catch (error) {
        console.warn(`<${element.localName}> could not be drawn on the server; the browser will draw it.`, error);
        return "";
      }
    }
  };
}
