import type { ConsortiumCounts, CountsQuery, KindCounts, Region } from "@chanjiao/sdk";
import { consortiumPlaces } from "./consortium-places.js";
import type { Database } from "./open.js";
import { filteredQuery } from "./query.js";
import { groupBy } from "./group-by.js";

type Tally = { kind: string; n: number | string | bigint };

function kindCounts(rows: readonly Tally[]): KindCounts {
  const of = (kind: string) => Number(rows.find((row) => row.kind === kind)?.n ?? 0);
  const city = of("city");
  const industry = of("industry");
  return { city, industry, all: city + industry };
}

/**
 * Consortia per province and per city, by kind, computed in SQL over the places of each
 * consortium. Every province is listed (with zeros); cities only where something counts.
 * `undefined` when `query.province` names no province.
 */
export async function countConsortia(db: Database, query: Omit<CountsQuery, "province"> & { province?: string | undefined }): Promise<ConsortiumCounts | undefined> {
  const matching = filteredQuery(db, "consortia", { kind: query.kind, industry: query.industry }).select("id");
  let places = db.selectFrom(consortiumPlaces.as("places")).where("places.id", "in", matching);
  if (query.province !== undefined) places = places.where("places.province", "=", query.province);

  const distinctIds = places.select((eb) => ["places.kind as kind", eb.fn.count<number>("places.id").distinct().as("n")]);
  const [perProvince, perCity, totals] = await Promise.all([
    distinctIds.select("places.province as code").groupBy(["places.province", "places.kind"]).execute(),
    distinctIds
      .select(["places.province as province", "places.region as code"])
      .where("places.region", "is not", null)
      .whereRef("places.region", "<>", "places.province")
      .groupBy(["places.province", "places.region", "places.kind"])
      .execute(),
    distinctIds.groupBy("places.kind").execute(),
  ]);

  let provinceRows = db.selectFrom("regions").select("data").where("level", "=", "province");
  if (query.province !== undefined) provinceRows = provinceRows.where("id", "=", query.province);
  const provinces = (await provinceRows.orderBy("id").execute()).map((row) => JSON.parse(row.data) as Region);
  if (query.province !== undefined && provinces.length === 0) return undefined;

  const cityCodes = [...new Set(perCity.map((row) => String(row.code)))];
  const cityRegions = cityCodes.length === 0 ? [] : await db.selectFrom("regions").select("data").where("id", "in", cityCodes).execute();
  const cityNames = new Map(cityRegions.map((row) => JSON.parse(row.data) as Region).map((city) => [city.code, city]));

  const provinceTallies = groupBy(perProvince, (row) => row.code);
  const cityTallies = groupBy(perCity, (row) => row.province);
  return {
    totals: kindCounts(totals),
    provinces: provinces.map((province) => ({
      code: province.code,
      name: province.name,
      shortName: province.shortName,
      nameEn: province.nameEn,
      counts: kindCounts(provinceTallies.get(province.code) ?? []),
      cities: [...groupBy(cityTallies.get(province.code) ?? [], (row) => String(row.code))]
        // A code no region record names (a county, a typo in a source) is not a city to show.
        .filter(([code]) => cityNames.has(code))
        .map(([code, rows]) => ({ code, name: cityNames.get(code)!.name, nameEn: cityNames.get(code)!.nameEn, counts: kindCounts(rows) }))
        .sort((a, b) => a.code.localeCompare(b.code)),
    })),
  };
}
