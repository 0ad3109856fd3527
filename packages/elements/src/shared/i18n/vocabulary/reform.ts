import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

export const pilotStages = defineMessages<"pilotStages", Vocabulary["pilotStages"]>("pilotStages", {
  "zh-CN": { "trial-zone": "国家职业教育改革试验区", highland: "职业教育创新发展高地", "new-model": "省域现代职业教育体系建设新模式" },
  en: { "trial-zone": "National vocational education reform trial zone", highland: "Vocational education innovation highland", "new-model": "New model of a provincial modern vocational education system" },
});

export const incentiveKinds = defineMessages<"incentiveKinds", Vocabulary["incentiveKinds"]>("incentiveKinds", {
  "zh-CN": { finance: "金融", fiscal: "财政", land: "土地", credit: "信用", employment: "就业", income: "收入分配" },
  en: { finance: "Finance", fiscal: "Fiscal", land: "Land", credit: "Credit", employment: "Employment", income: "Income distribution" },
});

export const confidences = defineMessages<"confidences", Vocabulary["confidences"]>("confidences", {
  "zh-CN": { high: "来源可靠", "medium-high": "来源较可靠", medium: "来源一般", "medium-low": "来源较弱", low: "来源薄弱" },
  en: { high: "Well sourced", "medium-high": "Fairly well sourced", medium: "Moderately sourced", "medium-low": "Weakly sourced", low: "Thinly sourced" },
});
