import * as vocabulary from "@chanjiao/elements/vocabulary";
import { currentLang, type Words } from "../../i18n/language.js";

/** The enums the elements' vocabulary does not name, because no widget shows them. */
const consoleGroups: Array<Words<Record<string, string>>> = [
  {
    "zh-CN": { government: "政府部门", enterprise: "企业", school: "学校", research: "科研机构", association: "行业协会" },
    en: { government: "Government", enterprise: "Enterprise", school: "School", research: "Research institute", association: "Association" },
  },
  { "zh-CN": { province: "省级", city: "市级" }, en: { province: "Province", city: "City" } },
  { "zh-CN": { open: "招聘中", filled: "已满足", withdrawn: "已撤回" }, en: { open: "Open", filled: "Filled", withdrawn: "Withdrawn" } },
  {
    "zh-CN": { corroborated: "已核实", "corroborated-prefix": "前缀已核实", "inferred-offset": "推断", single: "单一来源", conflict: "来源冲突" },
    en: { corroborated: "Corroborated", "corroborated-prefix": "Prefix corroborated", "inferred-offset": "Inferred", single: "Single source", conflict: "Conflicting sources" },
  },
];

const groups: Array<Words<Record<string, string>>> = [
  ...(Object.values(vocabulary) as unknown[]).filter((group): group is Words<Record<string, string>> => typeof group === "object" && group !== null && "zh-CN" in group),
  ...consoleGroups,
];

const found = new Map<string, Words<Record<string, string>> | null>();

/**
 * The words of an enum's values in the page's language: the first group of the vocabulary (the
 * widgets' words) or of the console's own that names every value; the values themselves otherwise.
 */
export function enumWords(values: readonly string[]): (value: string) => string {
  const signature = values.join("\u0001");
  if (!found.has(signature)) found.set(signature, groups.find((group) => values.every((value) => value in group["zh-CN"])) ?? null);
  const group = found.get(signature);
  const lang = currentLang();
  return (value) => group?.[lang][value] ?? value;
}
