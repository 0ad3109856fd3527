import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

export const consortiumKinds = defineMessages<"consortiumKinds", Vocabulary["consortiumKinds"]>("consortiumKinds", {
  "zh-CN": { city: "市域产教联合体", industry: "行业产教融合共同体" },
  en: { city: "City-level consortium", industry: "Industry community" },
});

export const consortiumStatuses = defineMessages<"consortiumStatuses", Vocabulary["consortiumStatuses"]>("consortiumStatuses", {
  "zh-CN": { confirmed: "已公布", candidate: "培育对象", provincial: "省级" },
  en: { confirmed: "Announced", candidate: "Candidate", provincial: "Provincial" },
});

export const councilRoles = defineMessages<"councilRoles", Vocabulary["councilRoles"]>("councilRoles", {
  "zh-CN": { government: "政府", enterprise: "企业", school: "学校", research: "科研机构" },
  en: { government: "Government", enterprise: "Enterprises", school: "Schools", research: "Research institutes" },
});

export const servicePlatformKinds = defineMessages<"servicePlatformKinds", Vocabulary["servicePlatformKinds"]>("servicePlatformKinds", {
  "zh-CN": { "common-technology": "共性技术服务平台", "innovation-centre": "技术创新中心", "testing-certification": "检验检测平台", "pilot-production": "中试基地" },
  en: {
    "common-technology": "Common technology platform",
    "innovation-centre": "Technology innovation centre",
    "testing-certification": "Testing and certification platform",
    "pilot-production": "Pilot production base",
  },
});
