import { defineMessages } from "../shared/i18n/messages.js";

export interface CooperationCardMessages {
  noProject: string;
  projectFailed: string;
  projectNotFound: string;
  labels: Record<"kind" | "countries" | "host" | "partners" | "fields" | "opened" | "status", string>;
}

export const messages = defineMessages<"cj-cooperation-card", CooperationCardMessages>("cj-cooperation-card", {
  "zh-CN": {
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
  },
  en: {
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
  },
});
