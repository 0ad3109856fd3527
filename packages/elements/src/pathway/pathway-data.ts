import {
  majorCategories,
  majors,
  pathways,
  PathwayKind,
  organisations,
  programmes,
  type BaseClient,
  type CatalogueLevel,
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
  /** Programmes per level, when a region or a school was given; otherwise `undefined`. */
  programmesByLevel: Map<CatalogueLevel, Programme[]> | undefined;
  /** The schools offering those programmes, by id (every school is also an organisation). */
  schools: Map<string, Organisation>;
}

/** The pathways of a field in the order of the policy's list, with the programmes at each level. */
export async function loadPathways(client: BaseClient, query: PathwayQuery, signal: AbortSignal): Promise<PathwayData> {
  const categoryId = query.majorCategoryId ?? (query.majorCode ? await categoryOfMajor(client, query.majorCode, signal) : undefined);
  if (categoryId === undefined) return { category: undefined, pathways: [], programmesByLevel: undefined, schools: new Map() };
  const place = query.region || query.schoolId ? { region: query.region, schoolId: query.schoolId } : undefined;
  const [found, category, offered] = await Promise.all([
    collect(client.collection(pathways).all({ majorCategoryId: categoryId, limit: 200 }, { signal })),
    // The name is only the title: a field without a category record still shows its pathways.
    client.collection(majorCategories).get(categoryId, { signal }).catch(() => undefined),
    place ? collect(client.collection(programmes).all({ majorCategoryId: categoryId, ...place, limit: 200 }, { signal })) : undefined,
  ]);
  const kindOrder = (pathway: Pathway) => PathwayKind.options.indexOf(pathway.kind);
  const schoolNames = offered && !query.schoolId ? await recordsById(client, organisations, offered.map((programme) => programme.schoolId), signal) : new Map<string, Organisation>();
  return {
    category,
    pathways: found.sort((a, b) => kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id)),
    programmesByLevel: offered ? groupByLevel(offered) : undefined,
    schools: schoolNames,
  };
}

async function categoryOfMajor(client: BaseClient, code: string, signal: AbortSignal): Promise<string | undefined> {
  // `q` matches the code as text; only an exact code counts.
  const { items } = await client.collection(majors).list({ q: code, limit: 200 }, { signal });
  return items.find((major) => major.code === code)?.majorCategoryId;
}

function groupByLevel(items: readonly Programme[]): Map<CatalogueLevel, Programme[]> {
  const byLevel = new Map<CatalogueLevel, Programme[]>();
  for (const programme of items) byLevel.set(programme.level, [...(byLevel.get(programme.level) ?? []), programme]);
  return byLevel;
}
