/**
 * A language the widgets speak: a BCP 47 tag. zh-CN and en are built in; a site adds others with
 * `registerLocale`.
 */
export type Locale = string;

/** The languages every widget carries in its own bundle. */
export type BuiltInLocale = "zh-CN" | "en";

/** A table of strings in every built-in language. */
export type Translations<T> = Record<BuiltInLocale, T>;

/** A named table of strings: the name is the key a registered language fills it under. */
export type MessageTable<K extends string, T> = Translations<T> & { readonly key: K };

/** Names a table so that a language added with `registerLocale` can supply it. */
/* @__NO_SIDE_EFFECTS__ */
export function defineMessages<K extends string, T>(key: K, table: Translations<T>): MessageTable<K, T> {
  return { ...table, key };
}

/** Strings every widget uses: its states, the sample badge and sources. */
export interface CommonMessages {
  loading: string;
  retry: string;
  noClient: string;
  /** The error of a setting the data cannot take, given the setting as the page wrote it. */
  invalidSetting: (setting: string) => string;
  sample: string;
  sampleHint: string;
  sourcePrefix: string;
}

export const commonMessages = defineMessages<"common", CommonMessages>("common", {
  "zh-CN": {
    loading: "正在加载…",
    retry: "重试",
    noClient: "未连接数据源：请把组件放在带 base-url 的 <cj-provider> 内。",
    invalidSetting: (setting) => `设置无效：${setting}`,
    sample: "示例数据",
    sampleHint: "本条为生成的示例数据，并非官方统计。",
    sourcePrefix: "来源：",
  },
  en: {
    loading: "Loading…",
    retry: "Retry",
    noClient: "No data source: place the component inside a <cj-provider> with a base-url.",
    invalidSetting: (setting) => `Invalid setting: ${setting}`,
    sample: "Sample data",
    sampleHint: "This record is generated sample data, not an official figure.",
    sourcePrefix: "Source: ",
  },
});
