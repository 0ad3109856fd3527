import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

export const cooperationKinds = defineMessages<"cooperationKinds", Vocabulary["cooperationKinds"]>("cooperationKinds", {
  "zh-CN": { "luban-workshop": "鲁班工坊", "chinese-plus-skills": "中文+职业技能", standard: "职业教育标准输出", platform: "合作平台", competition: "国际赛事" },
  en: {
    "luban-workshop": "Luban Workshop",
    "chinese-plus-skills": "Chinese + Vocational Skills",
    standard: "Exported vocational standard",
    platform: "Cooperation platform",
    competition: "International competition",
  },
});

export const cooperationStatuses = defineMessages<"cooperationStatuses", Vocabulary["cooperationStatuses"]>("cooperationStatuses", {
  "zh-CN": { operating: "运营中", "under-construction": "建设中", planned: "筹建中" },
  en: { operating: "Operating", "under-construction": "Under construction", planned: "Planned" },
});
