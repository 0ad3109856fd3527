import type { CollectionName, Consortium } from "@chanjiao/sdk";
import type { Transaction } from "kysely";
import type { ChanjiaoDatabase } from "./tables.js";

type Reader = Transaction<ChanjiaoDatabase>;
type AnyRecord = Record<string, unknown>;

/** The government organisations of a province: its education department and the like. */
async function governmentsOf(trx: Reader, province: unknown): Promise<string[]> {
  if (typeof province !== "string") return [];
  const rows = await trx.selectFrom("organisations").select("id").where("kind", "=", "government").where("province", "=", province).execute();
  return rows.map((row) => row.id);
}

/** The organisations that lead a consortium, or lead one built around a park. */
async function consortiumLeads(trx: Reader, match: { consortiumId?: unknown; parkId?: string }): Promise<string[]> {
  let query = trx.selectFrom("consortia").select("data");
  if (typeof match.consortiumId === "string") query = query.where("id", "=", match.consortiumId);
  else if (match.parkId === undefined) return [];
  const leads: string[] = [];
  for (const { data } of await query.execute()) {
    const consortium = JSON.parse(data) as Consortium;
    if (match.parkId === undefined || consortium.parkIds.includes(match.parkId)) leads.push(...consortium.leadOrganisationIds);
  }
  return leads;
}

const ids = (...values: unknown[]) => values.flat().filter((value): value is string => typeof value === "string");

/**
 * Who keeps each collection's records: the organisations whose editor keys may write a record, as
 * docs/operating.md tables them. A collection absent here is kept by admin keys only (reference
 * data, and records that name no organisation that could own them).
 */
const keepers: Partial<Record<CollectionName, (trx: Reader, record: AnyRecord) => Promise<string[]>>> = {
  organisations: async (_trx, r) => ids(r.id),
  schools: async (_trx, r) => ids(r.id),
  programmes: async (_trx, r) => ids(r.schoolId),
  practiceCentres: async (trx, r) => ids(r.operatorId, await consortiumLeads(trx, { consortiumId: r.consortiumId })),
  servicePlatforms: async (trx, r) => ids(r.operatorId, await consortiumLeads(trx, { consortiumId: r.consortiumId })),
  consortia: async (_trx, r) => ids(r.leadOrganisationIds),
  parks: async (trx, r) => ids(await consortiumLeads(trx, { parkId: String(r.id) }), await governmentsOf(trx, r.province)),
  talentDemand: async (_trx, r) => ids(r.publisherId),
  talentSupply: async (trx, r) => governmentsOf(trx, r.province),
  provincialLists: async (trx, r) => governmentsOf(trx, r.province),
};

/** True when the organisation keeps the record, so that its editor keys may write it. */
export async function keeps(trx: Reader, organisationId: string, collection: CollectionName, record: AnyRecord): Promise<boolean> {
  const rule = keepers[collection];
  return rule !== undefined && (await rule(trx, record)).includes(organisationId);
}

/** True when editors may keep records of the collection at all. */
export function editorsKeep(collection: CollectionName): boolean {
  return collection in keepers;
}
