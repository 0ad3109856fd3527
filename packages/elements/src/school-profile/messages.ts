import type { ConsortiumKind, PracticeCentreKind, SchoolLevel } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface SchoolProfileMessages {
  noSchool: string;
  failed: string;
  notFound: string;
  labels: Record<"level" | "teachers" | "dualRatio" | "mentorPosts" | "resources" | "centres" | "consortia", string>;
  resources: Record<"coreCourses" | "textbooks" | "resourceLibraries" | "onlineCourses" | "simulationBases", string>;
  statisticsYear: (year: string) => string;
  noStatistics: string;
  noCentres: string;
  noConsortia: string;
}

export const messages = defineMessages<"cj-school-profile", SchoolProfileMessages>("cj-school-profile", {
  "zh-CN": {
    noSchool: "未指定学校。",
    failed: "学校信息加载失败。",
    notFound: "未找到该学校。",
    labels: {
      level: "办学层次",
      teachers: "专任教师",
      dualRatio: "双师型教师占比",
      mentorPosts: "产业导师特聘岗",
      resources: "教学资源",
      centres: "运营的实践中心",
      consortia: "参与的产教联合体与共同体",
    },
    resources: { coreCourses: "核心课程", textbooks: "教材", resourceLibraries: "专业教学资源库", onlineCourses: "在线精品课程", simulationBases: "虚拟仿真实训基地" },
    statisticsYear: (year) => `${year}年数据`,
    noStatistics: "暂无师资与资源统计。",
    noCentres: "暂无。",
    noConsortia: "暂无。",
  },
  en: {
    noSchool: "No school given.",
    failed: "The school could not be loaded.",
    notFound: "This school was not found.",
    labels: {
      level: "Level",
      teachers: "Full-time teachers",
      dualRatio: "Dual-qualified teachers",
      mentorPosts: "Industry mentor posts",
      resources: "Teaching resources",
      centres: "Practice centres it runs",
      consortia: "Consortia and communities",
    },
    resources: {
      coreCourses: "Core courses",
      textbooks: "Textbooks",
      resourceLibraries: "Resource libraries",
      onlineCourses: "Online courses",
      simulationBases: "Virtual simulation bases",
    },
    statisticsYear: (year) => `Figures for ${year}`,
    noStatistics: "No teacher or resource figures published.",
    noCentres: "None.",
    noConsortia: "None.",
  },
});
