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

export const trainingModes = defineMessages<"trainingModes", Vocabulary["trainingModes"]>("trainingModes", {
  "zh-CN": { 订单培养: "订单培养", 委托培养: "委托培养", 学徒制: "学徒制", 五年一贯制: "五年一贯制", 中本衔接: "中本衔接", 中高职贯通: "中高职贯通" },
  en: {
    订单培养: "Order-based training",
    委托培养: "Commissioned training",
    学徒制: "Apprenticeship",
    五年一贯制: "Five-year programme",
    中本衔接: "Secondary-to-bachelor",
    中高职贯通: "Secondary-to-higher",
  },
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
