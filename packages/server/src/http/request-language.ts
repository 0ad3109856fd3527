import type { Context } from "hono";

/**
 * Whether the request asks for Chinese: the language it ranks first in `Accept-Language` (by its
 * `q`, the earlier on a tie) is Chinese. Without the header, or when it ranks another language
 * first, the server answers in English.
 */
export function asksForChinese(c: Context): boolean {
  const ranked = (c.req.header("Accept-Language") ?? "")
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...parameters] = entry.trim().split(";");
      const q = parameters.map((parameter) => /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag && entry.tag !== "*" && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0] !== undefined && (ranked[0].tag === "zh" || ranked[0].tag.startsWith("zh-"));
}
