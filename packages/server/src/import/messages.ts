import type * as z from "zod/mini";
import type { Lang } from "../files/index.js";

/** A message in the file's language, for the import report. */
export type Localised = (lang: Lang) => string;

const listOf = (values: readonly unknown[], lang: Lang) => values.map(String).join(lang === "zh-CN" ? "、" : ", ");

/** A contract issue in words a keeper of the file understands, in its language. */
export function issueMessage(issue: z.core.$ZodIssue): Localised {
  return (lang) => {
    const zh = lang === "zh-CN";
    switch (issue.code) {
      case "too_small":
        return zh ? `不能小于 ${String(issue.minimum)}` : `must be at least ${String(issue.minimum)}`;
      case "too_big":
        return zh ? `不能大于 ${String(issue.maximum)}` : `must be at most ${String(issue.maximum)}`;
      case "invalid_value":
        return zh ? `只能是：${listOf(issue.values, lang)}` : `must be one of ${listOf(issue.values, lang)}`;
      case "invalid_type":
        if (issue.input === undefined) return zh ? "必须填写" : "is required";
        return zh ? "格式不对" : `must be ${issue.expected === "number" || issue.expected === "int" ? "a number" : `of type ${issue.expected}`}`;
      case "invalid_format":
        return zh ? "格式不对" : `must match ${issue.format === "regex" ? String(issue.pattern) : issue.format}`;
      case "unrecognized_keys":
        return zh ? `未知的字段：${listOf(issue.keys, lang)}` : `unknown fields: ${listOf(issue.keys, lang)}`;
      default:
        return zh ? "不符合要求" : issue.message && issue.message !== "Invalid input" ? issue.message : "is invalid";
    }
  };
}

export const messages = {
  unknownReference: (path: string): Localised => (lang) => (lang === "zh-CN" ? `引用的记录不存在（/v1/${path}）` : `is not a known record of /v1/${path}`),
  claimed: (): Localised => (lang) => (lang === "zh-CN" ? "已是其他单位的统一社会信用代码" : "is already another organisation's"),
  "credit-code-set": (): Localised => (lang) => (lang === "zh-CN" ? "统一社会信用代码已登记，只有管理员可以修改" : "is set: only an admin key changes it"),
  "kept-by-other": (): Localised => (lang) => (lang === "zh-CN" ? "该记录由其他单位维护，无权修改" : "this record is kept by another organisation"),
  "reference-data": (): Localised => (lang) => (lang === "zh-CN" ? "基础数据只能由管理员维护" : "reference data: only an admin key writes it"),
  duplicate: (line: number): Localised => (lang) => (lang === "zh-CN" ? `与第 ${line} 行是同一条记录` : `is the same record as line ${line}`),
};
