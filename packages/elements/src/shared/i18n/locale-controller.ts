import { isServer, type ReactiveController, type ReactiveControllerHost } from "lit";
import type { Locale } from "./messages.js";
import { localeListeners, resolveLocale } from "./registry.js";

/** Where a server rendering puts the `lang` the widget's place in the page gives it: the server has no ancestors to look at. */
export const serverLang = Symbol("lang around a server-rendered widget");

/** The `lang` of the nearest ancestor that has one, looking out through shadow roots to their hosts. */
export function nearestLang(element: Element & { [serverLang]?: string | null }): string | null {
  if (isServer) return element[serverLang] ?? null;
  let current: Element | null = element;
  while (current) {
    const withLang = current.closest("[lang]");
    if (withLang) return withLang.getAttribute("lang");
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

// One observer for every widget on the page: a `lang` change is rare, widgets may be many.
let langObserver: MutationObserver | undefined;

function observeLangAround(element: Element): void {
  langObserver ??= new MutationObserver(() => localeListeners.forEach((listener) => listener()));
  let root = element.getRootNode();
  for (;;) {
    langObserver.observe(root, { subtree: true, attributeFilter: ["lang"] });
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}

/** Follows the nearest `lang` attribute and re-renders its host when the locale changes. */
export class LocaleController implements ReactiveController {
  locale: Locale = "zh-CN";
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly refresh = (): void => {
    // A language registered again under the same tag re-renders too.
    this.locale = resolveLocale(nearestLang(this.host));
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    if (isServer) return;
    localeListeners.add(this.refresh);
    observeLangAround(this.host);
  }

  hostDisconnected(): void {
    localeListeners.delete(this.refresh);
  }
}
