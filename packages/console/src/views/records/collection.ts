import { type CollectionName, collections } from "@chanjiao/sdk";
import type { SignedIn } from "../../app/session.js";

type AnyRecord = Record<string, unknown>;

/** The collection a route names by its path, if the key may write it. */
export function collectionAt(signedIn: SignedIn, path: string): CollectionName | null {
  return signedIn.collections.find((collection) => collection.path === path)?.name ?? null;
}

/** The fields that name a record, in the order looked for. */
const titleFields = ["name", "title", "majorName", "occupation"];

/** The field that names a collection's records, for the first column of its table. */
export function titleField(name: CollectionName): string {
  return titleFields.find((field) => field in collections[name].schema.shape) ?? "id";
}

/** What a person calls a record: its name, title or occupation, else its id. */
export function titleOf(record: AnyRecord): string {
  for (const field of titleFields) {
    if (typeof record[field] === "string" && record[field]) return record[field] as string;
  }
  if (typeof record.period === "number") return `${record.period} · ${String(record.id)}`;
  return String(record.id ?? "");
}

/** The columns of each collection's table besides the title, by field name: what tells records apart at a glance. */
export const tableColumns: Record<CollectionName, readonly string[]> = {
  regions: ["code", "level", "parent"],
  parks: ["region"],
  organisations: ["kind", "level", "region"],
  schools: ["level", "region"],
  consortia: ["kind", "status", "region", "batch"],
  majorCategories: ["code", "order"],
  majors: ["code", "level", "majorCategoryId"],
  programmes: ["majorCode", "level", "years", "enrolmentPlan", "year"],
  talentDemand: ["industry", "level", "headcount", "period", "status"],
  talentSupply: ["majorCategoryId", "level", "graduates", "region"],
  practiceCentres: ["kind", "region"],
  servicePlatforms: ["kind", "consortiumId"],
  pathways: ["kind", "majorCategoryId"],
  cooperationProjects: ["kind", "status", "year"],
  events: ["kind", "start", "place"],
  provincialLists: ["kind", "year", "province"],
  majorClasses: ["code", "level", "majorCategoryId"],
  provincePilots: ["stage", "province", "date"],
  incentivePolicies: ["kinds", "province", "date"],
  implementingDocuments: ["publisher", "province", "date"],
};

/**
 * The list filters that find the records an editor's organisation keeps, as far as the filters can
 * tell (the server's keeper rules decide every write): its own programmes, postings, centres and
 * consortia, its own organisation or school record, and its province's records for a government.
 * `null` where no filter narrows the list: every record is listed, and the server refuses those not kept.
 */
export async function editorScope(signedIn: SignedIn, name: CollectionName): Promise<AnyRecord | null> {
  const own = signedIn.session.organisation.id;
  switch (name) {
    case "programmes":
      return { schoolId: own };
    case "talentDemand":
      return { publisherId: own };
    case "practiceCentres":
      return { operatorId: own };
    case "consortia":
      return { organisationId: own };
    case "organisations":
    case "schools":
      return { id: own };
    case "parks":
    case "talentSupply":
    case "provincialLists": {
      const organisation = await signedIn.client.organisations.get(own);
      const province = organisation.province ?? "000000";
      return name === "provincialLists" ? { province } : { region: province };
    }
    default:
      return null;
  }
}

/** The definition of a collection, from the SDK's table. */
export const definitionOf = (name: CollectionName) => collections[name];
