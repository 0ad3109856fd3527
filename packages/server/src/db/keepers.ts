import type { CollectionName } from "@chanjiao/sdk";
import type { Lookups } from "./lookups.js";

type AnyRecord = Record<string, unknown>;

const ids = (...values: unknown[]) => values.flat().filter((value): value is string => typeof value === "string");

/** The organisations that lead a consortium. */
async function leadsOf(lookups: Lookups, consortiumId: unknown): Promise<string[]> {
  if (typeof consortiumId !== "string") return [];
  return (await lookups.consortia(consortiumId)).flatMap((consortium) => consortium.leadOrganisationIds);
}

/** The organisations that lead a consortium built around a park. */
async function parkLeads(lookups: Lookups, parkId: unknown): Promise<string[]> {
  return (await lookups.consortia()).filter((consortium) => consortium.parkIds.includes(String(parkId))).flatMap((consortium) => consortium.leadOrganisationIds);
}

const governments = (lookups: Lookups, province: unknown) => (typeof province === "string" ? lookups.governmentsOf(province) : Promise.resolve([]));

/**
 * Who keeps each collection's records: the organisations whose editor keys may write a record, as
 * docs/operating.md tables them. A collection absent here is reference data, kept by admin keys
 * only; so is a record whose rule names no organisation (a pathway of no school, an event of no
 * organiser in the data).
 */
const keepers: Partial<Record<CollectionName, (lookups: Lookups, record: AnyRecord) => Promise<string[]>>> = {
  organisations: async (_lookups, r) => ids(r.id),
  schools: async (_lookups, r) => ids(r.id),
  programmes: async (_lookups, r) => ids(r.schoolId),
  practiceCentres: async (lookups, r) => ids(r.operatorId, await leadsOf(lookups, r.consortiumId)),
  servicePlatforms: async (lookups, r) => ids(r.operatorId, await leadsOf(lookups, r.consortiumId)),
  consortia: async (_lookups, r) => ids(r.leadOrganisationIds),
  parks: async (lookups, r) => ids(await parkLeads(lookups, r.id), await governments(lookups, r.province)),
  talentDemand: async (_lookups, r) => ids(r.publisherId),
  talentSupply: (lookups, r) => governments(lookups, r.province),
  provincialLists: (lookups, r) => governments(lookups, r.province),
  pathways: async (_lookups, r) => ids(r.schoolId),
  events: async (_lookups, r) => ids(r.organiserIds),
  cooperationProjects: async (_lookups, r) => ids(r.leadOrganisationIds),
};

/** True when the organisation keeps the record, so that its editor keys may write it. */
export async function keeps(lookups: Lookups, organisationId: string, collection: CollectionName, record: AnyRecord): Promise<boolean> {
  const rule = keepers[collection];
  return rule !== undefined && (await rule(lookups, record)).includes(organisationId);
}

/** True when editors may keep records of the collection at all. */
export function editorsKeep(collection: CollectionName): boolean {
  return collection in keepers;
}
