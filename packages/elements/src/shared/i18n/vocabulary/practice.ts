import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

export const practiceCentreKinds = defineMessages<"practiceCentreKinds", Vocabulary["practiceCentreKinds"]>("practiceCentreKinds", {
  "zh-CN": { public: "公共实践中心", enterprise: "企业实践中心", "school-factory": "校中厂", "factory-school": "厂中校" },
  en: { public: "Public centre", enterprise: "Enterprise centre", "school-factory": "Factory in a school", "factory-school": "School in a factory" },
});

export const practiceFunctions = defineMessages<"practiceFunctions", Vocabulary["practiceFunctions"]>("practiceFunctions", {
  "zh-CN": { teaching: "实践教学", training: "社会培训", production: "真实生产", service: "技术服务" },
  en: { teaching: "Practical teaching", training: "Social training", production: "Real production", service: "Technical services" },
});
