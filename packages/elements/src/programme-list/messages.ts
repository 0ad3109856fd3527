import type { CatalogueLevel, TrainingMode } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface ProgrammeListMessages {
  noSchool: string;
  none: string;
  failed: string;
  listLabel: string;
  otherCategory: string;
  labels: Record<"code" | "level" | "years" | "modes" | "partners" | "plan", string>;
  years: (years: string) => string;
  plan: (count: string) => string;
  pathway: string;
  pathwayOf: (major: string) => string;
  shown: (shown: string, total: string) => string;
}

export const messages = defineMessages<"cj-programme-list", ProgrammeListMessages>("cj-programme-list", {
  "zh-CN": {
    noSchool: "未指定学校。",
    none: "暂无专业信息。",
    failed: "专业信息加载失败。",
    listLabel: "开设专业",
    otherCategory: "其他专业大类",
    labels: { code: "专业代码", level: "层次", years: "学制", modes: "培养模式", partners: "合作企业", plan: "招生计划" },
    years: (years) => `${years}年`,
    plan: (count) => `${count}人`,
    pathway: "成长通道",
    pathwayOf: (major) => `${major}的成长通道`,
    shown: (shown, total) => `共 ${total} 个专业，本页 ${shown} 个`,
  },
  en: {
    noSchool: "No school given.",
    none: "No programmes published.",
    failed: "The programmes could not be loaded.",
    listLabel: "Programmes",
    otherCategory: "Other categories",
    labels: { code: "Code", level: "Level", years: "Length", modes: "Training", partners: "Partner enterprises", plan: "Enrolment plan" },
    years: (years) => `${years} years`,
    plan: (count) => `${count} places`,
    pathway: "Pathway",
    pathwayOf: (major) => `Pathway of ${major}`,
    shown: (shown, total) => `${total} programmes, ${shown} on this page`,
  },
});
