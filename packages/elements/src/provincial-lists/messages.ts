import type { ProvincialListKind } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface ProvincialListsMessages {
  noProvince: string;
  listsFailed: string;
  empty: string;
  filterLabel: string;
  allKinds: string;
  kinds: Record<ProvincialListKind, string>;
  labels: Record<"year" | "industry" | "majorCategory", string>;
}

export const messages: Translations<CommonMessages & ProvincialListsMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    noProvince: "未指定省份。",
    listsFailed: "三张清单加载失败。",
    empty: "该省份暂无已发布的清单。",
    filterLabel: "清单类型",
    allKinds: "全部清单",
    kinds: { "talent-demand": "人才需求清单", "industry-development": "产业发展清单", "policy-support": "政策支持清单" },
    labels: { year: "年份", industry: "产业", majorCategory: "专业大类" },
  },
  en: {
    ...commonMessages.en,
    noProvince: "No province given.",
    listsFailed: "The province's lists could not be loaded.",
    empty: "This province has published no lists yet.",
    filterLabel: "List kind",
    allKinds: "All lists",
    kinds: { "talent-demand": "Talent demand list", "industry-development": "Industry development list", "policy-support": "Policy support list" },
    labels: { year: "Year", industry: "Industry", majorCategory: "Major category" },
  },
};
