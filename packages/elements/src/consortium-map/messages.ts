import type { ConsortiumKind } from "@chanjiao/sdk";
import { defineMessages } from "../shared/i18n/messages.js";
import type { GeoFailure } from "./geo-source.js";

/** Which consortia a map counts: one kind or both. */
export type MapKind = ConsortiumKind | "all";

export interface ConsortiumMapMessages {
  countsFailed: string;
  consortiaFailed: string;
  noneCounted: string;
  gridLabel(kind: MapKind): string;
  /** The accessible name of a tile, such as "江苏省，4 个市域产教联合体". */
  tileLabel(name: string, count: number, kind: MapKind): string;
  schematicNote: string;
  legendTitle(kind: MapKind): string;
  showList: string;
  listCaption(kind: MapKind): string;
  columns: { province: string; city: string; industry: string; all: string };
  selectHint: string;
  panelSummary(count: number, kind: MapKind): string;
  cities: string;
  noConsortiaHere: string;
  geoFailed: Record<GeoFailure, string>;
  geoFallback: string;
  geoLabel(kind: MapKind): string;
}

const zhNoun: Record<MapKind, string> = { city: "市域产教联合体", industry: "行业产教融合共同体", all: "联合体和共同体" };
const enNoun: Record<MapKind, [string, string]> = {
  city: ["city-level consortium", "city-level consortia"],
  industry: ["industry community", "industry communities"],
  all: ["consortium or community", "consortia and communities"],
};
const en = (count: number, kind: MapKind) => `${count} ${enNoun[kind][count === 1 ? 0 : 1]}`;

export const messages = defineMessages<"cj-consortium-map", ConsortiumMapMessages>("cj-consortium-map", {
  "zh-CN": {
    countsFailed: "联合体数量加载失败。",
    consortiaFailed: "该地区的联合体加载失败。",
    noneCounted: "没有符合条件的联合体。",
    gridLabel: (kind) => `各省级行政区的${zhNoun[kind]}数量（示意图）`,
    tileLabel: (name, count, kind) => `${name}，${count} 个${zhNoun[kind]}`,
    schematicNote: "示意图：方块表示省级行政区，不表示实际边界和面积。",
    legendTitle: (kind) => `${zhNoun[kind]}数量`,
    showList: "列表视图",
    listCaption: (kind) => `各省级行政区的${zhNoun[kind]}数量`,
    columns: { province: "省级行政区", city: "市域产教联合体", industry: "行业产教融合共同体", all: "合计" },
    selectHint: "选择一个省级行政区，查看其中的联合体。",
    panelSummary: (count, kind) => `${count} 个${zhNoun[kind]}`,
    cities: "所在城市：",
    noConsortiaHere: "该地区暂无符合条件的联合体。",
    geoFailed: {
      http: "地图文件无法获取。",
      "not-json": "地图文件不是 JSON。",
      "not-geo": "地图文件不是 GeoJSON 或 TopoJSON。",
      "no-codes": "地图文件中没有可识别的行政区划代码。",
    },
    geoFallback: "已改为显示示意图。",
    geoLabel: (kind) => `${zhNoun[kind]}数量地图；数据也可在列表视图中查看。`,
  },
  en: {
    countsFailed: "The consortium counts could not be loaded.",
    consortiaFailed: "The consortia of this region could not be loaded.",
    noneCounted: "No consortia match.",
    gridLabel: (kind) => `Number of ${enNoun[kind][1]} per provincial-level division (schematic)`,
    tileLabel: (name, count, kind) => `${name}, ${en(count, kind)}`,
    schematicNote: "Schematic: each square is a provincial-level division; it shows no boundaries or areas.",
    legendTitle: (kind) => `Number of ${enNoun[kind][1]}`,
    showList: "List view",
    listCaption: (kind) => `Number of ${enNoun[kind][1]} per provincial-level division`,
    columns: { province: "Provincial-level division", city: "City-level consortia", industry: "Industry communities", all: "Total" },
    selectHint: "Choose a provincial-level division to see its consortia.",
    panelSummary: (count, kind) => en(count, kind),
    cities: "Cities: ",
    noConsortiaHere: "No matching consortia in this region.",
    geoFailed: {
      http: "The map file could not be fetched.",
      "not-json": "The map file is not JSON.",
      "not-geo": "The map file is neither GeoJSON nor TopoJSON.",
      "no-codes": "The map file has no region codes this map recognises.",
    },
    geoFallback: "Showing the schematic grid instead.",
    geoLabel: (kind) => `Map of the number of ${enNoun[kind][1]}; the same data is in the list view.`,
  },
});
