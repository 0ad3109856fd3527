import type { CatalogueLevel, PathwayKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface PathwayMessages {
  noField: string;
  none: string;
  failed: string;
  title: (field: string) => string;
  anyField: string;
  diagramLabel: string;
  entry: (route: string) => string;
  /** A step's years and the number of the catalogue's majors at its level. */
  stepDetail: (years: string, count: string) => string;
  programmesHere: string;
  noProgrammes: string;
  more: (count: string) => string;
  stepLabel: (level: string, years: string, entry: string | undefined, pathway: string) => string;
  chooseStep: string;
}

/** The entry routes the data names in Chinese, in English; a route not listed is shown as given. */
const entryRoutesEn: Readonly<Record<string, string>> = {
  中考: "senior secondary entrance exam (zhongkao)",
  高考: "national college entrance exam (gaokao)",
  职教高考: "vocational college entrance exam",
  专升本: "associate-to-bachelor exam",
  专升本考试: "associate-to-bachelor exam",
  转段考核: "progression assessment",
};

export const messages = defineMessages<"cj-pathway", PathwayMessages>("cj-pathway", {
  "zh-CN": {
    noField: "未指定专业大类或专业。",
    none: "该领域暂无成长通道。",
    failed: "成长通道加载失败。",
    title: (field) => `${field}成长通道`,
    anyField: "本领域",
    diagramLabel: "成长通道示意图",
    entry: (route) => `入学方式：${route}`,
    stepDetail: (years, count) => `${years}年 · ${count}个专业`,
    programmesHere: "开设情况：",
    noProgrammes: "所选范围内暂无该层次专业。",
    more: (count) => `另有 ${count} 个`,
    stepLabel: (level, years, entry, pathway) => `${pathway}：${level}，${years}${entry ? `，${entry}` : ""}`,
    chooseStep: "选择一个阶段查看其专业。",
  },
  en: {
    noField: "No major category or major given.",
    none: "No pathways published for this field.",
    failed: "The pathways could not be loaded.",
    title: (field) => `Pathways in ${field}`,
    anyField: "this field",
    diagramLabel: "Pathway diagram",
    entry: (route) => `Entry: ${entryRoutesEn[route] ?? route}`,
    stepDetail: (years, count) => `${years} years · ${count} major${count === "1" ? "" : "s"}`,
    programmesHere: "On offer:",
    noProgrammes: "No programmes at this level in the chosen area.",
    more: (count) => `and ${count} more`,
    stepLabel: (level, years, entry, pathway) => `${pathway}: ${level}, ${years}${entry ? `, ${entry}` : ""}`,
    chooseStep: "Choose a step to see its majors.",
  },
});
