import type * as z from "zod/mini";
import { implementingDocuments, incentivePolicies, provincePilots } from "./reform-collections.js";
import {
  consortia,
  cooperationProjects,
  events,
  majorCategories,
  majorClasses,
  majors,
  organisations,
  parks,
  pathways,
  practiceCentres,
  programmes,
  provincialLists,
  regions,
  schools,
  servicePlatforms,
  talentDemand,
  talentSupply,
} from "./resources.js";

/**
 * Every collection of the API. The server's routes, the OpenAPI document and the SDK's method
 * groups are all made from this table.
 */
export const collections = {
  regions,
  parks,
  organisations,
  schools,
  consortia,
  majorCategories,
  majorClasses,
  majors,
  programmes,
  talentDemand,
  talentSupply,
  practiceCentres,
  servicePlatforms,
  pathways,
  cooperationProjects,
  events,
  provincialLists,
  provincePilots,
  incentivePolicies,
  implementingDocuments,
};

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
/** The record type of a collection. */
export type RecordOf<N extends CollectionName> = z.infer<Collections[N]["schema"]>;
/** The filters a collection's list accepts. */
export type FiltersOf<N extends CollectionName> = z.input<Collections[N]["filters"]>;
