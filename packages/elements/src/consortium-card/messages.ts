import type { ConsortiumKind, CouncilSeat, PracticeCentreKind, ServicePlatformKind } from "@chanjiao/sdk";
import { commonMessages, type CommonMessages, type Translations } from "../shared/i18n/messages.js";

type Status = "confirmed" | "candidate" | "provincial";

interface ConsortiumCardMessages {
  noConsortium: string;
  consortiumFailed: string;
  consortiumNotFound: string;
  kinds: Record<ConsortiumKind, string>;
  statuses: Record<Status, string>;
  labels: Record<"kind" | "status" | "batch" | "founded" | "region" | "parks" | "industries" | "field" | "members", string>;
  batch(batch: number): string;
  sections: Record<"council" | "leads" | "programmes" | "practiceCentres" | "servicePlatforms", string>;
  roles: Record<CouncilSeat["role"], string>;
  centreKinds: Record<PracticeCentreKind, string>;
  platformKinds: Record<ServicePlatformKind, string>;
  sourcesOf(section: string): string;
}

export const messages: Translations<CommonMessages & ConsortiumCardMessages> = {
  "zh-CN": {
    ...commonMessages["zh-CN"],
    noConsortium: "未指定联合体。",
    consortiumFailed: "联合体加载失败。",
    consortiumNotFound: "未找到该联合体。",
    kinds: { city: "市域产教联合体", industry: "行业产教融合共同体" },
    statuses: { confirmed: "已公布", candidate: "培育对象", provincial: "省级" },
    labels: {
      kind: "类型",
      status: "状态",
      batch: "批次",
      founded: "成立时间",
      region: "地区",
      parks: "依托园区",
      industries: "重点产业",
      field: "领域",
      members: "成员单位",
    },
    batch: (batch) => `第${batch}批`,
    sections: { council: "理事会", leads: "牵头单位", programmes: "成员院校专业", practiceCentres: "产教融合实践中心", servicePlatforms: "技术服务平台" },
    roles: { government: "政府", enterprise: "企业", school: "学校", research: "科研机构" },
    centreKinds: { public: "公共实践中心", enterprise: "企业实践中心", "school-factory": "校中厂", "factory-school": "厂中校" },
    platformKinds: { "common-technology": "共性技术服务平台", "innovation-centre": "技术创新中心", "testing-certification": "检验检测平台", "pilot-production": "中试基地" },
    sourcesOf: (section) => `${section}来源：`,
  },
  en: {
    ...commonMessages.en,
    noConsortium: "No consortium given.",
    consortiumFailed: "The consortium could not be loaded.",
    consortiumNotFound: "This consortium was not found.",
    kinds: { city: "City-level consortium", industry: "Industry community" },
    statuses: { confirmed: "Announced", candidate: "Candidate", provincial: "Provincial" },
    labels: {
      kind: "Kind",
      status: "Status",
      batch: "Batch",
      founded: "Founded",
      region: "Region",
      parks: "Industrial parks",
      industries: "Priority industries",
      field: "Field",
      members: "Members",
    },
    batch: (batch) => `Batch ${batch}`,
    sections: { council: "Council", leads: "Lead organisations", programmes: "Programmes of member schools", practiceCentres: "Practice centres", servicePlatforms: "Technology service platforms" },
    roles: { government: "Government", enterprise: "Enterprises", school: "Schools", research: "Research institutes" },
    centreKinds: { public: "Public centre", enterprise: "Enterprise centre", "school-factory": "Factory in a school", "factory-school": "School in a factory" },
    platformKinds: {
      "common-technology": "Common technology platform",
      "innovation-centre": "Technology innovation centre",
      "testing-certification": "Testing and certification platform",
      "pilot-production": "Pilot production base",
    },
    sourcesOf: (section) => `Sources (${section}): `,
  },
};
