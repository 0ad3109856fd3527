import type * as z from "zod/mini";
import { AuditPage, ChangesPage, ChangesQuery } from "./changes.js";
import { ConsortiumCounts, CountsQuery } from "./consortium-counts.js";
import { ProfileQuery, ProvinceProfile } from "./province-profile.js";
import { DemandAggregateQuery, GapsQuery, LeadsOnQuery, SignalsQuery, SupplyAggregateQuery } from "./filters.js";
import { MajorLeadsOn } from "./major.js";
import { MajorSignals } from "./signals.js";
import { TalentAggregate, TalentGaps } from "./talent.js";

/** An endpoint of the API that is not a collection: its path under `/v1`, its query and its answer. */
export interface EndpointDefinition<Q extends z.ZodMiniObject = z.ZodMiniObject, R extends z.ZodMiniType = z.ZodMiniType> {
  readonly path: string;
  readonly query: Q;
  readonly response: R;
}

// @__NO_SIDE_EFFECTS__
function defineEndpoint<Q extends z.ZodMiniObject, R extends z.ZodMiniType>(path: string, query: Q, response: R): EndpointDefinition<Q, R> {
  return { path, query, response };
}

// Each endpoint is its own export so that a bundle carries only the schemas it reads.
/** Totals of talent demand per group: `GET /v1/talent-demand/aggregate`. */
export const demandAggregate = /* @__PURE__ */ defineEndpoint("talent-demand/aggregate", DemandAggregateQuery, TalentAggregate);
/** Totals of talent supply per group: `GET /v1/talent-supply/aggregate`. */
export const supplyAggregate = /* @__PURE__ */ defineEndpoint("talent-supply/aggregate", SupplyAggregateQuery, TalentAggregate);

/** Talent demand against supply per group, with the trend across periods: `GET /v1/talent/gaps`. */
export const talentGaps = /* @__PURE__ */ defineEndpoint("talent/gaps", GapsQuery, TalentGaps);

/** Major categories in persistent shortage or surplus over the last periods: `GET /v1/talent/signals`. */
export const majorSignals = /* @__PURE__ */ defineEndpoint("talent/signals", SignalsQuery, MajorSignals);

/** Consortia per province and city, by kind, for maps: `GET /v1/consortia/counts`. */
export const consortiumCounts = /* @__PURE__ */ defineEndpoint("consortia/counts", CountsQuery, ConsortiumCounts);

/**
 * What is known of one province: its reform pilots, incentive policies and implementing documents,
 * and its figures from the other collections: `GET /v1/province-profile?province={code}`.
 */
export const provinceProfile = /* @__PURE__ */ defineEndpoint("province-profile", ProfileQuery, ProvinceProfile);

/**
 * The majors a major leads on to at each later stage: `GET /v1/majors/leads-on?code=710201`. Derived
 * from the catalogue's shared 专业类 slots, not an official 衔接 table.
 */
export const majorLeadsOn = /* @__PURE__ */ defineEndpoint("majors/leads-on", LeadsOnQuery, MajorLeadsOn);

/** Every write, in order, with each record as it is now: `GET /v1/changes`, for integrators that sync incrementally. */
export const changes = /* @__PURE__ */ defineEndpoint("changes", ChangesQuery, ChangesPage);

/**
 * Every write with who made it, how, and the record before and after: `GET /v1/audit`, for admin
 * keys only. Not in {@link endpoints}: the server answers those as public reads.
 */
export const audit = /* @__PURE__ */ defineEndpoint("audit", ChangesQuery, AuditPage);

/** Every public endpoint of the API besides the collections. */
export const endpoints = { demandAggregate, supplyAggregate, talentGaps, majorSignals, consortiumCounts, majorLeadsOn, provinceProfile, changes };

/** The query an endpoint accepts. */
export type QueryOf<E extends EndpointDefinition> = z.input<E["query"]>;
/** What an endpoint answers. */
export type ResponseOf<E extends EndpointDefinition> = z.infer<E["response"]>;
