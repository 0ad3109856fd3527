import { type CollectionName, collections } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import type { ParameterError } from "../http/query.js";
import { storage } from "./storage.js";
import type { ChanjiaoDatabase } from "./tables.js";

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
  parkIds: "parks",
};

function* references(value: unknown, path: string[] = []): Generator<{ path: string; collection: CollectionName; id: string }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* references(item, [...path, String(index)]);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  for (const [field, inner] of Object.entries(value)) {
    const collection = referenceFields[field];
    if (collection && typeof inner === "string") yield { path: [...path, field].join("."), collection, id: inner };
    else if (collection && Array.isArray(inner)) {
      for (const [index, item] of inner.entries()) if (typeof item === "string") yield { path: [...path, field, String(index)].join("."), collection, id: item };
    } else if (typeof inner === "object") yield* references(inner, [...path, field]);
  }
}

/**
 * Every reference of a record to a record that does not exist, named by its path (`council.2.organisationId`):
 * a write must not leave a programme of a school, or a council seat of an organisation, that nobody can find.
 * A region's own `region` is no reference, and neither is a record's reference to itself.
 */
export async function missingReferences(trx: Transaction<ChanjiaoDatabase>, collection: CollectionName, record: Record<string, unknown>): Promise<ParameterError[]> {
  const errors: ParameterError[] = [];
  const checked = new Map<string, boolean>();
  for (const reference of references(record)) {
    if (reference.collection === collection && reference.id === record.id) continue;
    const key = `${reference.collection} ${reference.id}`;
    if (!checked.has(key)) {
      const row = await trx.selectFrom(storage[reference.collection].table).select("id").where("id", "=", reference.id).executeTakeFirst();
      checked.set(key, row !== undefined);
    }
    if (!checked.get(key)) errors.push({ path: reference.path, message: `is not a known record of /v1/${collections[reference.collection].path}` });
  }
  return errors;
}
