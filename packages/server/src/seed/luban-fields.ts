/**
 * The fields of training of the 鲁班工坊, as luban-workshops.json gives them (in English, with the
 * researchers' asides), named in Chinese and in English for visitors. A field the table lacks
 * fails the seed test rather than reaching a page in one language only.
 */
export const lubanFields: Readonly<Record<string, readonly [zh: string, en: string]>> = {
  "automation / mechatronics (bionic robots, micromouse, POWERON kits, automated production line)": ["自动化与机电一体化", "Automation and mechatronics"],
  "EMU / railway (Railway Center)": ["动车组与铁道", "EMUs and railways"],
  "new-energy vehicles (per Xinhua 2022)": ["新能源汽车", "New-energy vehicles"],
  "Chinese culinary arts (Qualifi-regulated diploma, Level 2+)": ["中餐烹饪", "Chinese culinary arts"],
  "CNC equipment application & maintenance": ["数控设备应用与维护", "CNC equipment application and maintenance"],
  "photovoltaic / new energy": ["光伏与新能源", "Photovoltaics and new energy"],
  "industrial robots": ["工业机器人", "Industrial robots"],
  "new-energy vehicles": ["新能源汽车", "New-energy vehicles"],
  "3D reverse design / additive manufacturing": ["三维逆向设计与增材制造", "3D reverse design and additive manufacturing"],
  "automobile application & maintenance": ["汽车运用与维修", "Automobile application and maintenance"],
  "electronic technology application (UAV / plant-protection drones)": ["电子技术应用（植保无人机）", "Electronic technology application (plant-protection drones)"],
  "Chinese cooking": ["中餐烹饪", "Chinese cooking"],
  "industrial automation & robotics / electrical automation": ["工业自动化、机器人与电气自动化", "Industrial automation, robotics and electrical automation"],
  "agricultural machinery training (with MNS University of Agriculture, Multan)": ["农业机械培训", "Agricultural machinery training"],
  mechatronics: ["机电一体化", "Mechatronics"],
  "communication technology": ["通信技术", "Communication technology"],
  "machining / CNC": ["机械加工与数控", "Machining and CNC"],
  "industrial robotics": ["工业机器人", "Industrial robotics"],
  "electrical automation": ["电气自动化", "Electrical automation"],
  "railway engineering technology": ["铁道工程技术", "Railway engineering technology"],
  "rail transit operation & management": ["城市轨道交通运营管理", "Rail transit operation and management"],
  business: ["商务", "Business"],
  logistics: ["物流", "Logistics"],
  "cloud computing": ["云计算", "Cloud computing"],
  "information security": ["信息安全", "Information security"],
  "additive manufacturing technology": ["增材制造技术", "Additive manufacturing technology"],
  "Internet of Things application technology": ["物联网应用技术", "Internet of Things application technology"],
  "traditional Chinese medicine": ["中医药", "Traditional Chinese medicine"],
  "electrical & electronic engineering (communication engineering, automation of electronic systems)": [
    "电气与电子工程（通信工程、电子系统自动化）",
    "Electrical and electronic engineering (communication engineering, electronic systems automation)",
  ],
  "mechanical engineering (locomotive engineering & transportation)": ["机械工程（机车工程与运输）", "Mechanical engineering (locomotive engineering and transport)"],
  "new energy application technology": ["新能源应用技术", "New energy application technology"],
  "CNC process technology": ["数控技术", "CNC process technology"],
  "automobile maintenance technology": ["汽车维修技术", "Automobile maintenance technology"],
  "ferrous metallurgy (steel making, continuous casting)": ["黑色冶金（炼钢、连铸）", "Ferrous metallurgy (steelmaking, continuous casting)"],
  "mechanical engineering": ["机械工程", "Mechanical engineering"],
  "electrical engineering & automation": ["电气工程及其自动化", "Electrical engineering and automation"],
  "electrical engineering": ["电气工程", "Electrical engineering"],
  "automotive engineering": ["汽车工程", "Automotive engineering"],
  "(later) mechanical engineering, IT": ["机械工程、信息技术（后增设）", "Mechanical engineering and IT (added later)"],
  "AI-oriented: industrial sensors, mechatronics, industrial control, robotics": ["工业传感器、机电一体化、工业控制与机器人（面向人工智能）", "Industrial sensors, mechatronics, industrial control and robotics (AI-oriented)"],
  "urban heating (thermal energy) application": ["城市供热（热能）应用", "Urban heating (thermal energy) application"],
  "engineering surveying / measurement technology": ["工程测量技术", "Engineering surveying technology"],
  "transportation equipment & technology (vehicle maintenance, fuel vehicles, NEV, intelligent connected vehicles)": [
    "交通运输装备与技术（汽车维修、燃油汽车、新能源汽车、智能网联汽车）",
    "Transport equipment and technology (vehicle maintenance, fuel, new-energy and intelligent connected vehicles)",
  ],
  "information technology applications / artificial intelligence": ["信息技术应用与人工智能", "Information technology applications and artificial intelligence"],
  "modern logistics management": ["现代物流管理", "Modern logistics management"],
  "information technology / software technology": ["信息技术与软件技术", "Information and software technology"],
  "information technology": ["信息技术", "Information technology"],
  "architectural design": ["建筑设计", "Architectural design"],
  "architectural decoration": ["建筑装饰", "Architectural decoration"],
  "engineering technology": ["工程技术", "Engineering technology"],
  "intelligent manufacturing": ["智能制造", "Intelligent manufacturing"],
};

/** The Chinese and English names of a workshop's fields; throws on a field the table lacks. */
export function lubanFieldNames(fields: readonly string[]): { fields: string[]; fieldsEn: string[] } {
  const names = fields.map((field) => {
    const known = lubanFields[field];
    if (!known) throw new Error(`luban-workshops.json: no Chinese and English name for the field "${field}" (add it to seed/luban-fields.ts)`);
    return known;
  });
  return { fields: names.map(([zh]) => zh), fieldsEn: names.map(([, en]) => en) };
}
