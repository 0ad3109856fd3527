/** The languages every widget speaks. */
export type Locale = "zh-CN" | "en";

/** A widget's strings in every language. */
export type Translations<T> = Record<Locale, T>;

/** Strings every widget uses. */
export interface CommonMessages {
  loading: string;
  retry: string;
  noClient: string;
  sample: string;
  sampleHint: string;
  sourcePrefix: string;
}

export const commonMessages: Translations<CommonMessages> = {
  "zh-CN": {
    loading: "正在加载…",
    retry: "重试",
    noClient: "未连接数据源：请把组件放在带 base-url 的 <cj-provider> 内。",
    sample: "示例数据",
    sampleHint: "本条为生成的示例数据，并非官方统计。",
    sourcePrefix: "来源：",
  },
  en: {
    loading: "Loading…",
    retry: "Retry",
    noClient: "No data source: place the component inside a <cj-provider> with a base-url.",
    sample: "Sample data",
    sampleHint: "This record is generated sample data, not an official figure.",
    sourcePrefix: "Source: ",
  },
};
