import type { ConsortiumKind, PracticeCentreKind, SchoolLevel } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface SchoolProfileMessages {
  noSchool: string;
  failed: string;
  notFound: string;
  levels: Record<SchoolLevel, string>;
  labels: Record<"level" | "teachers" | "dualRatio" | "mentorPosts" | "resources" | "centres" | "consortia", string>;
  resources: Record<"coreCourses" | "textbooks" | "resourceLibraries" | "onlineCourses" | "simulationBases", string>;
  statisticsYear: (year: string) => string;
  noStatistics: string;
  noCentres: string;
  noConsortia: string;
  centreKinds: Record<PracticeCentreKind, string>;
  consortiumKinds: Record<ConsortiumKind, string>;
}

export const messages: Translations<CommonMessages & SchoolProfileMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    noSchool: "未指定学校。",
    failed: "学校信息加载失败。",
    notFound: "未找到该学校。",
    levels: { 中职: "中职", 技工学校: "技工学校", 高职专科: "高职专科", 职业本科: "职业本科", 应用型本科: "应用型本科", 综合高中: "综合高中" },
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
    centreKinds: { public: "公共实践中心", enterprise: "企业实践中心", "school-factory": "校中厂", "factory-school": "厂中校" },
    consortiumKinds: { city: "市域产教联合体", industry: "行业产教融合共同体" },
  },
  en: {
    ...commonMessages.en,
    noSchool: "No school given.",
    failed: "The school could not be loaded.",
    notFound: "This school was not found.",
    levels: {
      中职: "Secondary vocational",
      技工学校: "Technician school",
      高职专科: "Higher vocational (associate)",
      职业本科: "Vocational bachelor",
      应用型本科: "Applied bachelor",
      综合高中: "Comprehensive high school",
    },
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
    centreKinds: { public: "Public centre", enterprise: "Enterprise centre", "school-factory": "Factory in school", "factory-school": "School in factory" },
    consortiumKinds: { city: "City consortium", industry: "Industry community" },
  },
};
