import type { EventKind } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface EventListMessages {
  eventsFailed: string;
  noEvents: string;
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  labels: Record<"kind" | "date" | "place" | "organisers" | "theme" | "scale", string>;
  kinds: Record<EventKind, string>;
}

export const messages: Translations<CommonMessages & EventListMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    eventsFailed: "活动加载失败。",
    noEvents: "没有符合条件的活动。",
    upcoming: "即将举行",
    past: "往届活动",
    noUpcoming: "暂无即将举行的活动。",
    noPast: "暂无往届活动。",
    labels: { kind: "类型", date: "时间", place: "地点", organisers: "主办单位", theme: "主题", scale: "规模" },
    kinds: { conference: "大会", competition: "大赛", "activity-week": "活动周", platform: "平台", other: "其他活动" },
  },
  en: {
    ...commonMessages.en,
    eventsFailed: "The events could not be loaded.",
    noEvents: "No event matches.",
    upcoming: "Upcoming",
    past: "Past events",
    noUpcoming: "No upcoming event.",
    noPast: "No past event.",
    labels: { kind: "Kind", date: "Date", place: "Place", organisers: "Organisers", theme: "Theme", scale: "Scale" },
    kinds: { conference: "Conference", competition: "Competition", "activity-week": "Activity week", platform: "Platform", other: "Other event" },
  },
};
