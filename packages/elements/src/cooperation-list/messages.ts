import { defineMessages } from "../shared/i18n/messages.js";

export interface CooperationListMessages {
  projectsFailed: string;
  noProjects: string;
  filters: string;
  allKinds: string;
  allCountries: string;
  labels: Record<"kind" | "country" | "field", string>;
  fieldPlaceholder: string;
  count: (shown: string) => string;
  withCount: (label: string, count: string) => string;
}

export const messages = defineMessages<"cj-cooperation-list", CooperationListMessages>("cj-cooperation-list", {
  "zh-CN": {
    projectsFailed: "国际合作项目加载失败。",
    noProjects: "没有符合条件的国际合作项目。",
    filters: "筛选国际合作项目",
    allKinds: "全部类型",
    allCountries: "全部国家",
    labels: { kind: "类型", country: "国家", field: "专业领域" },
    fieldPlaceholder: "如：新能源",
    count: (shown) => `共 ${shown} 个项目`,
    withCount: (label, count) => `${label}（${count}）`,
  },
  en: {
    projectsFailed: "The cooperation projects could not be loaded.",
    noProjects: "No cooperation project matches.",
    filters: "Filter cooperation projects",
    allKinds: "All kinds",
    allCountries: "All countries",
    labels: { kind: "Kind", country: "Country", field: "Field" },
    fieldPlaceholder: "e.g. new energy",
    count: (shown) => `${shown} projects`,
    withCount: (label, count) => `${label} (${count})`,
  },
});
