import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

const catalogueLevelsZh = { 中职: "中职", 高职专科: "高职专科", 职业本科: "职业本科" } as const;
const catalogueLevelsEn = { 中职: "Secondary vocational", 高职专科: "Higher vocational (associate)", 职业本科: "Vocational bachelor" } as const;

export const schoolLevels = defineMessages<"schoolLevels", Vocabulary["schoolLevels"]>("schoolLevels", {
  "zh-CN": { ...catalogueLevelsZh, 技工学校: "技工学校", 应用型本科: "应用型本科", 综合高中: "综合高中" },
  en: { ...catalogueLevelsEn, 技工学校: "Technician school", 应用型本科: "Applied bachelor", 综合高中: "Comprehensive high school" },
});

export const catalogueLevels = defineMessages<"catalogueLevels", Vocabulary["catalogueLevels"]>("catalogueLevels", {
  "zh-CN": catalogueLevelsZh,
  en: catalogueLevelsEn,
});

export const pathwayKinds = defineMessages<"pathwayKinds", Vocabulary["pathwayKinds"]>("pathwayKinds", {
  "zh-CN": { progression: "中职—高职专科—职业本科", "five-year": "五年一贯制", "secondary-bachelor": "中本衔接", "vocational-gaokao": "职教高考", upgrade: "专升本" },
  en: {
    progression: "Secondary → higher → bachelor",
    "five-year": "Five-year programme",
    "secondary-bachelor": "Secondary-to-bachelor",
    "vocational-gaokao": "Vocational gaokao",
    upgrade: "Associate-to-bachelor",
  },
});
