import type { ProvincialListKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface ProvincialListsMessages {
  noProvince: string;
  listsFailed: string;
  empty: string;
  filterLabel: string;
  allKinds: string;
  labels: Record<"year" | "industry" | "majorCategory", string>;
}

export const messages = defineMessages<"cj-provincial-lists", ProvincialListsMessages>("cj-provincial-lists", {
  "zh-CN": {
    noProvince: "未指定省份。",
    listsFailed: "三张清单加载失败。",
    empty: "该省份暂无已发布的清单。",
    filterLabel: "清单类型",
    allKinds: "全部清单",
    labels: { year: "年份", industry: "产业", majorCategory: "专业大类" },
  },
  en: {
    noProvince: "No province given.",
    listsFailed: "The province's lists could not be loaded.",
    empty: "This province has published no lists yet.",
    filterLabel: "List kind",
    allKinds: "All lists",
    labels: { year: "Year", industry: "Industry", majorCategory: "Major category" },
  },
});
