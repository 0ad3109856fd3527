/**
 * A publisher's name in Chinese and English (none for a reprint that does not say whose text it
 * is), and what its site is: official, or a reprint of another's text.
 */
type Entry = readonly [host: string, zh: string | null, en: string | null, kind?: "official" | "copy"];

/**
 * The publishers the sourced data cites, by the end of their host name, in Chinese and English:
 * a source link is named after its publisher, and its address is only in the link. The most
 * specific ending wins (`moe.gov.cn` before `gov.cn`). A mirror (a news portal's, a school's or a
 * content site's reprint) is named after the original publisher where the data says who that is,
 * and marked as a copy; foreign publishers keep their own names. Official sources (the government,
 * the Ministry, provincial departments, schools' own sites, journals) are marked so: pages cite them first.
 */
const publishers: readonly Entry[] = [
  ["moe.gov.cn", "教育部", "Ministry of Education", "official"],
  ["scio.gov.cn", "国务院新闻办公室", "State Council Information Office", "official"],
  ["jyt.fujian.gov.cn", "福建省教育厅", "Fujian Provincial Department of Education", "official"],
  ["tj.gov.cn", "天津市人民政府", "Tianjin Municipal Government", "official"],
  ["gov.cn", "中国政府网", "Chinese government", "official"],
  ["chinadaily.com.cn", "中国日报网", "China Daily"],
  ["people.cn", "人民网", "People's Daily Online"],
  ["people.com.cn", "人民网", "People's Daily Online"],
  ["news.cn", "新华网", "Xinhua"],
  ["gmw.cn", "光明网", "Guangming Online"],
  ["china.com.cn", "中国网", "China.org.cn"],
  ["ecns.cn", "中国新闻网", "China News Service"],
  ["globaltimes.cn", "环球时报", "Global Times"],
  ["chinese.cn", "中文联盟", "Chinese Plus"],
  ["cben.edu.cn", "中国教育新闻网", "China Education News"],
  ["southcn.com", "南方网", "Southcn"],
  ["eastday.com", "东方网", "Eastday"],
  ["rednet.cn", "红网", "Rednet"],
  ["workercn.cn", "中工网", "Workercn"],
  ["163.com", "网易", "NetEase"],
  ["baike.com", "快懂百科", "Baike.com"],
  ["brnn.com", "一带一路新闻网", "Belt and Road News Network"],
  ["sina.cn", "新浪网", "Sina"],
  ["guanhai.com.cn", "观海新闻", "Guanhai News"],
  ["cnsdxinwen.com", "山东新闻网", "Shandong News"],
  ["sdenews.com", "山东教育新闻网", "Shandong Education News"],
  ["zhonghongwang.com", "中宏网", "Zhonghong Net"],
  ["hanspub.org", "汉斯出版社", "Hans Publishers", "official"],
  ["scholarmate.com", "科研之友", "ScholarMate", "official"],
  ["lwvc.edu.cn", "莱芜职业技术学院", "Laiwu Vocational and Technical College", "official"],
  ["tjmc.edu.cn", "天津医学高等专科学校", "Tianjin Medical College", "official"],
  ["tribune.com.pk", "The Express Tribune", "The Express Tribune"],
  ["monitor.co.ug", "Daily Monitor", "Daily Monitor"],
  ["spaceinafrica.com", "Space in Africa", "Space in Africa"],
  ["theshieldonlineng.com", "The Shield", "The Shield"],
  ["citchennai.edu.in", "Chennai Institute of Technology", "Chennai Institute of Technology", "official"],
  ["usttb.edu.ml", "巴马科科学技术大学", "USTT Bamako", "official"],
  // Reprints whose original the data names.
  ["hschangjiang.com", "人民网天津频道", "People's Daily Online Tianjin", "copy"],
  ["fiilemail.com", "常州市人民政府", "Changzhou Municipal Government", "copy"],
  ["mugbar.net", "南昌市教育局", "Nanchang Municipal Education Bureau", "copy"],
  ["saintpaulhem.com", "南昌市人民政府", "Nanchang Municipal Government", "copy"],
  ["beautiful-landscapes.com", "教育部", "Ministry of Education", "copy"],
  ["zgitnew.com", "甘肃省人民政府新闻办公室", "Gansu Provincial Government Information Office", "copy"],
  ["yikaochacha.com", "温州科技职业学院", "Wenzhou Vocational College of Science and Technology", "copy"],
  ["gaokaozhitongche.com", "抚州市人民政府", "Fuzhou Municipal Government", "copy"],
  ["yljspxxy.cn", "新疆维吾尔自治区人力资源和社会保障厅", "Xinjiang Human Resources Department", "copy"],
  ["jyfz.org.cn", "福建省教育厅", "Fujian Provincial Department of Education", "copy"],
  ["xywbxg.com", "中国新闻网", "China News Service", "copy"],
  ["reportify.cn", "新浪财经", "Sina Finance", "copy"],
  ["0798ci.com", "广东省人民政府", "Guangdong Provincial Government", "copy"],
  ["fyun.cc", "经济参考报", "Economic Information Daily", "copy"],
  ["wn.com", "中国网", "China.org.cn", "copy"],
  ["sduc.edu.cn", "山东省人民政府", "Shandong Provincial Government", "copy"],
  ["nchvc.edu.cn", "江西省人民政府", "Jiangxi Provincial Government", "copy"],
  ["shxy.edu.cn", "江西省人民政府", "Jiangxi Provincial Government", "copy"],
  // Reprints that do not say whose text they carry.
  ...[
    "668528.com", "aeenf.com", "bjjpld.com", "daowen.com", "dongsenyule.com", "e-chinaedu.cn", "fx361.cc", "ghsi.cn", "gzsmh8.com",
    "hblexin.com", "huitaohuixuan.com", "itbear.com.cn", "jinengpingjia.com", "kongziyjy.org", "3s001.com", "nbxjhydp.com", "ndynyt.com",
    "qjcypt.com", "sjfzxm.com", "the-disrupt.com", "we54.com", "wodeyuanxiao.com", "worldedutimes.com", "xianggelilayule.com",
    "xuekanba.com", "xzbbs.net", "2sbiao.cn", "caijingnews.net", "xnec.cn",
  ].map((host): Entry => [host, null, null, "copy"]),
];

/** A publisher as the table knows it: its names, and whether its site is official or a reprint. */
export interface Publisher {
  zh: string | null;
  en: string | null;
  official: boolean;
  /** The page there is a reprint; `zh` and `en` name whose text it is, or are `null` when it does not say. */
  copy: boolean;
}

/** The publisher of the page at a well-formed URL, by its host name; `null` for a host the table does not know. */
export function publisherOf(url: URL): Publisher | null {
  const host = url.hostname.replace(/^www\./, "");
  const known = publishers.find(([ending]) => host === ending || host.endsWith(`.${ending}`));
  return known ? { zh: known[1], en: known[2], official: known[3] === "official", copy: known[3] === "copy" } : null;
}
