import type * as z from "zod/mini";
import { Consortium } from "./consortium.js";
import { CooperationProject } from "./cooperation.js";
import { Event } from "./event.js";
import * as F from "./filters.js";
import { Major, MajorCategory } from "./major.js";
import { Organisation, School } from "./organisation.js";
import { Park } from "./park.js";
import { Pathway } from "./pathway.js";
import { PracticeCentre } from "./practice-centre.js";
import { Programme } from "./programme.js";
import { ProvincialList } from "./provincial-list.js";
import { Region } from "./region.js";
import { TalentDemand, TalentSupply } from "./talent.js";

/**
 * Every collection of the API: its path under `/v1`, the schema of one record and the filters of
 * its list. The server's routes, the OpenAPI document and the SDK's method groups are all made
 * from this table.
 */
export const collections = {
  regions: { path: "regions", schema: Region, filters: F.RegionFilters },
  parks: { path: "parks", schema: Park, filters: F.ParkFilters },
  organisations: { path: "organisations", schema: Organisation, filters: F.OrganisationFilters },
  schools: { path: "schools", schema: School, filters: F.SchoolFilters },
  consortia: { path: "consortia", schema: Consortium, filters: F.ConsortiumFilters },
  majorCategories: { path: "major-categories", schema: MajorCategory, filters: F.MajorCategoryFilters },
  majors: { path: "majors", schema: Major, filters: F.MajorFilters },
  programmes: { path: "programmes", schema: Programme, filters: F.ProgrammeFilters },
  talentDemand: { path: "talent-demand", schema: TalentDemand, filters: F.TalentDemandFilters },
  talentSupply: { path: "talent-supply", schema: TalentSupply, filters: F.TalentSupplyFilters },
  practiceCentres: { path: "practice-centres", schema: PracticeCentre, filters: F.PracticeCentreFilters },
  pathways: { path: "pathways", schema: Pathway, filters: F.PathwayFilters },
  cooperationProjects: { path: "cooperation-projects", schema: CooperationProject, filters: F.CooperationFilters },
  events: { path: "events", schema: Event, filters: F.EventFilters },
  provincialLists: { path: "provincial-lists", schema: ProvincialList, filters: F.ProvincialListFilters },
} as const satisfies Record<string, { path: string; schema: z.ZodMiniObject; filters: z.ZodMiniObject }>;

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
/** The record type of a collection. */
export type RecordOf<N extends CollectionName> = z.infer<Collections[N]["schema"]>;
/** The filters a collection's list accepts. */
export type FiltersOf<N extends CollectionName> = z.input<Collections[N]["filters"]>;
