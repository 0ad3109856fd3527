import { SupplyAggregateQuery } from "../filters.js";
import { TalentAggregate } from "../talent.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Totals of talent supply per group: `GET /v1/talent-supply/aggregate`. */
export const supplyAggregate = /* @__PURE__ */ defineEndpoint(endpointPaths.supplyAggregate, SupplyAggregateQuery, TalentAggregate);
