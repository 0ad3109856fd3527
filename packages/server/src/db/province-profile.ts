import type { CollectionName, CooperationProject, ProfileCount, ProfileLevel, ProfileTalentGap, ProvinceProfile, RecordOf, Region } from "@chanjiao/sdk";
import { sql } from "kysely";
import { computeGaps } from "./gaps.js";
import type { Database } from "./open.js";
import { type FilterValues, filteredQuery, getRecord } from "./query.js";

async function recordsOf<N extends CollectionName>(db: Database, collection: N, filters: FilterValues): Promise<Array<RecordOf<N>>> {
  const rows = await filteredQuery(db, collection, filters).select("data").orderBy("id").execute();
  return rows.map((row) => JSON.parse(row.data) as RecordOf<N>);
}

/** How many records the collection's list answers for these filters, and whether any is sample data. */
async function countOf(db: Database, collection: CollectionName, filters: FilterValues): Promise<ProfileCount> {
  const row = await filteredQuery(db, collection, filters)
    .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.coalesce(eb.fn.max<number>("sample"), sql<number>`0`).as("sample")])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), sample: Number(row.sample) === 1 };
}

/** Records per level of a collection's list for these filters. */
async function countsPerLevel(db: Database, collection: "schools" | "programmes", filters: FilterValues): Promise<Map<string, ProfileCount>> {
  const rows = await filteredQuery(db, collection, filters)
    .select((eb) => [eb.ref("level").as("level"), eb.fn.countAll<number>().as("count"), eb.fn.max<number>("sample").as("sample")])
    .groupBy("level")
    .execute();
  return new Map(rows.map((row) => [String(row.level), { count: Number(row.count), sample: Number(row.sample) === 1 }]));
}

async function levelsOf(db: Database, province: string): Promise<ProfileLevel[]> {
  const [schools, programmes] = await Promise.all([countsPerLevel(db, "schools", { region: province }), countsPerLevel(db, "programmes", { region: province })]);
  const order = ["中职", "技工学校", "高职专科", "职业本科", "应用型本科", "综合高中"];
  return order.flatMap((level) => {
    const school = schools.get(level);
    const programme = programmes.get(level);
    if (!school && !programme) return [];
    return [{ level: level as ProfileLevel["level"], schools: school?.count ?? 0, programmes: programme?.count ?? 0, sample: Boolean(school?.sample || programme?.sample) }];
  });
}

/**
 * Cooperation projects name their Chinese partners as text, so a project counts for a province when
 * a partner is named after the province or one of its cities.
 */
async function cooperationOf(db: Database, province: Region): Promise<ProfileCount> {
  const cities = await recordsOf(db, "regions", { parent: province.code });
  // Short names are what partners are named after: 天津 in 天津职业大学, 济南 in 济南职业学院.
  const stems = [province.shortName, ...cities.map((city) => city.shortName)];
  const projects: CooperationProject[] = await recordsOf(db, "cooperationProjects", {});
  const counted = projects.filter((project) => project.partners.some((partner) => stems.some((stem) => partner.includes(stem))));
  return { count: counted.length, sample: counted.some((project) => project.sample) };
}

/** The latest period with both demand and supply, its totals and its largest shortage, as `/v1/talent/gaps` answers them. */
async function talentGapOf(db: Database, province: string): Promise<ProfileTalentGap | null> {
  const gaps = await computeGaps(db, "majorCategory", { region: province });
  const at = (period: number) => gaps.items.map((item) => ({ item, point: item.trend.find((point) => point.period === period) }));
  const period = [...gaps.periods].reverse().find((candidate) => at(candidate).some(({ point }) => point && point.demand > 0) && at(candidate).some(({ point }) => point && (point.supply ?? 0) > 0));
  if (period === undefined) return null;
  const cells = at(period).flatMap(({ item, point }) => (point ? [{ item, demand: point.demand, supply: point.supply ?? 0 }] : []));
  const demand = cells.reduce((sum, cell) => sum + cell.demand, 0);
  const supply = cells.reduce((sum, cell) => sum + cell.supply, 0);
  const short = cells.filter((cell) => cell.demand > cell.supply).sort((a, b) => b.demand - b.supply - (a.demand - a.supply) || (a.item.key < b.item.key ? -1 : 1))[0];
  return {
    period,
    demand,
    supply,
    gap: demand - supply,
    largestShortage: short ? { majorCategoryId: short.item.key, label: short.item.label, ...(short.item.labelEn ? { labelEn: short.item.labelEn } : {}), gap: short.demand - short.supply } : null,
    sample: gaps.sample,
  };
}

const byDate = (a: { date: string | null; id: string }, b: { date: string | null; id: string }) => (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id);

/**
 * What is known of a province: its reform records and its figures, each counted as the collection's
 * own list counts it (the same filters), so the profile never disagrees with the lists it leads to.
 * `undefined` when the code names no province.
 */
export async function computeProvinceProfile(db: Database, code: string): Promise<ProvinceProfile | undefined> {
  const stored = await getRecord(db, "regions", code);
  const region = stored === undefined ? undefined : (JSON.parse(stored) as Region);
  if (!region || region.level !== "province") return undefined;
  const place = { region: code };
  const [pilots, policies, documents, cityConsortia, industryCommunities, levels, practiceCentres, cooperationProjects, talentGap] = await Promise.all([
    recordsOf(db, "provincePilots", { province: code }),
    recordsOf(db, "incentivePolicies", { province: code }),
    recordsOf(db, "implementingDocuments", place),
    countOf(db, "consortia", { ...place, kind: "city" }),
    countOf(db, "consortia", { ...place, kind: "industry" }),
    levelsOf(db, code),
    countOf(db, "practiceCentres", place),
    cooperationOf(db, region),
    talentGapOf(db, code),
  ]);
  return {
    province: { code, name: region.name, shortName: region.shortName, nameEn: region.nameEn },
    // Undated records go last in either order: a gap is no date.
    pilots: pilots.sort((a, b) => (a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : byDate(a, b)),
    policies: policies.sort((a, b) => (a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : byDate(b, a)),
    documents: documents.sort((a, b) => (a.date === null) !== (b.date === null) ? (a.date === null ? 1 : -1) : byDate(b, a)),
    figures: { cityConsortia, industryCommunities, levels, practiceCentres, cooperationProjects, talentGap },
  };
}
