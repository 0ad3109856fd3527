import type { CollectionName } from "@chanjiao/sdk";

type AnyRecord = Record<string, unknown>;

/** A collection's natural key: its fields, and the key of a record as text. */
export interface NaturalKey {
  fields: readonly string[];
  (record: AnyRecord): string;
}

function keyOf(fields: readonly string[]): NaturalKey {
  return Object.assign((record: AnyRecord) => JSON.stringify(fields.map((field) => record[field])), { fields });
}

/**
 * How a row without an `id` finds the record it updates: the fields that name one record in the
 * domain. Collections absent here match by `id` only; a row without one creates a record.
 */
const naturalKeys: Partial<Record<CollectionName, NaturalKey>> = {
  /** A school offers a major at a level once. */
  programmes: keyOf(["schoolId", "majorCode", "level"]),
  /** One figure per region, major category, level and period. */
  talentSupply: keyOf(["region", "majorCategoryId", "level", "period"]),
};

/** The natural key of a collection's records, if it has one. */
export function naturalKeyOf(collection: CollectionName): NaturalKey | undefined {
  return naturalKeys[collection];
}

/** True when two records have the same natural key (compared field by field, without making it). */
export function sameNaturalKey(key: NaturalKey, one: AnyRecord, other: AnyRecord): boolean {
  return key.fields.every((field) => one[field] === other[field]);
}
