import type { CooperationKind, CooperationProject } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

interface CooperationCardMessages {
  noProject: string;
  projectFailed: string;
  projectNotFound: string;
  labels: Record<"kind" | "countries" | "host" | "partners" | "fields" | "opened" | "status", string>;
  kinds: Record<CooperationKind, string>;
  statuses: Record<CooperationProject["status"], string>;
}

export const messages: Translations<CommonMessages & CooperationCardMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    noProject: "未指定合作项目。",
    projectFailed: "合作项目加载失败。",
    projectNotFound: "未找到该合作项目。",
    labels: {
      kind: "类型",
      countries: "国家",
      host: "外方合作机构",
      partners: "中方参与单位",
      fields: "专业领域",
      opened: "启用时间",
      status: "状态",
    },
    kinds: {
      "luban-workshop": "鲁班工坊",
      "chinese-plus-skills": "中文+职业技能",
      standard: "职业教育标准输出",
      platform: "合作平台",
      competition: "国际赛事",
    },
    statuses: {
      operating: "运营中",
      "under-construction": "建设中",
      planned: "筹建中",
    },
  },
  en: {
    ...commonMessages.en,
    noProject: "No cooperation project given.",
    projectFailed: "The cooperation project could not be loaded.",
    projectNotFound: "This cooperation project was not found.",
    labels: {
      kind: "Kind",
      countries: "Countries",
      host: "Host institution",
      partners: "Chinese partners",
      fields: "Fields",
      opened: "Opened",
      status: "Status",
    },
    kinds: {
      "luban-workshop": "Luban Workshop",
      "chinese-plus-skills": "Chinese + Vocational Skills",
      standard: "Exported vocational standard",
      platform: "Cooperation platform",
      competition: "International competition",
    },
    statuses: {
      operating: "Operating",
      "under-construction": "Under construction",
      planned: "Planned",
    },
  },
};
