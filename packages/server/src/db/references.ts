import { type CollectionName, collections, referenceFields } from "@chanjiao/sdk";
import { namesCatalogueStructure } from "./catalogue-structure.js";
import type { Lookups } from "./lookups.js";

/** A record's key in the lookups: its collection and id. */
export function recordKey(collection: CollectionName, id: string): string {
  return `${collection} ${id}`;
}

/** The collections whose records others name: only their existence is ever looked up. */
export const referencedCollections: ReadonlySet<CollectionName> = new Set(Object.values(referenceFields));

/** A reference of a record to one of another collection, by its path in the record. */
export interface Reference {
  path: string;
  collection: CollectionName;
  id: string;
}

/**
 * Adds the references found in a value to `found`; `prefix` is the path that leads to the value,
 * with a trailing dot. A path is made only for a reference or a nested object: an import walks every row.
 */
function collectReferences(value: unknown, prefix: string, found: Reference[]): void {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (typeof item === "object" && item !== null) collectReferences(item, `${prefix}${index}.`, found);
    }
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const field in value) {
    const inner = (value as Record<string, unknown>)[field];
    const collection = Object.hasOwn(referenceFields, field) ? referenceFields[field] : undefined;
    if (collection && typeof inner === "string") found.push({ path: prefix + field, collection, id: inner });
    else if (collection && Array.isArray(inner)) {
      for (const [index, item] of inner.entries()) if (typeof item === "string") found.push({ path: `${prefix}${field}.${index}`, collection, id: item });
    } else if (typeof inner === "object" && inner !== null) collectReferences(inner, `${prefix}${field}.`, found);
  }
}

/**
 * The references a record makes to other records, which must exist: a write must not leave a
 * programme of a school, or a council seat of an organisation, that nobody can find. A record's
 * reference to itself (a region's own code) is no reference. Needs no database (an import's worker
 * thread lists them).
 */
export function referencesOf(collection: CollectionName, record: Record<string, unknown>): Reference[] {
  const found: Reference[] = [];
  collectReferences(record, "", found);
  return found.filter((reference) => reference.collection !== collection || reference.id !== record.id);
}

/**
 * True when the only check of a new record that needs the database, for an admin, is whether the
 * records it names exist: no place in the catalogue's structure, no credit code. Needs no database
 * (an import's worker thread tells).
 */
export function onlyReferencesToCheck(collection: CollectionName, record: Record<string, unknown>): boolean {
  return collection !== "organisations" && !namesCatalogueStructure(collection, record);
}

/** The records a record names, by their keys in the lookups (see {@link recordKey}): what an admin's new record is checked against. */
export function namedRecords(collection: CollectionName, record: Record<string, unknown>): string[] {
  return referencesOf(collection, record).map((reference) => recordKey(reference.collection, reference.id));
}

/**
 * The records a new record names (see {@link namedRecords}) when they are all that is left to check
 * of it (see {@link onlyReferencesToCheck}), else undefined: what an import's worker thread lists for
 * the thread that stores, so that it need not walk the record again.
 */
export function namedIfOnlyReferences(collection: CollectionName, record: Record<string, unknown>): string[] | undefined {
  return onlyReferencesToCheck(collection, record) ? namedRecords(collection, record) : undefined;
}

/** Every reference of a record to a record that does not exist (see {@link referencesOf}). */
export async function missingReferences(lookups: Lookups, collection: CollectionName, record: Record<string, unknown>): Promise<Reference[]> {
  const missing: Reference[] = [];
  for (const reference of referencesOf(collection, record)) {
    const exists = lookups.exists(reference.collection, reference.id);
    if (!(exists === true || (exists !== false && (await exists)))) missing.push(reference);
  }
  return missing;
}

/** The message of a missing reference, naming the collection it should be in. */
export function missingReferenceMessage(reference: Reference): string {
  return `is not a known record of /v1/${collections[reference.collection].path}`;
}
