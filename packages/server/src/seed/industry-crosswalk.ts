import type { Industry } from "@chanjiao/sdk";

/** The major categories (by their 高职专科 code) and the 专业类 (by name, the same at every level) that train for an industry. */
export interface IndustryCrosswalkEntry {
  categories: readonly string[];
  classes: readonly string[];
}

/**
 * The industry → major-category crosswalk: for each priority industry, the 专业类 of the 2021
 * catalogue that train for it and the 专业大类 they sit in. Chanjiao's own reading of the
 * catalogue, for sample data only: generated talent demand and provincial lists pair an industry
 * only with its categories, and a consortium school's programmes come from its industries'
 * classes. Documented in docs/industry-crosswalk.md; the categories no priority industry draws on
 * (土木建筑, 轻工纺织, 公安与司法) get supply but no generated demand.
 */
export const industryCrosswalk: Readonly<Record<Industry, IndustryCrosswalkEntry>> = {
  新一代信息技术: { categories: ["51"], classes: ["电子信息类", "计算机类", "通信类", "集成电路类"] },
  高档数控机床和机器人: { categories: ["46"], classes: ["机械设计制造类", "机电设备类", "自动化类"] },
  航空航天装备: { categories: ["46", "50"], classes: ["航空装备类", "航空运输类"] },
  船舶与海洋工程装备: { categories: ["46", "50"], classes: ["船舶与海洋工程装备类", "水上运输类"] },
  先进轨道交通装备: { categories: ["46", "50"], classes: ["轨道装备类", "铁道运输类", "城市轨道交通类"] },
  节能与新能源汽车: { categories: ["46", "50"], classes: ["汽车制造类", "道路运输类"] },
  电力装备: { categories: ["43", "45", "46"], classes: ["电力技术类", "水利水电设备类", "机电设备类"] },
  农机装备: { categories: ["41", "46"], classes: ["农业类", "机械设计制造类"] },
  新材料: { categories: ["43"], classes: ["黑色金属材料类", "有色金属材料类", "非金属材料类", "建筑材料类"] },
  生物医药及高性能医疗器械: { categories: ["47", "49", "52"], classes: ["生物技术类", "药品与医疗器械类", "药学类"] },
  兵器工业: { categories: ["46"], classes: ["机械设计制造类", "自动化类"] },
  高端仪器: { categories: ["46", "51"], classes: ["自动化类", "电子信息类"] },
  能源电子: { categories: ["43", "51"], classes: ["新能源发电工程类", "电子信息类"] },
  新能源: { categories: ["43"], classes: ["新能源发电工程类", "电力技术类"] },
  绿色石化: { categories: ["42", "47"], classes: ["石油与天然气类", "化工技术类"] },
  现代服务业: {
    categories: ["52", "53", "54", "55", "56", "57", "59"],
    classes: ["护理类", "健康管理与促进类", "电子商务类", "物流类", "财务会计类", "旅游类", "艺术设计类", "文化服务类", "新闻出版类", "广播影视类", "体育类", "公共服务类"],
  },
};

/** Whether the crosswalk pairs the industry with the category (by the category's 高职专科 code). */
export function crosswalkAllows(industry: Industry, categoryCode: string): boolean {
  return industryCrosswalk[industry].categories.includes(categoryCode);
}
