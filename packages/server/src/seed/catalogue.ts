import { CatalogueLevel, classSlot, type Major, type MajorCategory, type MajorClass } from "@chanjiao/sdk";
import * as z from "zod/mini";
import type { MajorCatalogueFile, MajorClassNamesFile } from "./data-files.js";
import { readDataFile } from "./data-files.js";
import { sourcedBy } from "./citations.js";

/** Where the catalogue and its additions are published. */
const catalogue2021 = "教育部《职业教育专业目录（2021年）》 http://www.moe.gov.cn/srcsite/A07/moe_953/202103/t20210319_521135.html";
const additions2025 = "教育部《2025年职业教育专业目录增补清单》 http://www.moe.gov.cn/srcsite/A07/moe_737/s3876_qt/202601/t20260105_1425685.html";
const additionsEarlier = "教育部职业教育专业目录年度增补（2022-2024年；转录来源未注明年份）";

/** Which transcription of the Ministry's text a record was read from, by the data file's source id. */
const transcriptions: Record<string, string> = {
  "kg-docx-2021": "python-docx parse of the Ministry's 2021 docx (uryuwr/voced-position-kg-demo, kg_baseline_20260820)",
  "kg-2025-supplement": "parse of the Ministry's 2025 addition list (uryuwr/voced-position-kg-demo, kg_baseline_20260820)",
  "gaokao-table-gapfill": "gaokao.cn-derived major table (wcx12/major-intel), filling a row the docx parse lost",
  "gaokao-table": "gaokao.cn-derived major table (wcx12/major-intel)",
};

/** What the data file says about single records besides a conflict. */
const recordNotes: Record<string, string> = {
  "250203": "In the parse of the Ministry's docx but absent from the gaokao.cn-derived table.",
};

/** The id of a 专业类 from its code (codes are unique across the levels). */
export const majorClassId = (code: string) => `class-${code}`;

/** The id of a major from its code. */
export const majorId = (code: string) => `major-${code}`;

/** The category a class or major of a level belongs to, found by the category's code at that level. */
function categoryFinder(categories: readonly MajorCategory[]) {
  const byLevelCode = new Map(categories.flatMap((category) => category.codes.map((entry) => [`${entry.level} ${entry.code}`, category] as const)));
  return (level: CatalogueLevel, code: string): MajorCategory => {
    const category = byLevelCode.get(`${level} ${code.slice(0, 2)}`);
    if (!category) throw new Error(`No major category has code ${code.slice(0, 2)} at ${level}.`);
    return category;
  };
}

/** The 专业类 and majors of the 2021 catalogue and its additions, from the sourced data file. */
export function loadCatalogue(categories: readonly MajorCategory[]): { majorClasses: MajorClass[]; majors: Major[] } {
  const file = readDataFile<MajorCatalogueFile>("majors-2021.json");
  const classNames = readDataFile<MajorClassNamesFile>("major-classes-en.json");
  const categoryOf = categoryFinder(categories);
  const corroborated = new Set(file.verificationSample.filter((entry) => entry.result === "match").map((entry) => entry.code));
  const classes = new Map<string, MajorClass>();
  const majors = [...file.records, ...file.additionsAfter2021.records].map((record): Major => {
    const level = z.parse(CatalogueLevel, record.level);
    const majorCategoryId = categoryOf(level, record.classCode).id;
    if (!classes.has(record.classCode)) {
      classes.set(record.classCode, {
        id: majorClassId(record.classCode),
        code: record.classCode,
        name: record.className,
        nameEn: classNames.names[record.className],
        level,
        majorCategoryId,
        slot: classSlot(level, record.classCode),
        ...sourcedBy(catalogue2021),
        sample: false,
      });
    }
    const addedIn = record.addedIn === undefined ? "2021" : (/^\d{4}(-\d{4})?/.exec(record.addedIn)?.[0] ?? record.addedIn);
    const note = record.conflict ?? recordNotes[record.code];
    const published = addedIn === "2021" ? catalogue2021 : addedIn === "2025" ? additions2025 : additionsEarlier;
    return {
      id: majorId(record.code),
      code: record.code,
      name: record.name,
      level,
      majorCategoryId,
      classCode: record.classCode,
      addedIn,
      controlled: record.code.endsWith("K"),
      confidence: record.conflict ? "conflict" : corroborated.has(record.code) ? "corroborated" : "single",
      ...sourcedBy([published, `transcription: ${transcriptions[record.source] ?? record.source}`, note && `note: ${note}`].filter(Boolean).join("; ")),
      sample: false,
    };
  });
  return { majorClasses: [...classes.values()].sort((a, b) => a.code.localeCompare(b.code)), majors };
}
