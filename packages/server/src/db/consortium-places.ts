import { sql } from "kysely";

/** Where a consortium counts: one row per consortium and place. */
export interface ConsortiumPlace {
  id: string;
  kind: string;
  province: string;
  region: string | null;
}

/**
 * The places of every consortium. A city consortium (and any consortium with a place of its own)
 * is where its record says; an industry community spans regions, so it is also wherever one of
 * its lead or council organisations is. `union` keeps each consortium once per place. Both the
 * `region` filter of the consortia list and the counts endpoint read this one definition, so a
 * map's count always equals the length of the list it links to.
 */
export const consortiumPlaces = sql<ConsortiumPlace>`(
  select id, kind, province, region from consortia where province is not null
  union
  select consortia.id, consortia.kind, organisations.province, organisations.region
  from consortia
  join record_links on record_links.collection = 'consortia' and record_links.attribute = 'organisation' and record_links.record_id = consortia.id
  join organisations on organisations.id = record_links.value
  where consortia.kind = 'industry' and organisations.province is not null
)`;
