import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

export const provincialListKinds = defineMessages<"provincialListKinds", Vocabulary["provincialListKinds"]>("provincialListKinds", {
  "zh-CN": { "talent-demand": "人才需求清单", "industry-development": "产业发展清单", "policy-support": "政策支持清单" },
  en: { "talent-demand": "Talent demand list", "industry-development": "Industry development list", "policy-support": "Policy support list" },
});

export const eventKinds = defineMessages<"eventKinds", Vocabulary["eventKinds"]>("eventKinds", {
  "zh-CN": { conference: "大会", competition: "大赛", "activity-week": "活动周", platform: "平台", other: "其他活动" },
  en: { conference: "Conference", competition: "Competition", "activity-week": "Activity week", platform: "Platform", other: "Other event" },
});
