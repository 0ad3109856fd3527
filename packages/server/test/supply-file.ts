import { writeFile } from "node:fs/promises";
import { toCsv } from "../src/files/index.ts";
import { openDatabase } from "../src/index.ts";

/** One talent-supply figure, as a city's keeper lists it. */
export interface SupplyRow {
  region: string;
  province: string;
  majorCategoryId: string;
  level: string;
  period: number;
  graduates: number;
}

/** The first period of the figures: later than any seeded one, so every row is new. */
export const firstSupplyPeriod = 2030;

/** `count` distinct figures: every region × major category × level, for as many periods from 2030 as it takes. */
export async function supplyRows(location: string, count: number): Promise<SupplyRow[]> {
  const db = await openDatabase(location);
  const regions = (await db.selectFrom("regions").select(["id", "parent"]).orderBy("id").execute()).map((row) => ({ region: row.id, province: row.parent ?? row.id }));
  const categories = (await db.selectFrom("major_categories").select("id").orderBy("id").execute()).map((row) => row.id);
  await db.destroy();
  const rows: SupplyRow[] = [];
  for (let period = firstSupplyPeriod; rows.length < count; period++) {
    for (const place of regions) {
      for (const majorCategoryId of categories) {
        for (const level of ["中职", "高职专科", "职业本科"]) if (rows.length < count) rows.push({ ...place, majorCategoryId, level, period, graduates: (rows.length * 37) % 3000 });
      }
    }
  }
  return rows;
}

/** Writes the rows as a CSV file with Chinese headers, as the template gives them. */
export async function writeSupplyCsv(file: string, rows: SupplyRow[]): Promise<void> {
  const header = ["地区代码", "省份代码", "专业大类编号", "层次", "年度", "毕业生数", "来源", "样例数据"];
  await writeFile(file, toCsv(header, rows.map((row) => [row.region, row.province, row.majorCategoryId, row.level, row.period, row.graduates, "市教育局汇总", "否"])));
}
