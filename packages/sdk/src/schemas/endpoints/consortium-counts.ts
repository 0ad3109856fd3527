import { ConsortiumCounts, CountsQuery } from "../consortium-counts.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Consortia per province and city, by kind, for maps: `GET /v1/consortia/counts`. */
export const consortiumCounts = /* @__PURE__ */ defineEndpoint(endpointPaths.consortiumCounts, CountsQuery, ConsortiumCounts);
