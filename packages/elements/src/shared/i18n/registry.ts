import type { LocaleMessages } from "./locale-messages.js";
import type { BuiltInLocale, Locale, MessageTable } from "./messages.js";

/** The languages a site added, by lower-case tag. */
const registered = new Map<string, { tag: Locale; messages: LocaleMessages }>();
/** Called when a language is added, so that widgets already on the page can switch to it. */
export const localeListeners = new Set<() => void>();

/**
 * Adds a language the widgets speak, or replaces one: `messages` holds the strings every widget
 * shares (`common`), and any of the vocabulary's groups and the widgets' own tables, each in full
 * (a missing key is a type error). A widget or a group the language leaves out is shown in
 * English. Widgets on the page whose nearest `lang` names the language switch to it at once.
 *
 * @example
 * import { registerLocale } from "@chanjiao/elements";
 * registerLocale("de", { common: { loading: "Wird geladen…", ... }, cooperationKinds: { ... } });
 */
export function registerLocale(tag: Locale, messages: LocaleMessages): void {
  registered.set(tag.toLowerCase(), { tag, messages });
  localeListeners.forEach((listener) => listener());
}

/**
 * The language to speak for a page's `lang`: the language registered under the tag or under its
 * primary subtag (`fr` for `fr-CA`); else zh-CN for Chinese and for a page that names none, and
 * English for any other.
 */
export function resolveLocale(lang: string | null): Locale {
  const tag = lang?.trim().toLowerCase() || "zh-cn";
  const own = registered.get(tag) ?? registered.get(tag.split("-")[0]!);
  if (own) return own.tag;
  return /^zh(?:-|$)/.test(tag) ? "zh-CN" : "en";
}

/** The writing direction of a language: right-to-left when its table says so. */
export function localeDir(locale: Locale): "ltr" | "rtl" {
  return registered.get(locale.toLowerCase())?.messages.dir ?? "ltr";
}

/** The strings of `table` in `locale`: the registered language's, else the built-in ones, else English. */
export function translate<K extends string, T>(table: MessageTable<K, T>, locale: Locale): T {
  return (registered.get(locale.toLowerCase())?.messages as Partial<Record<K, T>> | undefined)?.[table.key] ?? table[locale as BuiltInLocale] ?? table.en;
}
