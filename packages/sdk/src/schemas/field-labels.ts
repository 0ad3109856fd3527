import type { CollectionName } from "./collections.js";

/** A text in both built-in languages. */
export interface Bilingual {
  "zh-CN": string;
  en: string;
}

/** A field's column name in both languages, and optionally what it means. */
export interface FieldLabel {
  "zh-CN": string;
  en: string;
  help?: Bilingual;
}

// @__NO_SIDE_EFFECTS__
const l = (zh: string, en: string, helpZh?: string, helpEn?: string): FieldLabel =>
  helpZh === undefined ? { "zh-CN": zh, en } : { "zh-CN": zh, en, help: { "zh-CN": helpZh, en: helpEn ?? "" } };

// @__NO_SIDE_EFFECTS__
const idList = (zh: string, en: string) => l(zh, en, `多个编号用分号（; 或 ；）分隔`, "several IDs separated by semicolons (; or ；)");

/**
 * Column names of every field of every record schema in the SDK, by field name; a field whose
 * meaning depends on where it sits is keyed by its parent too (`council.title`). Nested objects'
 * fields are here as well: they are the columns of a flattened object (`statistics.year`) or of
 * a second sheet (council seats, steps, countries, codes, list items).
 */
export const fieldLabels: Readonly<Record<string, FieldLabel>> = /* @__PURE__ */ Object.freeze({
  id: l("编号", "ID", "记录的唯一编号；导入时用它匹配已有记录", "the record's unique identifier; imports match existing records by it"),
  code: l("代码", "Code"),
  name: l("名称", "Name"),
  shortName: l("简称", "Short name"),
  nameEn: l("英文名称", "English name"),
  nameZh: l("中文名称", "Chinese name"),
  creditCode: l("统一社会信用代码", "Unified social credit code", "18 位，见营业执照；可留空", "18 characters, on the business licence; may be left empty"),
  level: l("层次", "Level"),
  parent: l("上级区划代码", "Parent region code", "所属省份的六位区划代码；省级为空", "the six-digit code of the province a city belongs to; empty for a province"),
  source: l("来源", "Source", "数据出处（文件名、网址或发布单位）：没有来源的数据不予接收", "where the fact comes from (document, URL or publisher): a fact without a source is refused"),
  sample: l("样例数据", "Sample data", "生成的示例数据填“是”，真实数据填“否”", "“true” for generated example figures, “false” for real data"),
  region: l("地区代码", "Region code", "GB/T 2260 六位行政区划代码，如 320500（苏州市）", "six-digit GB/T 2260 division code, such as 320500 (Suzhou)"),
  province: l("省份代码", "Province code", "GB/T 2260 六位省级区划代码，如 320000（江苏省）", "six-digit GB/T 2260 province code, such as 320000 (Jiangsu)"),
  kind: l("类型", "Kind"),
  statistics: l("教师统计", "Statistics"),
  year: l("年份", "Year"),
  fullTimeTeachers: l("专任教师数", "Full-time teachers"),
  dualQualifiedRatio: l("双师型教师比例", "Dual-qualified ratio", "0 到 1 之间的小数，也可写百分比，如 0.62 或 62%", "a fraction from 0 to 1, or a percentage: 0.62 or 62%"),
  industryMentorPosts: l("产业导师特聘岗数", "Industry mentor posts"),
  resources: l("教学资源", "Resources"),
  coreCourses: l("核心课程数", "Core courses"),
  textbooks: l("教材数", "Textbooks"),
  resourceLibraries: l("资源库数", "Resource libraries"),
  onlineCourses: l("在线课程数", "Online courses"),
  simulationBases: l("虚拟仿真实训基地数", "Simulation bases"),
  batch: l("批次", "Batch", "国家批次：1 为 2023 年，2 为 2024 年；非国家批次为空", "national batch: 1 = 2023, 2 = 2024; empty when not in a national batch"),
  founded: l("成立时间", "Founded", "按来源写到年、月或日：2023、2023-07 或 2023-07-25", "as precise as the source: 2023, 2023-07 or 2023-07-25"),
  status: l("状态", "Status"),
  industries: l("重点产业", "Industries"),
  field: l("领域", "Field"),
  parkIds: idList("园区编号", "Park IDs"),
  leadOrganisationIds: idList("牵头单位编号", "Lead organisation IDs"),
  council: l("理事会", "Council seats"),
  role: l("角色", "Role"),
  organisationId: l("单位编号", "Organisation ID"),
  "council.title": l("职务", "Seat title", "如 理事长单位", "such as 理事长单位 (chair)"),
  members: l("成员单位", "Members", "按来源填写，如“成员单位 181 家”", "in Chinese, as reported, such as “成员单位 181 家”"),
  membersEn: l("成员单位（英文）", "Members (English)", "如“181 member organisations”", "such as “181 member organisations”"),
  note: l("备注", "Note"),
  order: l("排序", "Order"),
  codes: l("各层次代码", "Codes by level"),
  "codes.status": l("核实状态", "Code status"),
  majorCategoryId: l("专业大类编号", "Major category ID"),
  classCode: l("专业类代码", "Class code", "四位专业类代码，即专业代码的前四位，如 5102", "four-digit 专业类 code, the first four digits of the major code, such as 5102"),
  slot: l("专业类对应位", "Class slot", "该专业类在高职专科的代码：中职代码减 2000，职业本科代码加 2000", "the class's 高职专科 code: a 中职 code minus 2000, a 职业本科 code plus 2000"),
  addedIn: l("增补年份", "Added in", "2021 为目录原有专业；增补专业填年份，年份不详填区间，如 2022-2024", "2021 for the catalogue itself; the year of an addition, or a range such as 2022-2024 when unknown"),
  controlled: l("国家控制布点", "Controlled", "代码以 K 结尾的专业填“是”", "“true” for a major whose code ends in K"),
  confidence: l("可信度", "Confidence", "来源对该条的支持程度：专业代码为 confirmed 或 inferred；改革记录为 high、medium-high、medium、medium-low 或 low", "how well the sources bear the record out: confirmed or inferred for a major code; high, medium-high, medium, medium-low or low for a reform record"),
  schoolId: l("学校编号", "School ID"),
  majorId: l("专业编号", "Major ID"),
  majorCode: l("专业代码", "Major code", "2021 年职业教育专业目录六位代码，如 460103", "six-digit code of the 2021 vocational major catalogue, such as 460103"),
  majorName: l("专业名称", "Major name"),
  years: l("学制", "Years"),
  trainingModes: l("培养模式", "Training modes"),
  partnerIds: idList("合作企业", "Partner enterprise IDs"),
  enrolmentPlan: l("招生计划", "Enrolment plan", "当年计划招生人数；未公布则留空", "planned intake for the year; empty when not published"),
  publisherId: l("发布单位编号", "Publisher ID"),
  industry: l("产业", "Industry"),
  occupation: l("岗位", "Occupation"),
  headcount: l("需求人数", "Headcount"),
  period: l("年度", "Period"),
  publishedAt: l("发布时间", "Published at"),
  graduates: l("毕业生数", "Graduates"),
  functions: l("功能", "Functions"),
  operatorId: l("运营单位编号", "Operator ID"),
  consortiumId: l("联合体编号", "Consortium ID"),
  services: l("服务内容", "Services"),
  steps: l("培养阶段", "Steps"),
  entry: l("入学方式", "Entry route", "如 职教高考、转段考核", "such as 职教高考 (vocational gaokao) or 转段考核 (transfer assessment)"),
  countries: l("国家", "Countries"),
  "countries.name": l("国家（英文）", "Country"),
  "countries.nameZh": l("国家（中文）", "Country (Chinese)"),
  hostInstitution: l("境外合作院校", "Host institution"),
  partners: l("中方参与单位", "Partners"),
  regions: l("中方所在地区代码", "Partner region codes"),
  fields: l("合作领域", "Fields"),
  fieldsEn: l("合作领域（英文）", "Fields (English)"),
  opened: l("启用时间", "Opened"),
  start: l("开始日期", "Start"),
  end: l("结束日期", "End"),
  place: l("地点", "Place"),
  placeEn: l("地点（英文）", "Place (English)"),
  organisers: l("主办单位", "Organisers"),
  organisersEn: l("主办单位（英文）", "Organisers (English)"),
  organiserIds: idList("主办单位编号", "Organiser IDs"),
  theme: l("主题", "Theme"),
  themeEn: l("主题（英文）", "Theme (English)"),
  scale: l("规模", "Scale", "用中文填写，如“代表 1200 余名”", "in Chinese, such as “代表 1200 余名”"),
  scaleEn: l("规模（英文）", "Scale (English)", "如“1,200+ delegates”", "such as “1,200+ delegates”"),
  title: l("标题", "Title"),
  titleEn: l("标题（英文）", "Title (English)"),
  items: l("清单条目", "Items"),
  detail: l("详情", "Detail"),
  detailEn: l("详情（英文）", "Detail (English)"),
  stage: l("阶段", "Stage", "trial-zone（改革试验区）、highland（创新发展高地）或 new-model（新模式）", "trial-zone, highland or new-model"),
  programme: l("试点项目", "Programme"),
  programmeEn: l("试点项目（英文）", "Programme (English)"),
  date: l("日期", "Date", "按来源写到年、月或日：2020、2020-08 或 2020-01-14；来源未载明则留空", "as precise as the source: 2020, 2020-08 or 2020-01-14; empty when no source gives it"),
  document: l("依据文件", "Agreement or document"),
  documentEn: l("依据文件（英文）", "Agreement or document (English)"),
  areas: l("改革任务", "Reform areas", "多项用分号（; 或 ；）分隔", "several separated by semicolons (; or ；)"),
  kinds: l("政策类型", "Kinds", "finance（金融）、fiscal（财政）、land（土地）、credit（信用）、employment（就业）、income（收入分配），多项用分号分隔", "finance, fiscal, land, credit, employment or income, several separated by semicolons"),
  issuer: l("发布机关", "Issuer"),
  content: l("主要内容", "Content"),
  contentEn: l("主要内容（英文）", "Content (English)"),
  publisher: l("发布机关", "Publisher"),
  implements: l("贯彻文件", "Implements", "所贯彻的上级文件，如 中办发〔2022〕65号", "the document it implements, such as 中办发〔2022〕65号"),
  implementsEn: l("贯彻文件（英文）", "Implements (English)"),
  url: l("网址", "URL", "可阅读全文的 http(s) 网址", "an http(s) address where the text can be read"),
  citations: l("引用出处", "Citations", "留空时由来源中的网址生成", "derived from the addresses in the source when left empty"),
  "citations.publisher": l("发布单位", "Publisher"),
  publisherEn: l("发布单位（英文）", "Publisher (English)"),
  "citations.date": l("发布日期", "Date published", "按来源写到年、月或日：2020、2020-08 或 2020-01-14", "as precise as the source: 2020, 2020-08 or 2020-01-14"),
  copy: l("转载", "Reprint", "该网页转载他处发布的内容时填“是”", "“true” when the page reprints what another published"),
});

/** The label of a field at a path (`["council", "title"]`): by parent and name first, then by name. */
export function labelOf(path: readonly string[], labels: Readonly<Record<string, FieldLabel>> = fieldLabels): FieldLabel {
  const name = path[path.length - 1]!;
  const parent = path[path.length - 2];
  return (parent === undefined ? undefined : labels[`${parent}.${name}`]) ?? labels[name] ?? { "zh-CN": name, en: name };
}

/**
 * Fields that name a record of another collection, wherever they appear in a record (in lists and
 * nested objects too): the server checks that they exist, and a form offers a picker of that collection.
 */
export const referenceFields: Readonly<Record<string, CollectionName>> = {
  region: "regions",
  province: "regions",
  parent: "regions",
  schoolId: "schools",
  majorId: "majors",
  majorCategoryId: "majorCategories",
  consortiumId: "consortia",
  operatorId: "organisations",
  publisherId: "organisations",
  organisationId: "organisations",
  partnerIds: "organisations",
  leadOrganisationIds: "organisations",
  organiserIds: "organisations",
  parkIds: "parks",
};
