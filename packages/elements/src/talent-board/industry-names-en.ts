/**
 * English names of the policy's priority industries, which the data (and the notices) name in
 * Chinese only; these renderings are the project's. An industry not listed is shown as given.
 */
export const industryNamesEn: Readonly<Record<string, string>> = {
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
};
