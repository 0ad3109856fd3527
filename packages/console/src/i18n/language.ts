/** The languages of the console. */
export type Lang = "zh-CN" | "en";

const storageKey = "chanjiao-console-lang";

/** A table of words in both languages. */
export type Words<T> = Record<Lang, T>;

/** The page's language: the one last chosen, else the browser's first (Chinese unless it prefers another). */
export function initialLang(): Lang {
  const chosen = localStorage.getItem(storageKey);
  if (chosen === "zh-CN" || chosen === "en") return chosen;
  return navigator.language.toLowerCase().startsWith("zh") || !navigator.language ? "zh-CN" : "en";
}

/** The page's language as it is now. */
export function currentLang(): Lang {
  return document.documentElement.lang === "en" ? "en" : "zh-CN";
}

/** Switches the page to a language and remembers the choice; the shell re-renders every view. */
export function setLang(lang: Lang): void {
  localStorage.setItem(storageKey, lang);
  document.documentElement.lang = lang;
  document.title = lang === "en" ? "Chanjiao data console" : "产教数据维护台";
}

/** The words of the page's language. */
export function words<T>(table: Words<T>): T {
  return table[currentLang()];
}
