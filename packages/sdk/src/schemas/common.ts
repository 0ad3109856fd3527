import * as z from "zod/mini";

/** A six-digit GB/T 2260 administrative division code, such as `320000` (江苏省) or `320500` (苏州市). */
export const RegionCode = /* @__PURE__ */ z.string().check(z.regex(/^\d{6}$/, "must be a six-digit GB/T 2260 code"));

/** A stable string identifier. */
export const Id = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(200));

/** A year (`2025`) or an inclusive range of years (`2023-2025`). */
export const YearOrRange = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}(-\d{4})?$/, "must be a year like 2025 or a range like 2023-2025"));

/** A calendar year used as a reporting period. */
export const Year = /* @__PURE__ */ z.int().check(z.gte(1990), z.lte(2100));

/**
 * A date as precise as its source gives it: a year (`2020`), a month (`2020-08`) or a day
 * (`2020-01-14`). The form is the precision; a date no source gives is `null`, never guessed.
 */
export const PartialDate = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, "must be a year, year-month or date, such as 2020, 2020-08 or 2020-01-14"));

/** An http(s) address with a host; nothing else (`javascript:`, `data:`) may become a link on a page. */
export const HttpUrl = /* @__PURE__ */ z.string().check(z.regex(/^https?:\/\/[\w-]+(\.[\w-]+)+(:\d+)?([/?#][^\s<>"'`]*)?$/i, "must be an http(s) address"), z.maxLength(2000));

/** A name or title as a citation gives it. */
const CitedText = /* @__PURE__ */ z.nullable(z.string().check(z.minLength(1), z.maxLength(500)));

/**
 * One publication a record's facts come from, as a page names it: the publisher, the title and
 * the date as far as the source gives them (a gap stays `null`, never guessed), and the address.
 * A `copy` is a reprint on another site than the publisher's own; `publisher` then names whose
 * text it is, where that is known.
 */
export const Citation = /* @__PURE__ */ z.strictObject({
  /** The publisher in Chinese (教育部, 新华网); `null` when a reprint does not say whose text it is. */
  publisher: CitedText,
  publisherEn: CitedText,
  /** The title as published (from 《…》), and in English where the publisher gives one. */
  title: CitedText,
  titleEn: CitedText,
  /** The date of publication, to the precision the source gives. */
  date: z.nullable(PartialDate),
  url: z.nullable(HttpUrl),
  copy: z.boolean(),
});

export type Citation = z.infer<typeof Citation>;

/**
 * Where a fact comes from. Every record carries `source`, the citation as its writer gives it, and
 * `citations`, the same publications as structured records, official ones first; generated records
 * carry `sample: true` so that no page presents made-up numbers as official.
 */
export const provenance = {
  source: z.string(),
  citations: /* @__PURE__ */ z.array(Citation).check(z.maxLength(50)),
  sample: z.boolean(),
};

/** School levels in the modern vocational education system. */
export const SchoolLevel = z.enum(["中职", "技工学校", "高职专科", "职业本科", "应用型本科", "综合高中"]);

/** The three levels of the 2021 vocational education major catalogue. */
export const CatalogueLevel = z.enum(["中职", "高职专科", "职业本科"]);

/**
 * Priority industries named by the policy and its implementing notices (教职成厅函〔2023〕20号),
 * used to file consortia, communities and talent demand.
 */
export const Industry = z.enum([
  "新一代信息技术",
  "高档数控机床和机器人",
  "航空航天装备",
  "船舶与海洋工程装备",
  "先进轨道交通装备",
  "节能与新能源汽车",
  "电力装备",
  "农机装备",
  "新材料",
  "生物医药及高性能医疗器械",
  "兵器工业",
  "高端仪器",
  "能源电子",
  "新能源",
  "绿色石化",
  "现代服务业",
]);

/** One page of a collection. `nextCursor` is `null` on the last page. */
export function page<T extends z.core.$ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
}

export type RegionCode = z.infer<typeof RegionCode>;
export type SchoolLevel = z.infer<typeof SchoolLevel>;
export type CatalogueLevel = z.infer<typeof CatalogueLevel>;
export type Industry = z.infer<typeof Industry>;

/**
 * A 市域产教联合体 (`city`) or a 行业产教融合共同体 (`industry`). Here rather than with the consortium
 * records: the map's counts query takes it, and its bundle should not carry those records' schemas.
 */
export const ConsortiumKind = /* @__PURE__ */ z.enum(["city", "industry"]);
export type ConsortiumKind = z.infer<typeof ConsortiumKind>;
