import { type CollectionName, collections } from "@chanjiao/sdk";
import type { Lookups } from "./lookups.js";

/** Fields that name a record of another collection, wherever they appear in a record (in lists and nested objects too). */
const referenceFields: Record<string, CollectionName> = {
  region: "regions",
  province: "regions",
  parent: "regions",
  schoolId: "schools",
  majorId: "majors",
  majorCategoryId: "majorCategories",
  consortiumId: "consortia",
  operatorId: "organisations",
  publisherId: "organisations",
  organisationId: "organisations",
  partnerIds: "organisations",
  leadOrganisationIds: "organisations",
  organiserIds: "organisations",
  parkIds: "parks",
};

/** The collections whose records others name: only their existence is ever looked up. */
export const referencedCollections: ReadonlySet<CollectionName> = new Set(Object.values(referenceFields));

/** A reference of a record to one of another collection, by its path in the record. */
export interface Reference {
  path: string;
  collection: CollectionName;
  id: string;
}

function* references(value: unknown, path: string[] = []): Generator<Reference> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* references(item, [...path, String(index)]);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const field in value) {
    const inner = (value as Record<string, unknown>)[field];
    const collection = Object.hasOwn(referenceFields, field) ? referenceFields[field] : undefined;
    if (collection && typeof inner === "string") yield { path: path.length ? [...path, field].join(".") : field, collection, id: inner };
    else if (collection && Array.isArray(inner)) {
      for (const [index, item] of inner.entries()) if (typeof item === "string") yield { path: [...path, field, String(index)].join("."), collection, id: item };
    } else if (typeof inner === "object") yield* references(inner, [...path, field]);
  }
}

/**
 * Every reference of a record to a record that does not exist: a write must not leave a programme
 * of a school, or a council seat of an organisation, that nobody can find. A record's reference to
 * itself (a region's own code) is no reference.
 */
export async function missingReferences(lookups: Lookups, collection: CollectionName, record: Record<string, unknown>): Promise<Reference[]> {
  const missing: Reference[] = [];
  for (const reference of references(record)) {
    if (reference.collection === collection && reference.id === record.id) continue;
    const exists = lookups.exists(reference.collection, reference.id);
    if (!(exists === true || (exists !== false && (await exists)))) missing.push(reference);
  }
  return missing;
}

/** The message of a missing reference, naming the collection it should be in. */
export function missingReferenceMessage(reference: Reference): string {
  return `is not a known record of /v1/${collections[reference.collection].path}`;
}
