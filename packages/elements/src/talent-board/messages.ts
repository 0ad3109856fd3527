import type { CatalogueLevel } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";
import type { BoardGroupBy, BoardView } from "./gaps-query.js";

export interface TalentBoardMessages {
  title: string;
  gapsFailed: string;
  empty: string;
  demand: string;
  supply: string;
  gap: string;
  ratio: string;
  /** Ratio text when the supply is recorded and zero. */
  noSupply: string;
  /** Text where the grouping records no supply (by industry). */
  supplyNotRecorded: string;
  shortage: string;
  surplus: string;
  balanced: string;
  /** The ranking's caption, and its list's name. */
  gapListLabel: string;
  /** The ranking's caption where no supply is recorded and the bars are demand. */
  demandListLabel: string;
  /** The ratio column's heading above the ranking. */
  ratioShort: string;
  /** The marks of a persistent imbalance (the API's major-adjustment signals). */
  persistent: { shortage: string; surplus: string };
  /** What the marks mean: `{periods}` years and the `{threshold}` ratio. */
  signalNote: string;
  /** Caption of the paired bars. */
  pairedTitle: string;
  /** Accessible name of the paired bars; `{group}` is the grouping. */
  pairedLabel: string;
  /** Caption of the trend chart of gaps, and of demand where no supply is recorded. */
  trendGapTitle: string;
  trendDemandTitle: string;
  /** Which group the trend chart highlights, and how to change it: `{group}`. */
  trendHint: string;
  /** Accessible name of the trend chart of gaps; `{group}` is the grouping. */
  trendGapLabel: string;
  /** Accessible name of the trend chart of demand (no supply recorded); `{group}` is the grouping. */
  trendDemandLabel: string;
  /** Column header of one period's figure: `{period}` and `{measure}`. */
  periodColumn: string;
  downloadCsv: string;
  /** The word before a graphic's PNG and SVG buttons. */
  download: string;
  /** The name of a graphic's downloads: `{figure}` is its caption. */
  downloadFigure: string;
  /** The legend's name for the grey lines of a downloaded trend chart. */
  otherGroups: string;
  viewLabel: string;
  views: Record<BoardView, string>;
  filtersLabel: string;
  groupByLabel: string;
  levelLabel: string;
  industryLabel: string;
  periodLabel: string;
  all: string;
  allPeriods: string;
  /** A grouping's name inside a sentence ("by major category"). */
  groups: Record<BoardGroupBy, string>;
  /** A grouping's name on its own: the grouping select's options and the table's first column. */
  groupHeadings: Record<BoardGroupBy, string>;
}

export const messages = defineMessages<"cj-talent-board", TalentBoardMessages>("cj-talent-board", {
  "zh-CN": {
    title: "人才供需",
    gapsFailed: "人才供需数据加载失败。",
    empty: "所选条件下没有人才供需数据。",
    demand: "需求",
    supply: "供给",
    gap: "缺口（需求−供给）",
    ratio: "供需比（需求/供给）",
    noSupply: "无供给",
    supplyNotRecorded: "供给未统计",
    shortage: "短缺",
    surplus: "富余",
    balanced: "持平",
    gapListLabel: "供需缺口排名",
    demandListLabel: "人才需求排名",
    ratioShort: "供需比",
    persistent: { shortage: "持续短缺", surplus: "持续富余" },
    signalNote: "持续短缺、持续富余：近{periods}年每年需求不低于供给的{threshold}倍，或供给不低于需求的{threshold}倍。",
    pairedTitle: "需求与供给",
    pairedLabel: "按{group}的人才需求与供给",
    trendGapTitle: "历年供需缺口",
    trendDemandTitle: "历年人才需求",
    trendHint: "突出显示：{group}。在排名中悬停、聚焦或点选一行可切换。",
    trendGapLabel: "按{group}的历年供需缺口折线图；数值见表格视图。",
    trendDemandLabel: "按{group}的历年人才需求折线图；数值见表格视图。",
    periodColumn: "{period}年{measure}",
    downloadCsv: "下载 CSV",
    download: "下载",
    downloadFigure: "下载{figure}",
    otherGroups: "其他各组",
    viewLabel: "显示方式",
    views: { chart: "图表", table: "表格" },
    filtersLabel: "筛选",
    groupByLabel: "分组",
    levelLabel: "层次",
    industryLabel: "产业",
    periodLabel: "年份",
    all: "全部",
    allPeriods: "全部年份",
    groups: { "major-category": "专业大类", "major-class": "专业类", industry: "产业", level: "层次", region: "地区" },
    groupHeadings: { "major-category": "专业大类", "major-class": "专业类", industry: "产业", level: "层次", region: "地区" },
  },
  en: {
    title: "Talent supply and demand",
    gapsFailed: "The talent supply and demand figures could not be loaded.",
    empty: "No talent supply or demand figures match these filters.",
    demand: "Demand",
    supply: "Supply",
    gap: "Gap (demand − supply)",
    ratio: "Demand per graduate",
    noSupply: "No supply",
    supplyNotRecorded: "Supply not recorded",
    shortage: "Shortage",
    surplus: "Surplus",
    balanced: "Balanced",
    gapListLabel: "Gaps, largest shortage first",
    demandListLabel: "Demand, largest first",
    ratioShort: "Demand/supply",
    persistent: { shortage: "Persistent shortage", surplus: "Persistent surplus" },
    signalNote: "Persistent shortage or surplus: demand at least {threshold} times supply, or supply at least {threshold} times demand, in each of the last {periods} years.",
    pairedTitle: "Demand and supply",
    pairedLabel: "Talent demand and supply by {group}",
    trendGapTitle: "Gap by year",
    trendDemandTitle: "Demand by year",
    trendHint: "Highlighted: {group}. Hover over, focus or pick a row of the ranking to change it.",
    trendGapLabel: "Line chart of the gap per year by {group}; the table view lists the figures.",
    trendDemandLabel: "Line chart of talent demand per year by {group}; the table view lists the figures.",
    periodColumn: "{measure} {period}",
    downloadCsv: "Download CSV",
    download: "Download",
    downloadFigure: "Download {figure}",
    otherGroups: "Other groups",
    viewLabel: "View",
    views: { chart: "Chart", table: "Table" },
    filtersLabel: "Filters",
    groupByLabel: "Group by",
    levelLabel: "Level",
    industryLabel: "Industry",
    periodLabel: "Year",
    all: "All",
    allPeriods: "All years",
    groups: { "major-category": "major category", "major-class": "major class", industry: "industry", level: "level", region: "region" },
    groupHeadings: { "major-category": "Major category", "major-class": "Major class", industry: "Industry", level: "Level", region: "Region" },
  },
});

/** Fills `{name}` placeholders of a message. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
