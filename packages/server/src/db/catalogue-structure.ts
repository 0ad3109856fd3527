import { type CatalogueLevel, classCodeAt, classSlot, type CollectionName, type Major, type MajorCategory, type MajorClass, type TalentSupply } from "@chanjiao/sdk";
import type { Bilingual } from "../files/problem.js";
import type { ParameterError } from "../http/query.js";
import type { Lookups } from "./lookups.js";

/** A way a record breaks the catalogue's structure: the field at fault and why, in both languages. */
export interface StructureFault {
  path: string;
  message: Bilingual;
}

type AnyRecord = Record<string, unknown>;

/** Faults as the errors of a 422 answer, in English as the API's messages are. */
export const faultErrors = (faults: readonly StructureFault[]): ParameterError[] => faults.map((broken) => ({ path: broken.path, message: broken.message.en, chinese: broken.message["zh-CN"] }));

const fault = (path: string, zh: string, en: string): StructureFault => ({ path, message: { "zh-CN": zh, en } });

/** The two-digit 专业大类 code of a category at a level, such as `71` for 电子与信息大类 at 中职. */
async function categoryCodeAt(lookups: Lookups, categoryId: string, level: CatalogueLevel): Promise<string | undefined> {
  const data = await lookups.data("majorCategories", categoryId);
  return data === undefined ? undefined : (JSON.parse(data) as MajorCategory).codes.find((entry) => entry.level === level)?.code;
}

/**
 * How a major breaks the catalogue: its code must start with its category's code at its level
 * (中职 6x–7x, 高职专科 4x–5x, 职业本科 2x–3x), its class must be the code's first four digits and a
 * class of the catalogue at that level, `controlled` must say whether the code ends in K, and no
 * other major may hold its code.
 */
async function majorFaults(lookups: Lookups, major: Major): Promise<StructureFault[]> {
  const faults: StructureFault[] = [];
  const categoryCode = await categoryCodeAt(lookups, major.majorCategoryId, major.level);
  if (categoryCode !== undefined && !major.code.startsWith(categoryCode)) {
    faults.push(
      fault(
        "code",
        `${major.level}专业代码应以该专业大类的代码 ${categoryCode} 开头`,
        `a ${major.level} major of this category has a code starting with ${categoryCode}`,
      ),
    );
  }
  if (major.classCode !== major.code.slice(0, 4)) {
    faults.push(fault("classCode", `应为专业代码的前四位 ${major.code.slice(0, 4)}`, `must be the first four digits of the code, ${major.code.slice(0, 4)}`));
  } else {
    faults.push(...(await classOfRecordFaults(lookups, major)));
  }
  if (major.controlled !== major.code.endsWith("K")) {
    faults.push(fault("controlled", "国家控制布点专业的代码以 K 结尾，其他专业不以 K 结尾", "a controlled major's code ends in K, and only a controlled one's"));
  }
  const holder = await lookups.majorWithCode(major.code);
  if (holder !== undefined && holder !== major.id) faults.push(fault("code", `代码已属于另一专业（${holder}）`, `the code already belongs to another major (${holder})`));
  return faults;
}

/** How a class breaks the catalogue: its code must start with its category's code at its level, and its slot follow from its code. */
async function classFaults(lookups: Lookups, majorClass: MajorClass): Promise<StructureFault[]> {
  const faults: StructureFault[] = [];
  const categoryCode = await categoryCodeAt(lookups, majorClass.majorCategoryId, majorClass.level);
  if (categoryCode !== undefined && !majorClass.code.startsWith(categoryCode)) {
    faults.push(fault("code", `${majorClass.level}专业类代码应以该专业大类的代码 ${categoryCode} 开头`, `a ${majorClass.level} class of this category has a code starting with ${categoryCode}`));
  }
  const slot = classSlot(majorClass.level, majorClass.code);
  if (majorClass.slot !== slot) faults.push(fault("slot", `应为 ${slot}（高职专科的对应代码）`, `must be ${slot}, the class's 高职专科 code`));
  return faults;
}

/**
 * A fault when a record's class is not one of the catalogue's at its level and in its category:
 * an unknown class, a class of another level, or one of another category. Takes any reader of
 * stored reference data (a write's lookups, or the database for a body checked before its write).
 */
export async function classOfRecordFaults(
  lookups: Pick<Lookups, "data">,
  record: { classCode?: string | undefined; level: CatalogueLevel; majorCategoryId: string },
): Promise<StructureFault[]> {
  const { classCode, level, majorCategoryId } = record;
  if (classCode === undefined) return [];
  const data = await lookups.data("majorClasses", `class-${classCode}`);
  const majorClass = data === undefined ? undefined : (JSON.parse(data) as MajorClass);
  if (majorClass === undefined) return [fault("classCode", `目录中没有专业类 ${classCode}`, `the catalogue has no class ${classCode}`)];
  if (majorClass.level !== level) {
    const slotted = classCodeAt(level, majorClass.slot);
    return [fault("classCode", `${classCode} 是${majorClass.level}专业类，${level}的对应代码是 ${slotted}`, `${classCode} is a ${majorClass.level} class; the ${level} class of its slot is ${slotted}`)];
  }
  if (majorClass.majorCategoryId !== majorCategoryId) {
    return [fault("classCode", `${classCode} 属于另一个专业大类（${majorClass.majorCategoryId}），不属于 ${majorCategoryId}`, `${classCode} belongs to major category ${majorClass.majorCategoryId}, not ${majorCategoryId}`)];
  }
  return [];
}

/** True when a record has a place in the catalogue's structure to check: a major, a class, or a talent figure naming a class. */
export function namesCatalogueStructure(collection: CollectionName, record: AnyRecord): boolean {
  if (collection === "majors" || collection === "majorClasses") return true;
  return (collection === "talentDemand" || collection === "talentSupply") && record.classCode !== undefined;
}

/**
 * The ways a record breaks the catalogue's structure: a major or a class of the catalogue itself,
 * or a talent figure naming a class; none for other collections.
 */
export async function catalogueFaults(lookups: Lookups, collection: CollectionName, record: AnyRecord): Promise<StructureFault[]> {
  if (collection === "majors") return majorFaults(lookups, record as Major);
  if (collection === "majorClasses") return classFaults(lookups, record as MajorClass);
  if (collection === "talentDemand" || collection === "talentSupply") return classOfRecordFaults(lookups, record as TalentSupply);
  return [];
}
