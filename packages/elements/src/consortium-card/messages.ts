import type { ConsortiumKind, CouncilSeat, PracticeCentreKind, ServicePlatformKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

type Status = "confirmed" | "candidate" | "provincial";

export interface ConsortiumCardMessages {
  noConsortium: string;
  consortiumFailed: string;
  consortiumNotFound: string;
  labels: Record<"kind" | "status" | "batch" | "founded" | "region" | "parks" | "industries" | "field" | "members", string>;
  batch(batch: number): string;
  sections: Record<"council" | "leads" | "programmes" | "practiceCentres" | "servicePlatforms", string>;
  sourcesOf(section: string): string;
}

export const messages = defineMessages<"cj-consortium-card", ConsortiumCardMessages>("cj-consortium-card", {
  "zh-CN": {
    noConsortium: "未指定联合体。",
    consortiumFailed: "联合体加载失败。",
    consortiumNotFound: "未找到该联合体。",
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
    sourcesOf: (section) => `${section}来源：`,
  },
  en: {
    noConsortium: "No consortium given.",
    consortiumFailed: "The consortium could not be loaded.",
    consortiumNotFound: "This consortium was not found.",
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
    sourcesOf: (section) => `Sources (${section}): `,
  },
});
