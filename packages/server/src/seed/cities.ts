import type { Region } from "@chanjiao/sdk";
import { sourcedBy } from "./citations.js";

const GB_T_2260 = "GB/T 2260";

/** [code, name, short name, English name]: the prefecture-level cities that seeded records refer to. */
const cityRows: Array<[string, string, string, string]> = [
  ["220100", "长春市", "长春", "Changchun"],
  ["320100", "南京市", "南京", "Nanjing"],
  ["320200", "无锡市", "无锡", "Wuxi"],
  ["320400", "常州市", "常州", "Changzhou"],
  ["320500", "苏州市", "苏州", "Suzhou"],
  ["321000", "扬州市", "扬州", "Yangzhou"],
  ["330100", "杭州市", "杭州", "Hangzhou"],
  ["330200", "宁波市", "宁波", "Ningbo"],
  ["330300", "温州市", "温州", "Wenzhou"],
  ["330700", "金华市", "金华", "Jinhua"],
  ["340100", "合肥市", "合肥", "Hefei"],
  ["340200", "芜湖市", "芜湖", "Wuhu"],
  ["341100", "滁州市", "滁州", "Chuzhou"],
  ["360100", "南昌市", "南昌", "Nanchang"],
  ["361000", "抚州市", "抚州", "Fuzhou"],
  ["370100", "济南市", "济南", "Jinan"],
  ["370200", "青岛市", "青岛", "Qingdao"],
  ["410100", "郑州市", "郑州", "Zhengzhou"],
  ["420100", "武汉市", "武汉", "Wuhan"],
  ["430100", "长沙市", "长沙", "Changsha"],
  ["440100", "广州市", "广州", "Guangzhou"],
  ["440300", "深圳市", "深圳", "Shenzhen"],
  ["440600", "佛山市", "佛山", "Foshan"],
  ["450100", "南宁市", "南宁", "Nanning"],
  ["510100", "成都市", "成都", "Chengdu"],
  ["511500", "宜宾市", "宜宾", "Yibin"],
  ["520300", "遵义市", "遵义", "Zunyi"],
  ["610100", "西安市", "西安", "Xi'an"],
  ["652300", "昌吉回族自治州", "昌吉", "Changji Hui Autonomous Prefecture"],
];

/** The province code of a region code (`320500` → `320000`). */
export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** The prefecture-level city records, each with its province as parent. */
export function cityRegions(): Region[] {
  return cityRows.map(([code, name, shortName, nameEn]) => ({
    id: code,
    code,
    name,
    shortName,
    nameEn,
    level: "city",
    parent: provinceOf(code),
    ...sourcedBy(GB_T_2260),
    sample: false,
  }));
}

/** The code of a city (or a provincial-level municipality) named in a place text such as `江苏常州` or `苏州市（太仓市）`. */
export function cityCodeIn(place: string | null | undefined): string | null {
  if (!place) return null;
  for (const [code, , shortName] of cityRows) if (place.includes(shortName)) return code;
  const municipalities: Record<string, string> = { 北京: "110000", 天津: "120000", 上海: "310000", 重庆: "500000" };
  for (const [name, code] of Object.entries(municipalities)) if (place.includes(name)) return code;
  return null;
}
