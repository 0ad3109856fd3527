import type { CollectionName } from "@chanjiao/sdk";

type AnyRecord = Record<string, unknown>;

/**
 * How a row without an `id` finds the record it updates: the fields that name one record in the
 * domain. Collections absent here match by `id` only; a row without one creates a record.
 */
const naturalKeyFields: Partial<Record<CollectionName, readonly string[]>> = {
  /** A school offers a major at a level once. */
  programmes: ["schoolId", "majorCode", "level"],
  /** One figure per region, major category, level and period. */
  talentSupply: ["region", "majorCategoryId", "level", "period"],
};

/** A collection's natural key: its fields, and the key of a record as text. */
export interface NaturalKey {
  fields: readonly string[];
  (record: AnyRecord): string;
}

const naturalKeys = new Map<CollectionName, NaturalKey>();

/** The natural key of a collection's records, if it has one. */
export function naturalKeyOf(collection: CollectionName): NaturalKey | undefined {
  const fields = naturalKeyFields[collection];
  if (!fields) return undefined;
  let key = naturalKeys.get(collection);
  if (!key) naturalKeys.set(collection, (key = Object.assign((record: AnyRecord) => JSON.stringify(fields.map((field) => record[field])), { fields })));
  return key;
}

/** True when two records have the same natural key (compared field by field, without making it). */
export function sameNaturalKey(key: NaturalKey, one: AnyRecord, other: AnyRecord): boolean {
  return key.fields.every((field) => one[field] === other[field]);
}
