import { defineMessages } from "../shared/i18n/messages.js";

export interface ProvinceProfileMessages {
  noProvince: string;
  failed: string;
  notFound: string;
  /** The province's name over its reform status. */
  status: (stage: string, year: string) => string;
  noStatus: string;
  headings: Record<"pilots" | "policies" | "documents" | "figures", string>;
  stage: (ordinal: number) => string;
  labels: Record<"date" | "document" | "areas" | "sources", string>;
  /** Plain words for a fact no source gives. */
  missing: Record<"pilots" | "date" | "document" | "areas" | "issuer" | "policies" | "kindNone" | "documents" | "publisher" | "talentGap", string>;
  pilotsIncomplete: string;
  weakHint: string;
  figures: Record<"cityConsortia" | "industryCommunities" | "levels" | "practiceCentres" | "cooperationProjects" | "talentGap", string>;
  levelColumns: Record<"level" | "schools" | "programmes", string>;
  noLevels: string;
  talentGap: (period: string, demand: string, supply: string) => string;
  shortage: (gap: string) => string;
  surplus: (gap: string) => string;
  largestShortage: (category: string, gap: string) => string;
  open: (figure: string) => string;
  cooperationRule: string;
}

export const messages = defineMessages<"cj-province-profile", ProvinceProfileMessages>("cj-province-profile", {
  "zh-CN": {
    noProvince: "未指定省份。",
    failed: "省份概况加载失败。",
    notFound: "未找到该省份。",
    status: (stage, year) => `部省共建：${stage}${year ? `（${year}）` : ""}`,
    noStatus: "暂无部省共建试点记录",
    headings: { pilots: "部省共建与改革试点", policies: "产教融合激励政策", documents: "实施文件", figures: "数据概览" },
    stage: (ordinal) => `第${["一", "二", "三"][ordinal - 1] ?? ordinal}阶段`,
    labels: { date: "时间", document: "依据文件", areas: "改革任务", sources: "来源" },
    missing: {
      pilots: "暂无该省部省共建试点的公开记录。",
      date: "公开来源未载明",
      document: "未见协议或文件文本",
      areas: "公开来源未列明改革任务。",
      issuer: "发布机关未载明",
      policies: "暂无该省激励政策记录。",
      kindNone: "暂无记录：",
      documents: "暂无该省实施文件记录。",
      publisher: "发布机关未载明",
      talentGap: "暂无该省人才供需数据。",
    },
    pilotsIncomplete: "2023年以来新模式试点省份的公开名单尚不完整，未列出不代表未参与。",
    weakHint: "该条仅见单一或转载来源，请以官方发布为准。",
    figures: {
      cityConsortia: "市域产教联合体",
      industryCommunities: "行业产教融合共同体",
      levels: "院校与专业（按办学层次）",
      practiceCentres: "开放型产教融合实践中心",
      cooperationProjects: "国际合作项目",
      talentGap: "人才供需",
    },
    levelColumns: { level: "办学层次", schools: "院校", programmes: "专业点" },
    noLevels: "暂无院校与专业记录。",
    talentGap: (period, demand, supply) => `${period}年：需求 ${demand} 人，供给 ${supply} 人`,
    shortage: (gap) => `缺口 ${gap} 人`,
    surplus: (gap) => `富余 ${gap} 人`,
    largestShortage: (category, gap) => `缺口最大：${category}（${gap} 人）`,
    open: (figure) => `查看${figure}详情`,
    cooperationRule: "国际合作项目按中方合作单位名称中含本省或所辖城市名称统计。",
  },
  en: {
    noProvince: "No province given.",
    failed: "The province profile could not be loaded.",
    notFound: "This province was not found.",
    status: (stage, year) => `Ministry–province pilot: ${stage}${year ? ` (${year})` : ""}`,
    noStatus: "No Ministry–province pilot on record",
    headings: { pilots: "Ministry–province pilots", policies: "Incentive policies", documents: "Implementing documents", figures: "At a glance" },
    stage: (ordinal) => `Stage ${ordinal}`,
    labels: { date: "Date", document: "Agreement", areas: "Reform areas", sources: "Sources" },
    missing: {
      pilots: "No Ministry–province pilot of this province is on public record here.",
      date: "not given by the sources",
      document: "No agreement or document text found",
      areas: "The sources list no reform areas.",
      issuer: "issuer not named",
      policies: "No incentive policy of this province is on record.",
      kindNone: "None on record: ",
      documents: "No implementing document of this province is on record.",
      publisher: "Publisher not named",
      talentGap: "No talent supply or demand is recorded for this province.",
    },
    pilotsIncomplete: "The public list of new-model pilot provinces since 2023 is incomplete: a province not listed may still take part.",
    weakHint: "Only a single or reprinted source gives this; check the official release.",
    figures: {
      cityConsortia: "City consortia",
      industryCommunities: "Industry communities",
      levels: "Schools and programmes by level",
      practiceCentres: "Open practice centres",
      cooperationProjects: "International cooperation projects",
      talentGap: "Talent supply and demand",
    },
    levelColumns: { level: "Level", schools: "Schools", programmes: "Programmes" },
    noLevels: "No schools or programmes on record.",
    talentGap: (period, demand, supply) => `${period}: demand ${demand}, supply ${supply}`,
    shortage: (gap) => `Shortage of ${gap}`,
    surplus: (gap) => `Surplus of ${gap}`,
    largestShortage: (category, gap) => `Largest shortage: ${category} (${gap})`,
    open: (figure) => `Show ${figure} in full`,
    cooperationRule: "Cooperation projects count where a Chinese partner is named after the province or one of its cities.",
  },
});
