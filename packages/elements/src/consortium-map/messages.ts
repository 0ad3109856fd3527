import type { ConsortiumKind } from "@chanjiao/sdk";
import { formatNumber } from "../shared/i18n/format.js";
import { defineMessages } from "../shared/i18n/messages.js";
import type { GeoFailure } from "./geo-source.js";
import type { MeasureId } from "./measures.js";

/** Which consortia a map counts: one kind or both. */
export type MapKind = ConsortiumKind | "all";

/** The words of one measure. */
export interface MeasureWords {
  /** Its name in the menu, legend, table and CSV, such as "人才缺口". */
  name(kind: MapKind): string;
  /** A value in words, for a tile's accessible name and the table, such as "短缺 767 人". */
  amount(value: number, kind: MapKind): string;
}

export interface ConsortiumMapMessages {
  countsFailed: string;
  consortiaFailed: string;
  figuresFailed: string;
  noneCounted: string;
  measure: string;
  measures: Record<MeasureId, MeasureWords>;
  /** " (2025)" after a measure's name when its figures are for one year. */
  period(year: number): string;
  gridLabel(measure: string): string;
  /** The accessible name of a tile, such as "江苏省，4 个市域产教联合体". */
  tileLabel(name: string, amount: string): string;
  noData: string;
  schematicNote: string;
  showList: string;
  download: string;
  listCaption(measure: string): string;
  columns: { province: string };
  /** A measure's name and a value in words: "人才缺口：短缺 767 人". */
  summary(measure: string, amount: string): string;
  selectHint: string;
  top: string;
  back: string;
  citiesOf(province: string): string;
  noCities: string;
  noConsortiaHere: string;
  geoFailed: Record<GeoFailure, string>;
  geoFallback: string;
  geoLabel(measure: string): string;
}

const zhNoun: Record<MapKind, string> = { city: "市域产教联合体", industry: "行业产教融合共同体", all: "联合体和共同体" };
const enNoun: Record<MapKind, [string, string]> = {
  city: ["city-level consortium", "city-level consortia"],
  industry: ["industry community", "industry communities"],
  all: ["consortium or community", "consortia and communities"],
};
const zh = (value: number) => formatNumber("zh-CN", value);
const en = (value: number) => formatNumber("en", value);
const enCount = (count: number, one: string, many: string) => `${en(count)} ${count === 1 ? one : many}`;

export const messages = defineMessages<"cj-consortium-map", ConsortiumMapMessages>("cj-consortium-map", {
  "zh-CN": {
    countsFailed: "联合体数量加载失败。",
    consortiaFailed: "该地区的联合体加载失败。",
    figuresFailed: "该指标的数据加载失败。",
    noneCounted: "没有符合条件的联合体。",
    measure: "指标",
    measures: {
      consortia: { name: (kind) => `${zhNoun[kind]}数量`, amount: (count, kind) => `${zh(count)} 个${zhNoun[kind]}` },
      gap: { name: () => "人才缺口", amount: (gap) => (gap > 0 ? `短缺 ${zh(gap)} 人` : gap < 0 ? `富余 ${zh(-gap)} 人` : "供需持平") },
      demand: { name: () => "人才需求", amount: (count) => `需求 ${zh(count)} 人` },
      supply: { name: () => "毕业生供给", amount: (count) => `毕业生 ${zh(count)} 人` },
      cooperation: { name: () => "国际合作项目数量", amount: (count) => `${zh(count)} 个国际合作项目` },
      // A categorical measure names its categories itself; this is the fallback of a bare value.
      pilot: { name: () => "改革试点", amount: (stage) => zh(stage) },
    },
    period: (year) => `（${year}年）`,
    gridLabel: (measure) => `各省级行政区的${measure}（示意图）`,
    tileLabel: (name, amount) => `${name}，${amount}`,
    noData: "无数据",
    schematicNote: "示意图：方块表示省级行政区，不表示实际边界和面积。",
    showList: "列表视图",
    download: "下载",
    listCaption: (measure) => `各省级行政区的${measure}`,
    columns: { province: "省级行政区" },
    summary: (measure, amount) => `${measure}：${amount}`,
    selectHint: "选择一个省级行政区，查看其中各城市的数据。",
    top: "前十位",
    back: "返回全国",
    citiesOf: (province) => `${province}各城市`,
    noCities: "该地区暂无城市一级的数据。",
    noConsortiaHere: "该地区暂无符合条件的联合体。",
    geoFailed: {
      http: "地图文件无法获取。",
      "not-json": "地图文件不是 JSON。",
      "not-geo": "地图文件不是 GeoJSON 或 TopoJSON。",
      "no-codes": "地图文件中没有可识别的行政区划代码。",
    },
    geoFallback: "已改为显示示意图。",
    geoLabel: (measure) => `${measure}地图；数据也可在列表视图中查看。`,
  },
  en: {
    countsFailed: "The consortium counts could not be loaded.",
    consortiaFailed: "The consortia of this region could not be loaded.",
    figuresFailed: "The figures of this measure could not be loaded.",
    noneCounted: "No consortia match.",
    measure: "Measure",
    measures: {
      consortia: { name: (kind) => `Number of ${enNoun[kind][1]}`, amount: (count, kind) => enCount(count, ...enNoun[kind]) },
      gap: { name: () => "Talent gap", amount: (gap) => (gap > 0 ? `shortage of ${en(gap)}` : gap < 0 ? `surplus of ${en(-gap)}` : "balanced") },
      demand: { name: () => "Talent demand", amount: (count) => `${en(count)} wanted` },
      supply: { name: () => "Graduate supply", amount: (count) => enCount(count, "graduate", "graduates") },
      cooperation: { name: () => "International cooperation projects", amount: (count) => enCount(count, "cooperation project", "cooperation projects") },
      pilot: { name: () => "Reform pilot", amount: (stage) => en(stage) },
    },
    period: (year) => ` (${year})`,
    gridLabel: (measure) => `${measure} per provincial-level division (schematic)`,
    tileLabel: (name, amount) => `${name}, ${amount}`,
    noData: "No data",
    schematicNote: "Schematic: each square is a provincial-level division; it shows no boundaries or areas.",
    showList: "List view",
    download: "Download",
    listCaption: (measure) => `${measure} per provincial-level division`,
    columns: { province: "Provincial-level division" },
    summary: (measure, amount) => `${measure}: ${amount}`,
    selectHint: "Choose a provincial-level division to see the figures of its cities.",
    top: "Top ten",
    back: "Back to all of China",
    citiesOf: (province) => `Cities of ${province}`,
    noCities: "No city-level figures for this region.",
    noConsortiaHere: "No matching consortia in this region.",
    geoFailed: {
      http: "The map file could not be fetched.",
      "not-json": "The map file is not JSON.",
      "not-geo": "The map file is neither GeoJSON nor TopoJSON.",
      "no-codes": "The map file has no region codes this map recognises.",
    },
    geoFallback: "Showing the schematic grid instead.",
    geoLabel: (measure) => `Map of ${measure.toLowerCase()}; the same data is in the list view.`,
  },
});
