import type { Industry } from "@chanjiao/sdk";

/**
 * The 专业类 (by name, the same at every level) that train for each priority industry: where a
 * generated programme of a consortium's school is drawn from. Chanjiao's own reading of the
 * catalogue, for sample data only.
 */
export const industryClasses: Readonly<Record<Industry, readonly string[]>> = {
  新一代信息技术: ["电子信息类", "计算机类", "通信类", "集成电路类"],
  高档数控机床和机器人: ["机械设计制造类", "机电设备类", "自动化类"],
  航空航天装备: ["航空装备类", "航空运输类"],
  船舶与海洋工程装备: ["船舶与海洋工程装备类", "水上运输类"],
  先进轨道交通装备: ["轨道装备类", "铁道运输类", "城市轨道交通类"],
  节能与新能源汽车: ["汽车制造类", "道路运输类"],
  电力装备: ["电力技术类", "机电设备类"],
  农机装备: ["机械设计制造类", "农业类"],
  新材料: ["黑色金属材料类", "有色金属材料类", "非金属材料类", "建筑材料类"],
  生物医药及高性能医疗器械: ["生物技术类", "药品与医疗器械类", "药学类"],
  兵器工业: ["机械设计制造类", "自动化类"],
  高端仪器: ["自动化类", "电子信息类"],
  能源电子: ["新能源发电工程类", "电子信息类"],
  新能源: ["新能源发电工程类", "电力技术类"],
  绿色石化: ["化工技术类", "石油与天然气类"],
  现代服务业: ["电子商务类", "物流类", "财务会计类", "旅游类"],
};
