import { defineMessages } from "../messages.js";
import type { Vocabulary } from "./index.js";

// The data and the notices name the industries in Chinese only; the English renderings are the project's.
export const industries = defineMessages<"industries", Vocabulary["industries"]>("industries", {
  "zh-CN": {
    新一代信息技术: "新一代信息技术",
    高档数控机床和机器人: "高档数控机床和机器人",
    航空航天装备: "航空航天装备",
    船舶与海洋工程装备: "船舶与海洋工程装备",
    先进轨道交通装备: "先进轨道交通装备",
    节能与新能源汽车: "节能与新能源汽车",
    电力装备: "电力装备",
    农机装备: "农机装备",
    新材料: "新材料",
    生物医药及高性能医疗器械: "生物医药及高性能医疗器械",
    兵器工业: "兵器工业",
    高端仪器: "高端仪器",
    能源电子: "能源电子",
    新能源: "新能源",
    绿色石化: "绿色石化",
    现代服务业: "现代服务业",
  },
  en: {
    新一代信息技术: "New-generation information technology",
    高档数控机床和机器人: "High-end CNC machine tools and robots",
    航空航天装备: "Aerospace equipment",
    船舶与海洋工程装备: "Ships and marine engineering equipment",
    先进轨道交通装备: "Advanced rail transit equipment",
    节能与新能源汽车: "Energy-saving and new-energy vehicles",
    电力装备: "Power equipment",
    农机装备: "Agricultural machinery",
    新材料: "New materials",
    生物医药及高性能医疗器械: "Biomedicine and high-performance medical devices",
    兵器工业: "Ordnance industry",
    高端仪器: "High-end instruments",
    能源电子: "Energy electronics",
    新能源: "New energy",
    绿色石化: "Green petrochemicals",
    现代服务业: "Modern services",
  },
});
