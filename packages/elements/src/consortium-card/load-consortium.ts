import {
  type BaseClient,
  type Consortium,
  consortia,
  type Organisation,
  organisations,
  type Park,
  parks,
  type PracticeCentre,
  practiceCentres,
  type Programme,
  programmes,
  type Region,
  regions,
  type ServicePlatform,
  servicePlatforms,
} from "@chanjiao/sdk";

/** A consortium with the records its card names: organisations, parks, regions, programmes, practice centres, service platforms. */
export interface ConsortiumDetails {
  consortium: Consortium;
  organisations: Map<string, Organisation>;
  parks: Park[];
  regions: Map<string, Region>;
  programmes: Programme[];
  practiceCentres: PracticeCentre[];
  servicePlatforms: ServicePlatform[];
}

export type CardLayout = "compact" | "full";

/** The fulfilled values; a related record that cannot be read leaves a gap rather than failing the card. */
async function settled<T>(promises: Array<Promise<T>>): Promise<T[]> {
  const results = await Promise.allSettled(promises);
  return results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
}

const unique = <T>(items: Iterable<T>) => [...new Set(items)];

/**
 * Reads a consortium, then what its card shows beside it. The compact layout reads only what it
 * shows (names of regions, parks and leads); the full one adds council members, the programmes of
 * member schools, the practice centres attached to the consortium and its technology service
 * platforms with the organisations that run them.
 */
export async function loadConsortium(client: BaseClient, id: string, layout: CardLayout, signal: AbortSignal): Promise<ConsortiumDetails> {
  const consortium = await client.collection(consortia).get(id, { signal });
  const full = layout === "full";
  const organisationIds = unique([...consortium.leadOrganisationIds, ...(full ? consortium.council.map((seat) => seat.organisationId) : [])]);
  const regionCodes = unique([consortium.province, consortium.region].filter((code): code is string => code !== null));
  const [orgs, parkRecords, regionRecords, centres, platformPages] = await Promise.all([
    settled(organisationIds.map((orgId) => client.collection(organisations).get(orgId, { signal }))),
    settled(consortium.parkIds.map((parkId) => client.collection(parks).get(parkId, { signal }))),
    settled(regionCodes.map((code) => client.collection(regions).get(code, { signal }))),
    full ? settled([client.collection(practiceCentres).list({ consortiumId: id, limit: 200 }, { signal })]) : [],
    full ? settled([client.collection(servicePlatforms).list({ consortiumId: id, limit: 200 }, { signal })]) : [],
  ]);
  const platforms = platformPages.flatMap((page) => page.items);
  const schoolIds = full ? orgs.filter((org) => org.kind === "school").map((org) => org.id) : [];
  const operatorIds = unique(platforms.flatMap((platform) => platform.operatorId ?? [])).filter((orgId) => !organisationIds.includes(orgId));
  const [programmePages, operators] = await Promise.all([
    settled(schoolIds.map((schoolId) => client.collection(programmes).list({ schoolId, limit: 50 }, { signal }))),
    settled(operatorIds.map((orgId) => client.collection(organisations).get(orgId, { signal }))),
  ]);
  return {
    consortium,
    organisations: new Map([...orgs, ...operators].map((org) => [org.id, org])),
    parks: parkRecords,
    regions: new Map(regionRecords.map((region) => [region.code, region])),
    programmes: programmePages.flatMap((page) => page.items),
    practiceCentres: centres.flatMap((page) => page.items),
    servicePlatforms: platforms,
  };
}
