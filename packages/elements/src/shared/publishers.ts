import { isChinese } from "./i18n/local-name.js";
import type { Locale } from "./i18n/messages.js";

/**
 * The publishers the sourced data cites, by the end of their host name, in Chinese and English:
 * a source link is named after its publisher, and its address is only in the link. The most
 * specific ending wins (`moe.gov.cn` before `gov.cn`).
 */
const publishers: ReadonlyArray<readonly [host: string, zh: string, en: string]> = [
  ["moe.gov.cn", "教育部", "Ministry of Education"],
  ["scio.gov.cn", "国务院新闻办公室", "State Council Information Office"],
  ["tj.gov.cn", "天津市人民政府", "Tianjin Municipal Government"],
  ["gov.cn", "中国政府网", "Chinese government"],
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
  ["tribune.com.pk", "The Express Tribune", "The Express Tribune"],
  ["monitor.co.ug", "Daily Monitor", "Daily Monitor"],
];

/**
 * The reference server's sample generator, which the data cites in one fixed English form, by
 * name in the page's language with the seed of its run.
 */
export function sampleGeneratorName(seed: number, locale: Locale): string {
  return isChinese(locale) ? `产教示例数据生成器（种子 ${seed}）` : `Chanjiao sample generator (seed ${seed})`;
}

/** The name of the publisher at `href` in the page's language; a host it does not know is named by its address. */
export function publisherOf(href: string, locale: Locale): string {
  const host = new URL(href).hostname.replace(/^www\./, "");
  const known = publishers.find(([ending]) => host === ending || host.endsWith(`.${ending}`));
  return known ? known[isChinese(locale) ? 1 : 2] : host;
}
