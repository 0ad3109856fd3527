import type { CollectionName } from "@chanjiao/sdk";
import type { Words } from "./language.js";

/** Each collection's name, as the navigation and headings show it. */
export const collectionWords: Words<Record<CollectionName, string>> = {
  "zh-CN": {
    regions: "行政区划",
    parks: "产业园区",
    organisations: "单位",
    schools: "学校",
    consortia: "产教联合体与共同体",
    majorCategories: "专业大类",
    majors: "专业目录",
    programmes: "开设专业",
    talentDemand: "人才需求",
    talentSupply: "人才供给",
    practiceCentres: "实践中心",
    servicePlatforms: "服务平台",
    pathways: "成长通道",
    cooperationProjects: "国际合作项目",
    events: "活动与赛事",
    provincialLists: "省级三张清单",
  },
  en: {
    regions: "Regions",
    parks: "Industrial parks",
    organisations: "Organisations",
    schools: "Schools",
    consortia: "Consortia and communities",
    majorCategories: "Major categories",
    majors: "Major catalogue",
    programmes: "Programmes",
    talentDemand: "Talent demand",
    talentSupply: "Talent supply",
    practiceCentres: "Practice centres",
    servicePlatforms: "Service platforms",
    pathways: "Pathways",
    cooperationProjects: "International cooperation",
    events: "Events",
    provincialLists: "Provincial lists",
  },
};
