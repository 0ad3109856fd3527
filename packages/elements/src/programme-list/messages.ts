import type { CatalogueLevel, TrainingMode } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface ProgrammeListMessages {
  noSchool: string;
  none: string;
  failed: string;
  listLabel: string;
  otherCategory: string;
  labels: Record<"code" | "level" | "years" | "modes" | "partners" | "plan", string>;
  levels: Record<CatalogueLevel, string>;
  modes: Record<TrainingMode, string>;
  years: (years: string) => string;
  plan: (count: string) => string;
  pathway: string;
  pathwayOf: (major: string) => string;
  shown: (shown: string, total: string) => string;
}

export const messages: Translations<CommonMessages & ProgrammeListMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    noSchool: "未指定学校。",
    none: "暂无专业信息。",
    failed: "专业信息加载失败。",
    listLabel: "开设专业",
    otherCategory: "其他专业大类",
    labels: { code: "专业代码", level: "层次", years: "学制", modes: "培养模式", partners: "合作企业", plan: "招生计划" },
    levels: { 中职: "中职", 高职专科: "高职专科", 职业本科: "职业本科" },
    modes: { 订单培养: "订单培养", 委托培养: "委托培养", 学徒制: "学徒制", 五年一贯制: "五年一贯制", 中本衔接: "中本衔接", 中高职贯通: "中高职贯通" },
    years: (years) => `${years}年`,
    plan: (count) => `${count}人`,
    pathway: "成长通道",
    pathwayOf: (major) => `${major}的成长通道`,
    shown: (shown, total) => `共 ${total} 个专业，本页 ${shown} 个`,
  },
  en: {
    ...commonMessages.en,
    noSchool: "No school given.",
    none: "No programmes published.",
    failed: "The programmes could not be loaded.",
    listLabel: "Programmes",
    otherCategory: "Other categories",
    labels: { code: "Code", level: "Level", years: "Length", modes: "Training", partners: "Partner enterprises", plan: "Enrolment plan" },
    levels: { 中职: "Secondary vocational", 高职专科: "Higher vocational (associate)", 职业本科: "Vocational bachelor" },
    modes: {
      订单培养: "Order-based training",
      委托培养: "Commissioned training",
      学徒制: "Apprenticeship",
      五年一贯制: "Five-year programme",
      中本衔接: "Secondary-to-bachelor",
      中高职贯通: "Secondary-to-higher",
    },
    years: (years) => `${years} years`,
    plan: (count) => `${count} places`,
    pathway: "Pathway",
    pathwayOf: (major) => `Pathway of ${major}`,
    shown: (shown, total) => `${total} programmes, ${shown} on this page`,
  },
};
