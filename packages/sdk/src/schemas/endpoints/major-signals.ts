import { SignalsQuery } from "../talent-queries.js";
import { MajorSignals } from "../signals.js";
import { endpointPaths } from "../endpoint-paths.js";
import { defineEndpoint } from "../endpoint.js";

/** Major categories in persistent shortage or surplus over the last periods: `GET /v1/talent/signals`. */
export const majorSignals = /* @__PURE__ */ defineEndpoint(endpointPaths.majorSignals, SignalsQuery, MajorSignals);
