import {
  CatalogueLevel,
  classCodeAt,
  classSlot,
  majorCategories,
  majorLeadsOn,
  majors,
  pathways,
  PathwayKind,
  organisations,
  programmes,
  type BaseClient,
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
  /** The major the widget was given, when it was: each level then holds its 专业类 slot only. */
  major: Major | undefined;
  pathways: Pathway[];
  /** The catalogue's majors at each level: of the category, or of the given major's 专业类 slot. */
  majorsByLevel: Map<CatalogueLevel, Major[]>;
  /** Programmes per level, when a region or a school was given; otherwise `undefined`. */
  programmesByLevel: Map<CatalogueLevel, Programme[]> | undefined;
  /** The schools offering those programmes, by id (every school is also an organisation). */
  schools: Map<string, Organisation>;
}

/**
 * The pathways of a field in the order of the policy's list, with the programmes at each level.
 * Given a major, the field is its category and each level holds the majors of its 专业类 slot.
 */
export async function loadPathways(client: BaseClient, query: PathwayQuery, signal: AbortSignal): Promise<PathwayData> {
  const slot = query.majorCode ? await slotOfMajor(client, query.majorCode, signal) : undefined;
  const categoryId = query.majorCategoryId ?? slot?.major.majorCategoryId;
  if (categoryId === undefined) return { category: undefined, major: undefined, pathways: [], majorsByLevel: new Map(), programmesByLevel: undefined, schools: new Map() };
  const place = query.region || query.schoolId ? { region: query.region, schoolId: query.schoolId } : undefined;
  const [found, category, catalogue, offered] = await Promise.all([
    collect(client.collection(pathways).all({ majorCategoryId: categoryId, limit: 200 }, { signal })),
    // The name is only the title: a field without a category record still shows its pathways.
    client.collection(majorCategories).get(categoryId, { signal }).catch(() => undefined),
    slot ? slot.majors : collect(client.collection(majors).all({ majorCategoryId: categoryId, limit: 200 }, { signal })),
    place ? collect(client.collection(programmes).all({ majorCategoryId: categoryId, ...place, limit: 200 }, { signal })) : undefined,
  ]);
  const kindOrder = (pathway: Pathway) => PathwayKind.options.indexOf(pathway.kind);
  const schoolNames = offered && !query.schoolId ? await recordsById(client, organisations, offered.map((programme) => programme.schoolId), signal) : new Map<string, Organisation>();
  return {
    category,
    major: slot?.major,
    pathways: found.sort((a, b) => kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id)),
    majorsByLevel: groupByLevel(catalogue),
    programmesByLevel: offered ? groupByLevel(offered) : undefined,
    schools: schoolNames,
  };
}

/**
 * A major and the majors of its 专业类 slot at every level: the later levels are those it leads on
 * to; its own level and the earlier ones are the classes of the same slot. An unknown code rejects with a 404.
 */
async function slotOfMajor(client: BaseClient, code: string, signal: AbortSignal): Promise<{ major: Major; majors: Major[] }> {
  const { major, stages } = await client.read(majorLeadsOn, { code }, { signal });
  const slot = classSlot(major.level, major.classCode);
  const upToOwn = CatalogueLevel.options.slice(0, CatalogueLevel.options.indexOf(major.level) + 1);
  const sameSlot = await Promise.all(upToOwn.map((level) => collect(client.collection(majors).all({ classCode: classCodeAt(level, slot), level, limit: 200 }, { signal }))));
  return { major, majors: [...sameSlot.flat(), ...stages.flatMap((stage) => stage.majors)] };
}

function groupByLevel<T extends { level: CatalogueLevel }>(items: readonly T[]): Map<CatalogueLevel, T[]> {
  const byLevel = new Map<CatalogueLevel, T[]>();
  for (const item of items) byLevel.set(item.level, [...(byLevel.get(item.level) ?? []), item]);
  return byLevel;
}
