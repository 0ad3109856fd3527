import type * as z from "zod/mini";
import { Consortium } from "./consortium.js";
import { CooperationProject } from "./cooperation.js";
import { Event } from "./event.js";
import * as F from "./filters.js";
import { Major, MajorCategory, MajorClass } from "./major.js";
import { Organisation, School } from "./organisation.js";
import { Park } from "./park.js";
import { Pathway } from "./pathway.js";
import { PracticeCentre } from "./practice-centre.js";
import { Programme } from "./programme.js";
import { ProvincialList } from "./provincial-list.js";
import { Region } from "./region.js";
import { ServicePlatform } from "./service-platform.js";
import { TalentDemand, TalentSupply } from "./talent.js";

/** A collection of the API: its path under `/v1`, the schema of one record and the filters of its list. */
export interface CollectionDefinition<S extends z.ZodMiniObject = z.ZodMiniObject, F extends z.ZodMiniObject = z.ZodMiniObject> {
  readonly path: string;
  readonly schema: S;
  readonly filters: F;
}

// @__NO_SIDE_EFFECTS__
export function defineCollection<S extends z.ZodMiniObject, F extends z.ZodMiniObject>(path: string, schema: S, filters: F): CollectionDefinition<S, F> {
  return { path, schema, filters };
}

// Each collection is its own export so that a bundle carries only the schemas it reads.
export const regions = /* @__PURE__ */ defineCollection("regions", Region, F.RegionFilters);
export const parks = /* @__PURE__ */ defineCollection("parks", Park, F.ParkFilters);
export const organisations = /* @__PURE__ */ defineCollection("organisations", Organisation, F.OrganisationFilters);
export const schools = /* @__PURE__ */ defineCollection("schools", School, F.SchoolFilters);
export const consortia = /* @__PURE__ */ defineCollection("consortia", Consortium, F.ConsortiumFilters);
export const majorCategories = /* @__PURE__ */ defineCollection("major-categories", MajorCategory, F.MajorCategoryFilters);
export const majorClasses = /* @__PURE__ */ defineCollection("major-classes", MajorClass, F.MajorClassFilters);
export const majors = /* @__PURE__ */ defineCollection("majors", Major, F.MajorFilters);
export const programmes = /* @__PURE__ */ defineCollection("programmes", Programme, F.ProgrammeFilters);
export const talentDemand = /* @__PURE__ */ defineCollection("talent-demand", TalentDemand, F.TalentDemandFilters);
export const talentSupply = /* @__PURE__ */ defineCollection("talent-supply", TalentSupply, F.TalentSupplyFilters);
export const practiceCentres = /* @__PURE__ */ defineCollection("practice-centres", PracticeCentre, F.PracticeCentreFilters);
export const servicePlatforms = /* @__PURE__ */ defineCollection("service-platforms", ServicePlatform, F.ServicePlatformFilters);
export const pathways = /* @__PURE__ */ defineCollection("pathways", Pathway, F.PathwayFilters);
export const cooperationProjects = /* @__PURE__ */ defineCollection("cooperation-projects", CooperationProject, F.CooperationFilters);
export const events = /* @__PURE__ */ defineCollection("events", Event, F.EventFilters);
export const provincialLists = /* @__PURE__ */ defineCollection("provincial-lists", ProvincialList, F.ProvincialListFilters);
