import {
  majorCategories,
  majors,
  pathways,
  PathwayKind,
  organisations,
  programmes,
  type BaseClient,
  type CatalogueLevel,
  type Major,
  type MajorCategory,
  type Organisation,
  type Pathway,
  type Programme,
} from "@chanjiao/sdk";
import { collect } from "../shared/collect.js";
import { recordsById } from "../shared/records-by-id.js";

/** Which field, and optionally where, the widget shows pathways for. */
export interface PathwayQuery {
  majorCategoryId: string | undefined;
  /** A six-digit major code of the 2021 catalogue; its category is used when no category is given. */
  majorCode: string | undefined;
  region: string | undefined;
  schoolId: string | undefined;
}

export interface PathwayData {
  category: MajorCategory | undefined;
  pathways: Pathway[];
  /** The catalogue's majors of the category at each level. */
  majorsByLevel: Map<CatalogueLevel, Major[]>;
  /** Programmes per level, when a region or a school was given; otherwise `undefined`. */
  programmesByLevel: Map<CatalogueLevel, Programme[]> | undefined;
  /** The schools offering those programmes, by id (every school is also an organisation). */
  schools: Map<string, Organisation>;
}

/** The pathways of a field in the order of the policy's list, with the programmes at each level. */
export async function loadPathways(client: BaseClient, query: PathwayQuery, signal: AbortSignal): Promise<PathwayData> {
  const categoryId = query.majorCategoryId ?? (query.majorCode ? await categoryOfMajor(client, query.majorCode, signal) : undefined);
  if (categoryId === undefined) return { category: undefined, pathways: [], majorsByLevel: new Map(), programmesByLevel: undefined, schools: new Map() };
  const place = query.region || query.schoolId ? { region: query.region, schoolId: query.schoolId } : undefined;
  const [found, category, catalogue, offered] = await Promise.all([
    collect(client.collection(pathways).all({ majorCategoryId: categoryId, limit: 200 }, { signal })),
    // The name is only the title: a field without a category record still shows its pathways.
    client.collection(majorCategories).get(categoryId, { signal }).catch(() => undefined),
    collect(client.collection(majors).all({ majorCategoryId: categoryId, limit: 200 }, { signal })),
    place ? collect(client.collection(programmes).all({ majorCategoryId: categoryId, ...place, limit: 200 }, { signal })) : undefined,
  ]);
  const kindOrder = (pathway: Pathway) => PathwayKind.options.indexOf(pathway.kind);
  const schoolNames = offered && !query.schoolId ? await recordsById(client, organisations, offered.map((programme) => programme.schoolId), signal) : new Map<string, Organisation>();
  return {
    category,
    pathways: found.sort((a, b) => kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id)),
    majorsByLevel: groupByLevel(catalogue),
    programmesByLevel: offered ? groupByLevel(offered) : undefined,
    schools: schoolNames,
  };
}

async function categoryOfMajor(client: BaseClient, code: string, signal: AbortSignal): Promise<string | undefined> {
  // `q` matches codes from their start; only an exact code counts.
  const { items } = await client.collection(majors).list({ q: code, limit: 200 }, { signal });
  return items.find((major) => major.code === code)?.majorCategoryId;
}

function groupByLevel<T extends { level: CatalogueLevel }>(items: readonly T[]): Map<CatalogueLevel, T[]> {
  const byLevel = new Map<CatalogueLevel, T[]>();
  for (const item of items) byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
  return byLevel;
}
