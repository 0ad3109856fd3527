import type { PracticeCentreKind, PracticeFunction } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface PracticeCentresMessages {
  centresFailed: string;
  noCentres: string;
  all: string;
  filters: string;
  count: (shown: string) => string;
  labels: Record<"kind" | "functions" | "operator" | "consortium", string>;
  kinds: Record<PracticeCentreKind, string>;
  functions: Record<PracticeFunction, string>;
}

export const messages: Translations<CommonMessages & PracticeCentresMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    centresFailed: "实践中心加载失败。",
    noCentres: "没有符合条件的实践中心。",
    all: "全部",
    filters: "筛选实践中心",
    count: (shown) => `共 ${shown} 个实践中心`,
    labels: { kind: "类型", functions: "功能", operator: "运营单位", consortium: "所属联合体" },
    kinds: { public: "公共实践中心", enterprise: "企业实践中心", "school-factory": "校中厂", "factory-school": "厂中校" },
    functions: { teaching: "实践教学", training: "社会培训", production: "真实生产", service: "技术服务" },
  },
  en: {
    ...commonMessages.en,
    centresFailed: "The practice centres could not be loaded.",
    noCentres: "No practice centre matches.",
    all: "All",
    filters: "Filter practice centres",
    count: (shown) => `${shown} practice centres`,
    labels: { kind: "Type", functions: "Functions", operator: "Operator", consortium: "Consortium" },
    kinds: { public: "Public centre", enterprise: "Enterprise centre", "school-factory": "School-factory", "factory-school": "Factory-school" },
    functions: { teaching: "Practical teaching", training: "Social training", production: "Real production", service: "Technical services" },
  },
};
