import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { Locale, Translations } from "./messages.js";

/** zh-CN unless the language is English; Chinese sites are the first audience. */
export function resolveLocale(lang: string | null): Locale {
  return lang !== null && /^en(?:-|$)/i.test(lang) ? "en" : "zh-CN";
}

/** The `lang` of the nearest ancestor that has one, looking out through shadow roots to their hosts. */
export function nearestLang(element: Element): string | null {
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
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function observeLangAround(element: Element): void {
  langObserver ??= new MutationObserver(() => langListeners.forEach((listener) => listener()));
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
    const next = resolveLocale(nearestLang(this.host));
    if (next === this.locale) return;
    this.locale = next;
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** The strings of `translations` in the current locale. */
  pick<T>(translations: Translations<T>): T {
    return translations[this.locale];
  }

  hostConnected(): void {
    this.refresh();
    langListeners.add(this.refresh);
    observeLangAround(this.host);
  }

  hostDisconnected(): void {
    langListeners.delete(this.refresh);
  }
}
