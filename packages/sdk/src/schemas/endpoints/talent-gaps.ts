import { GapsQuery } from "../talent-queries.js";
import { TalentGaps } from "../talent.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Talent demand against supply per group, with the trend across periods: `GET /v1/talent/gaps`. */
export const talentGaps = /* @__PURE__ */ defineEndpoint(endpointPaths.talentGaps, GapsQuery, TalentGaps);
