// Each endpoint is a module of its own (endpoints/), so that a bundle carries only the schemas it
// reads, and a chunk of the CDN build only those of the widgets that fetch it.
import { changes } from "./endpoints/changes.js";
import { consortiumCounts } from "./endpoints/consortium-counts.js";
import { demandAggregate } from "./endpoints/demand-aggregate.js";
import { majorLeadsOn } from "./endpoints/major-leads-on.js";
import { majorSignals } from "./endpoints/major-signals.js";
import { provinceProfile } from "./endpoints/province-profile.js";
import { supplyAggregate } from "./endpoints/supply-aggregate.js";
import { talentGaps } from "./endpoints/talent-gaps.js";

export type { EndpointDefinition, QueryOf, ResponseOf } from "./endpoint.js";
export { audit } from "./endpoints/audit.js";
export { changes, consortiumCounts, demandAggregate, majorLeadsOn, majorSignals, provinceProfile, supplyAggregate, talentGaps };

/** Every public endpoint of the API besides the collections. */
export const endpoints = { demandAggregate, supplyAggregate, talentGaps, majorSignals, consortiumCounts, majorLeadsOn, provinceProfile, changes };
