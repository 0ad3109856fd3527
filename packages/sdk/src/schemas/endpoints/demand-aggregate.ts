import { DemandAggregateQuery } from "../filters.js";
import { TalentAggregate } from "../talent.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Totals of talent demand per group: `GET /v1/talent-demand/aggregate`. */
export const demandAggregate = /* @__PURE__ */ defineEndpoint(endpointPaths.demandAggregate, DemandAggregateQuery, TalentAggregate);
