import { currentLang } from "../../i18n/language.js";
import { collectionWords } from "../../i18n/collection-words.js";
import type { CollectionName } from "@chanjiao/sdk";
import { collections } from "@chanjiao/sdk";

/** The server's and the contract's messages about a field, as the API words them in English (or, for references, in Chinese), with their Chinese. */
const chinese: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^must be at least (\S+)$/, (n) => `不能小于 ${n}`],
  [/^must be at most (\S+)$/, (n) => `不能大于 ${n}`],
  [/^must be one of (.+)$/, (values) => `只能是以下之一：${values}`],
  [/^must be a number$/, () => "必须是数字"],
  [/^must be of type (\w+)$/, () => "必须填写"],
  [/^is not a known field$/, () => "不是这类记录的字段"],
  [/^is not a known record of \/v1\/([a-z-]+)$/, (path) => `在“${collectionNamed(path)}”中找不到这条记录`],
  // The server's Chinese names the collection by its path; the form names it as the navigation does.
  [/^在 \/v1\/([a-z-]+) 中找不到这条记录$/, (path) => `在“${collectionNamed(path)}”中找不到这条记录`],
  [/^is not a known (region|major category)$/, (what) => (what === "region" ? "不是已知的行政区划代码" : "不是已知的专业大类")],
  [/^must be a six-digit GB\/T 2260 code$/, () => "必须是六位行政区划代码，如 320500"],
  [/^must match (.+)$/, () => "格式不正确"],
  [/^must change at least one field$/, () => "至少要修改一个字段"],
  [/^is already another organisation's$/, () => "已是其他单位的统一社会信用代码"],
  [/^Invalid input.*$/, () => "内容不正确"],
  [/^Too (small|big).*$/, (which) => (which === "small" ? "太短或太小" : "太长或太大")],
];

function collectionNamed(path: string): string {
  const name = (Object.keys(collections) as CollectionName[]).find((key) => collections[key].path === path);
  return name ? collectionWords["zh-CN"][name] : path;
}

/** A message about a field in the page's language: the API's English, or its Chinese where the form knows it. */
export function fieldMessage(message: string): string {
  if (currentLang() === "en") return message.replace(/^Invalid input.*$/, "is not valid");
  for (const [pattern, translate] of chinese) {
    const match = pattern.exec(message);
    if (match) return translate(...match.slice(1));
  }
  return message;
}
