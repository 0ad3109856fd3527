import type { EventKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface EventListMessages {
  eventsFailed: string;
  noEvents: string;
  upcoming: string;
  past: string;
  noUpcoming: string;
  noPast: string;
  labels: Record<"kind" | "date" | "place" | "organisers" | "theme" | "scale", string>;
}

export const messages = defineMessages<"cj-event-list", EventListMessages>("cj-event-list", {
  "zh-CN": {
    eventsFailed: "活动加载失败。",
    noEvents: "没有符合条件的活动。",
    upcoming: "即将举行",
    past: "往届活动",
    noUpcoming: "暂无即将举行的活动。",
    noPast: "暂无往届活动。",
    labels: { kind: "类型", date: "时间", place: "地点", organisers: "主办单位", theme: "主题", scale: "规模" },
  },
  en: {
    eventsFailed: "The events could not be loaded.",
    noEvents: "No event matches.",
    upcoming: "Upcoming",
    past: "Past events",
    noUpcoming: "No upcoming event.",
    noPast: "No past event.",
    labels: { kind: "Kind", date: "Date", place: "Place", organisers: "Organisers", theme: "Theme", scale: "Scale" },
  },
});
