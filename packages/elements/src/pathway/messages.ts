import type { CatalogueLevel, PathwayKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";

export interface PathwayMessages {
  noField: string;
  none: string;
  failed: string;
  unknownMajor: string;
  title: (field: string) => string;
  anyField: string;
  diagramLabel: string;
  entry: (route: string) => string;
  /** The entry route as short as an arrow's label. */
  arrowEntry: (route: string) => string;
  /** Said when the widget was given a major: whose 专业类 slot each step holds, and how that is derived. */
  slotOf: (code: string) => { lead: string; rest: string };
  /** A step's years and the number of the catalogue's majors at its level. */
  stepDetail: (years: string, count: string) => string;
  programmesHere: string;
  noProgrammes: string;
  more: (count: string) => string;
  stepLabel: (level: string, years: string, entry: string | undefined, pathway: string) => string;
  chooseStep: string;
}

/** The entry routes the data names in Chinese, in English in full and as short as an arrow's label; a route not listed is shown as given. */
const entryRoutesEn: Readonly<Record<string, { full: string; short: string }>> = {
  中考: { full: "senior secondary entrance exam (zhongkao)", short: "Zhongkao" },
  高考: { full: "national college entrance exam (gaokao)", short: "Gaokao" },
  职教高考: { full: "vocational college entrance exam", short: "Vocational gaokao" },
  专升本: { full: "associate-to-bachelor exam", short: "Upgrade exam" },
  专升本考试: { full: "associate-to-bachelor exam", short: "Upgrade exam" },
  转段考核: { full: "progression assessment", short: "Progression review" },
};

export const messages = defineMessages<"cj-pathway", PathwayMessages>("cj-pathway", {
  "zh-CN": {
    noField: "未指定专业大类或专业。",
    none: "该领域暂无成长通道。",
    failed: "成长通道加载失败。",
    unknownMajor: "专业目录中没有这个专业代码。",
    title: (field) => `${field}成长通道`,
    anyField: "本领域",
    diagramLabel: "成长通道示意图",
    entry: (route) => `入学方式：${route}`,
    arrowEntry: (route) => route,
    slotOf: (code) => ({ lead: "各阶段列出与", rest: `（${code}）同属一个专业类的专业，按专业目录的专业类对应关系推导，并非官方衔接表。` }),
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
    unknownMajor: "The catalogue has no major with this code.",
    title: (field) => `Pathways in ${field}`,
    anyField: "this field",
    diagramLabel: "Pathway diagram",
    entry: (route) => `Entry: ${entryRoutesEn[route]?.full ?? route}`,
    arrowEntry: (route) => entryRoutesEn[route]?.short ?? route,
    slotOf: (code) => ({ lead: "Each stage lists the majors in the same class as ", rest: ` (${code}), derived from the catalogue's shared classes, not an official progression table.` }),
    stepDetail: (years, count) => `${years} years · ${count} major${count === "1" ? "" : "s"}`,
    programmesHere: "On offer:",
    noProgrammes: "No programmes at this level in the chosen area.",
    more: (count) => `and ${count} more`,
    stepLabel: (level, years, entry, pathway) => `${pathway}: ${level}, ${years}${entry ? `, ${entry}` : ""}`,
    chooseStep: "Choose a step to see its majors.",
  },
});
