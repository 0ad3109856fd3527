import type { CollectionName } from "@chanjiao/sdk";

type AnyRecord = Record<string, unknown>;

/**
 * How a row without an `id` finds the record it updates: the fields that name one record in the
 * domain. Collections absent here match by `id` only; a row without one creates a record.
 */
const naturalKeys: Partial<Record<CollectionName, (record: AnyRecord) => string>> = {
  /** A school offers a major at a level once. */
  programmes: (r) => JSON.stringify([r.schoolId, r.majorCode, r.level]),
  /** One figure per region, major category, level and period. */
  talentSupply: (r) => JSON.stringify([r.region, r.majorCategoryId, r.level, r.period]),
};

/** The natural key of a collection's records, if it has one. */
export function naturalKeyOf(collection: CollectionName): ((record: AnyRecord) => string) | undefined {
  return naturalKeys[collection];
}
