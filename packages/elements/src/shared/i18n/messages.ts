import type { CooperationKind, CooperationProject } from "@chanjiao/sdk";

export type Locale = "zh-CN" | "en";

export interface Messages {
  loading: string;
  retry: string;
  noClient: string;
  noProject: string;
  projectFailed: string;
  projectNotFound: string;
  sample: string;
  sampleHint: string;
  labels: Record<"kind" | "countries" | "host" | "partners" | "fields" | "opened" | "status", string>;
  sourcePrefix: string;
  kinds: Record<CooperationKind, string>;
  statuses: Record<CooperationProject["status"], string>;
}

const zhCN: Messages = {
  loading: "正在加载…",
  retry: "重试",
  noClient: "未连接数据源：请把组件放在带 base-url 的 <cj-provider> 内。",
  noProject: "未指定合作项目。",
  projectFailed: "合作项目加载失败。",
  projectNotFound: "未找到该合作项目。",
  sample: "示例数据",
  sampleHint: "本条为生成的示例数据，并非官方统计。",
  labels: {
    kind: "类型",
    countries: "国家",
    host: "外方合作机构",
    partners: "中方参与单位",
    fields: "专业领域",
    opened: "启用时间",
    status: "状态",
  },
  sourcePrefix: "来源：",
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
};

const en: Messages = {
  loading: "Loading…",
  retry: "Retry",
  noClient: "No data source: place the component inside a <cj-provider> with a base-url.",
  noProject: "No cooperation project given.",
  projectFailed: "The cooperation project could not be loaded.",
  projectNotFound: "This cooperation project was not found.",
  sample: "Sample data",
  sampleHint: "This record is generated sample data, not an official figure.",
  labels: {
    kind: "Kind",
    countries: "Countries",
    host: "Host institution",
    partners: "Chinese partners",
    fields: "Fields",
    opened: "Opened",
    status: "Status",
  },
  sourcePrefix: "Source: ",
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
};

export const messages: Record<Locale, Messages> = { "zh-CN": zhCN, en };
