import * as z from "zod/mini";
import { CatalogueLevel, ConsortiumKind, Id, Industry, RegionCode, SchoolLevel } from "./common.js";
import { integer, PeriodFilter, region } from "./query-fields.js";
import { MajorClassCode, MajorCode } from "./major.js";
import { CooperationKind } from "./cooperation.js";
import { EventKind } from "./event.js";
import { OrganisationKind } from "./organisation.js";
import { PathwayKind } from "./pathway.js";
import { PracticeCentreKind, PracticeFunction } from "./practice-centre.js";
import { TrainingMode } from "./programme.js";
import { ProvincialListKind } from "./provincial-list.js";
import { ServicePlatformKind } from "./service-platform.js";
import { AggregateGroup, DemandStatus } from "./talent.js";

/** Filters every collection accepts: free text, paging. */
export const ListFilters = z.object({
  /** Free text, matched as plain text against names. */
  q: z.optional(z.string().check(z.maxLength(200))),
  /** The `nextCursor` of the previous page. */
  cursor: z.optional(z.string().check(z.maxLength(500))),
  /** Page size, 1 to 200 (default 50). */
  limit: z.optional(integer(1, 200)),
  /** The order of the records: by `id` (the default) or `name` (the name, title or occupation, then id); `-` before it reverses the order. */
  sort: z.optional(z.enum(["id", "-id", "name", "-name"])),
});

export const RegionFilters = z.extend(ListFilters, { level: z.optional(z.enum(["province", "city"])), parent: z.optional(RegionCode) });
export const ParkFilters = z.extend(ListFilters, { region });
export const OrganisationFilters = z.extend(ListFilters, { region, kind: z.optional(OrganisationKind), level: z.optional(SchoolLevel) });
export const SchoolFilters = z.extend(ListFilters, { region, level: z.optional(SchoolLevel) });
export const ConsortiumFilters = z.extend(ListFilters, {
  region,
  kind: z.optional(ConsortiumKind),
  industry: z.optional(Industry),
  batch: z.optional(integer(1, 99)),
  /** Consortia that the organisation leads or sits on the council of. */
  organisationId: z.optional(Id),
});
export const MajorCategoryFilters = ListFilters;
export const MajorClassFilters = z.extend(ListFilters, { level: z.optional(CatalogueLevel), majorCategoryId: z.optional(Id) });
/** `q` matches a code from its start (`5102`, `510201`) or any part of a name (`计算机`). */
export const MajorFilters = z.extend(ListFilters, {
  level: z.optional(CatalogueLevel),
  majorCategoryId: z.optional(Id),
  /** A four-digit 专业类 code, such as `5102`. */
  classCode: z.optional(MajorClassCode),
  /** Majors added in this year or range of years: `2021` is the catalogue itself, `2022-2025` its additions. */
  addedIn: z.optional(PeriodFilter),
});
/** The query of the leads-on endpoint: a major's code. */
export const LeadsOnQuery = z.object({ code: MajorCode });
export const ProgrammeFilters = z.extend(ListFilters, {
  region,
  schoolId: z.optional(Id),
  majorCategoryId: z.optional(Id),
  /** A four-digit 专业类 code, such as `5102`. */
  classCode: z.optional(MajorClassCode),
  level: z.optional(CatalogueLevel),
  trainingMode: z.optional(TrainingMode),
});
export const TalentDemandFilters = z.extend(ListFilters, {
  region,
  industry: z.optional(Industry),
  majorCategoryId: z.optional(Id),
  level: z.optional(CatalogueLevel),
  period: z.optional(PeriodFilter),
  status: z.optional(DemandStatus),
  publisherId: z.optional(Id),
});
export const TalentSupplyFilters = z.extend(ListFilters, {
  region,
  majorCategoryId: z.optional(Id),
  level: z.optional(CatalogueLevel),
  period: z.optional(PeriodFilter),
});
export const PracticeCentreFilters = z.extend(ListFilters, {
  region,
  kind: z.optional(PracticeCentreKind),
  function: z.optional(PracticeFunction),
  consortiumId: z.optional(Id),
  /** Centres that this organisation (a school or an enterprise) runs. */
  operatorId: z.optional(Id),
});
export const ServicePlatformFilters = z.extend(ListFilters, { region, kind: z.optional(ServicePlatformKind), consortiumId: z.optional(Id) });
export const PathwayFilters = z.extend(ListFilters, { kind: z.optional(PathwayKind), majorCategoryId: z.optional(Id) });
export const CooperationFilters = z.extend(ListFilters, {
  kind: z.optional(CooperationKind),
  /** Country name in English or Chinese. */
  country: z.optional(z.string().check(z.maxLength(100))),
  field: z.optional(z.string().check(z.maxLength(100))),
});
export const EventFilters = z.extend(ListFilters, { kind: z.optional(EventKind), year: z.optional(integer(1990, 2100)) });
export const ProvincialListFilters = z.extend(ListFilters, { province: region, kind: z.optional(ProvincialListKind) });

/** Filters of the talent aggregate endpoints: the demand or supply filters, without paging, plus the grouping. */
export const DemandAggregateQuery = z.extend(z.omit(TalentDemandFilters, { cursor: true, limit: true, sort: true }), { groupBy: AggregateGroup });
export const SupplyAggregateQuery = z.extend(z.omit(TalentSupplyFilters, { cursor: true, limit: true, sort: true }), {
  groupBy: z.enum(["majorCategory", "level", "region", "period"]),
});

export type ListFilters = z.input<typeof ListFilters>;
