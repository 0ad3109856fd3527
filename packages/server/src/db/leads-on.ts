import { CatalogueLevel, classCodeAt, classSlot, type Major, type MajorLeadsOn } from "@chanjiao/sdk";
import { majorClassId } from "../seed/catalogue.js";
import type { Database } from "./open.js";
import { holdsNul } from "./query.js";

/** How the relation is derived, for a page to show beside it. */
export const leadsOnNote =
  "Derived from the catalogue's structure: the three levels share their 专业类 slots (中职 7102 = 高职专科 5102 = 职业本科 3102, 计算机类), so a major leads on to the majors of its slot at each later level. Not an official 衔接 table.";

const majorsOf = (rows: ReadonlyArray<{ data: string }>) => rows.map((row) => JSON.parse(row.data) as Major);

/** The majors a major leads on to at each later level, or undefined when no major has the code. */
export async function leadsOn(db: Database, code: string): Promise<MajorLeadsOn | undefined> {
  if (holdsNul(code)) return undefined;
  // The stored name of a major starts with its code and a space.
  const row = await db.selectFrom("majors").select("data").where("name", "like", `${code} %`).executeTakeFirst();
  if (row === undefined) return undefined;
  const major = JSON.parse(row.data) as Major;
  const slot = classSlot(major.level, major.classCode);
  const later = CatalogueLevel.options.slice(CatalogueLevel.options.indexOf(major.level) + 1);
  const stages = await Promise.all(
    later.map(async (level) => {
      const classCode = classCodeAt(level, slot);
      const [found, rows] = await Promise.all([
        db.selectFrom("major_classes").select("id").where("id", "=", majorClassId(classCode)).executeTakeFirst(),
        db.selectFrom("majors").select("data").where("class_code", "=", classCode).where("level", "=", level).orderBy("id").execute(),
      ]);
      return { level, classId: found?.id ?? null, majors: majorsOf(rows) };
    }),
  );
  return { major, stages, basis: "class-slot", note: leadsOnNote };
}
